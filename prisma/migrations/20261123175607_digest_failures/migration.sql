-- AlterEnum
ALTER TYPE "DigestStatus" ADD VALUE 'FAILED';

-- AlterTable
ALTER TABLE "Digest" ADD COLUMN     "failureReason" TEXT;
