-- DropIndex
DROP INDEX "Interview_clientId_startsAt_idx";

-- CreateIndex
CREATE INDEX "Interview_clientId_startsAt_id_idx" ON "Interview"("clientId", "startsAt" DESC, "id");
