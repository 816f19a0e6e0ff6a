-- CreateEnum
CREATE TYPE "TimelineKind" AS ENUM ('NONE', 'DECISION', 'NEXT_ROUND');

-- CreateEnum
CREATE TYPE "NoteVisibility" AS ENUM ('SHARED', 'PRIVATE');

-- CreateEnum
CREATE TYPE "InterviewItemKind" AS ENUM ('MATERIAL', 'REQUEST');

-- CreateEnum
CREATE TYPE "TaskChannel" AS ENUM ('EMAIL', 'LETTER', 'HANDWRITTEN_CARD', 'PHONE', 'IN_PERSON', 'NONE');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'SKIPPED');

-- AlterTable
ALTER TABLE "Interview" ADD COLUMN     "callOn" DATE,
ADD COLUMN     "coldAt" TIMESTAMPTZ(3),
ADD COLUMN     "nextStep" TEXT,
ADD COLUMN     "questionsInvited" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timelineDate" DATE,
ADD COLUMN     "timelineKind" "TimelineKind" NOT NULL DEFAULT 'NONE';

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "firstThingTime" TEXT NOT NULL DEFAULT '08:30',
ADD COLUMN     "keepInTouchWeeks" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "overnightDays" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "postDaysMax" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "postDaysMin" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "tonightTime" TEXT NOT NULL DEFAULT '19:00';

-- CreateTable
CREATE TABLE "PracticeHoliday" (
    "practiceId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PracticeHoliday_pkey" PRIMARY KEY ("practiceId","date")
);

-- CreateTable
CREATE TABLE "DebriefNote" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "visibility" "NoteVisibility" NOT NULL DEFAULT 'SHARED',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DebriefNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewItem" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "kind" "InterviewItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "receivedAt" TIMESTAMPTZ(3),
    "doneAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallLog" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "calledAt" TIMESTAMPTZ(3) NOT NULL,
    "answered" BOOLEAN NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "receiptNote" TEXT,
    "requestedAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpTask" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "key" TEXT,
    "kind" TEXT NOT NULL,
    "rules" TEXT[],
    "title" TEXT NOT NULL,
    "channel" "TaskChannel" NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "recipientPersonId" TEXT,
    "arrivesFrom" DATE,
    "arrivesBy" DATE,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "snoozedFrom" TIMESTAMPTZ(3),
    "editedByHand" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FollowUpTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "interviewId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DebriefNote_interviewId_createdAt_idx" ON "DebriefNote"("interviewId", "createdAt");

-- CreateIndex
CREATE INDEX "InterviewItem_interviewId_idx" ON "InterviewItem"("interviewId");

-- CreateIndex
CREATE INDEX "CallLog_interviewId_calledAt_idx" ON "CallLog"("interviewId", "calledAt");

-- CreateIndex
CREATE INDEX "Expense_interviewId_idx" ON "Expense"("interviewId");

-- CreateIndex
CREATE INDEX "FollowUpTask_interviewId_status_dueAt_idx" ON "FollowUpTask"("interviewId", "status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpTask_interviewId_key_key" ON "FollowUpTask"("interviewId", "key");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- AddForeignKey
ALTER TABLE "PracticeHoliday" ADD CONSTRAINT "PracticeHoliday_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebriefNote" ADD CONSTRAINT "DebriefNote_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebriefNote" ADD CONSTRAINT "DebriefNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewItem" ADD CONSTRAINT "InterviewItem_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallLog" ADD CONSTRAINT "CallLog_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpTask" ADD CONSTRAINT "FollowUpTask_recipientPersonId_fkey" FOREIGN KEY ("recipientPersonId") REFERENCES "InterviewPerson"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
