-- CreateEnum
CREATE TYPE "ReferenceKind" AS ENUM ('EMPLOYMENT', 'CHARACTER');

-- CreateEnum
CREATE TYPE "ReferenceStatus" AS ENUM ('NOT_ASKED', 'ASKED', 'AGREED', 'DECLINED', 'LETTER_RECEIVED');

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "referenceId" TEXT;

-- CreateTable
CREATE TABLE "Reference" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" "ReferenceKind" NOT NULL DEFAULT 'EMPLOYMENT',
    "name" TEXT NOT NULL,
    "relationship" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "status" "ReferenceStatus" NOT NULL DEFAULT 'NOT_ASKED',
    "letterReceivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceGiven" (
    "referenceId" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "givenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceGiven_pkey" PRIMARY KEY ("referenceId","interviewId")
);

-- CreateIndex
CREATE INDEX "Reference_clientId_idx" ON "Reference"("clientId");

-- CreateIndex
CREATE INDEX "ReferenceGiven_interviewId_idx" ON "ReferenceGiven"("interviewId");

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reference" ADD CONSTRAINT "Reference_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceGiven" ADD CONSTRAINT "ReferenceGiven_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "Reference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceGiven" ADD CONSTRAINT "ReferenceGiven_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;
