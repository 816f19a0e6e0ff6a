-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "planPrompts" JSONB;
