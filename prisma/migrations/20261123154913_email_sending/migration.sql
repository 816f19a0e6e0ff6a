-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('SCHEDULED', 'SENDING', 'SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('DRAFT', 'REMINDER');

-- AlterEnum
ALTER TYPE "DraftStatus" ADD VALUE 'SENT';

-- AlterTable
ALTER TABLE "InterviewPerson" ADD COLUMN     "emailBouncedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "arrival" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Reference" ADD COLUMN     "emailBouncedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dueTodayReminders" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Email" (
    "id" TEXT NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "clientId" TEXT NOT NULL,
    "draftId" TEXT,
    "taskId" TEXT,
    "recipientPersonId" TEXT,
    "referenceId" TEXT,
    "dedupeKey" TEXT,
    "fromAddress" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "replyTo" TEXT,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contentVersion" INTEGER NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'SCHEDULED',
    "scheduledFor" TIMESTAMPTZ(3) NOT NULL,
    "scheduleVersion" INTEGER NOT NULL DEFAULT 1,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMPTZ(3),
    "providerId" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "bouncedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "failedAt" TIMESTAMPTZ(3),
    "failureReason" TEXT,
    "lastError" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailSend" (
    "id" TEXT NOT NULL,
    "emailId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmailSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "svixId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "emailId" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("svixId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Email_dedupeKey_key" ON "Email"("dedupeKey");

-- CreateIndex
CREATE INDEX "Email_clientId_createdAt_idx" ON "Email"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "Email_draftId_idx" ON "Email"("draftId");

-- CreateIndex
CREATE INDEX "Email_status_scheduledFor_idx" ON "Email"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "Email_providerId_idx" ON "Email"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "EmailSend_idempotencyKey_key" ON "EmailSend"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_arrival_idx" ON "OutboxMessage"("arrival");

-- AddForeignKey
ALTER TABLE "Email" ADD CONSTRAINT "Email_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Email" ADD CONSTRAINT "Email_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailSend" ADD CONSTRAINT "EmailSend_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "Email"("id") ON DELETE CASCADE ON UPDATE CASCADE;
