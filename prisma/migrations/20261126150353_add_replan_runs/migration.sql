-- CreateTable
CREATE TABLE "ReplanRun" (
    "id" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 1,
    "total" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "cursor" TEXT,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReplanRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReplanRun_scope_key" ON "ReplanRun"("scope");
