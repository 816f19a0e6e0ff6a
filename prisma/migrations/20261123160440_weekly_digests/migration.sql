-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('PENDING', 'READY', 'EMPTY', 'SENT');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "digestAlways" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "digestEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "digestHour" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "digestWeekday" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "DigestBatch" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "failureReason" TEXT,

    CONSTRAINT "DigestBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "status" "DigestStatus" NOT NULL DEFAULT 'PENDING',
    "toAddress" TEXT,
    "subject" TEXT,
    "html" TEXT,
    "text" TEXT,
    "unsubscribeUrl" TEXT,
    "providerId" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DigestBatch_sentAt_createdAt_idx" ON "DigestBatch"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "Digest_batchId_idx" ON "Digest"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_userId_isoWeek_key" ON "Digest"("userId", "isoWeek");

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Digest" ADD CONSTRAINT "Digest_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "DigestBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;
