-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "aboutUserId" TEXT,
ADD COLUMN     "practiceId" TEXT;

-- CreateIndex
CREATE INDEX "Notification_practiceId_idx" ON "Notification"("practiceId");

-- CreateIndex
CREATE INDEX "Notification_aboutUserId_idx" ON "Notification"("aboutUserId");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_aboutUserId_fkey" FOREIGN KEY ("aboutUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
