-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "inviteeName" TEXT;

-- CreateTable
CREATE TABLE "SignInLinkUse" (
    "tokenHash" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInLinkUse_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "fromAddress" TEXT NOT NULL,
    "to" TEXT[],
    "replyTo" TEXT[],
    "subject" TEXT NOT NULL,
    "html" TEXT,
    "text" TEXT,
    "rawRequest" JSONB NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignInLinkUse_usedAt_idx" ON "SignInLinkUse"("usedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_receivedAt_idx" ON "OutboxMessage"("receivedAt");
