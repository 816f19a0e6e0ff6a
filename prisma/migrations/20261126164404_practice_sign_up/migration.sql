-- CreateTable
CREATE TABLE "PracticeSignUp" (
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "practiceName" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeSignUp_pkey" PRIMARY KEY ("email")
);
