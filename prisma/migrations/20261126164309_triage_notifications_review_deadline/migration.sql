-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dismissedAt" TIMESTAMPTZ(3),
ADD COLUMN     "href" TEXT;

-- CreateIndex
CREATE INDEX "Notification_userId_dismissedAt_createdAt_id_idx" ON "Notification"("userId", "dismissedAt", "createdAt", "id");

-- A draft whose task was removed by hand still names it: it now answers no task.
UPDATE "Draft" SET "taskId" = NULL WHERE "taskId" IS NOT NULL AND "taskId" NOT IN (SELECT "id" FROM "FollowUpTask");

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "FollowUpTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;
