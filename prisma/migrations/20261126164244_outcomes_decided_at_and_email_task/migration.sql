-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "decidedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Email_taskId_idx" ON "Email"("taskId");
