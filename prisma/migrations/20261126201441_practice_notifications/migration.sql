-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "practiceId" TEXT;

-- CreateIndex
CREATE INDEX "Notification_practiceId_idx" ON "Notification"("practiceId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
