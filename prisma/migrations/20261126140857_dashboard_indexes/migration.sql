-- DropIndex
DROP INDEX "Notification_userId_readAt_idx";

-- CreateIndex
CREATE INDEX "FollowUpTask_interviewId_completedAt_idx" ON "FollowUpTask"("interviewId", "completedAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");
