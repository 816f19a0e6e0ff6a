-- CreateTable
CREATE TABLE "ClientSummary" (
    "clientId" TEXT NOT NULL,
    "openDueAts" TIMESTAMPTZ(3)[],
    "nextOpenDueAt" TIMESTAMPTZ(3),
    "decisionDates" DATE[],
    "interviewCount" INTEGER NOT NULL DEFAULT 0,
    "coldLeads" INTEGER NOT NULL DEFAULT 0,
    "lastActivityAt" TIMESTAMPTZ(3),

    CONSTRAINT "ClientSummary_pkey" PRIMARY KEY ("clientId")
);

-- CreateIndex
CREATE INDEX "ClientSummary_nextOpenDueAt_idx" ON "ClientSummary"("nextOpenDueAt");

-- CreateIndex
CREATE INDEX "ClientSummary_lastActivityAt_idx" ON "ClientSummary"("lastActivityAt");

-- CreateIndex
CREATE INDEX "DebriefNote_authorId_idx" ON "DebriefNote"("authorId");

-- AddForeignKey
ALTER TABLE "ClientSummary" ADD CONSTRAINT "ClientSummary_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The summary of each client's interviews and tasks, recomputed from the rows themselves for the clients a
-- statement touched. Triggers (one per table and event, each statement once) call it, so every writer keeps it
-- right: the services, seeds, scripts and cascading deletes alike.
CREATE FUNCTION refresh_client_summaries(client_ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ClientSummary" ("clientId", "openDueAts", "nextOpenDueAt", "decisionDates", "interviewCount", "coldLeads", "lastActivityAt")
  SELECT u.id, open_tasks.due, open_tasks.due[1], interviews.dates, interviews.total, interviews.cold,
         GREATEST(interviews.changed, done.at, notes.at, calls.at)
  FROM "User" u
  CROSS JOIN LATERAL (
    SELECT COALESCE(array_agg(t."dueAt" ORDER BY t."dueAt"), '{}') AS due
    FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
    WHERE i."clientId" = u.id AND t.status = 'OPEN'
  ) open_tasks
  CROSS JOIN LATERAL (
    SELECT COALESCE(array_agg(DISTINCT i."timelineDate" ORDER BY i."timelineDate") FILTER (WHERE i."timelineKind" <> 'NONE' AND i."timelineDate" IS NOT NULL), '{}') AS dates,
           count(*)::int AS total, count(i."coldAt")::int AS cold, max(i."updatedAt") AS changed
    FROM "Interview" i WHERE i."clientId" = u.id
  ) interviews
  CROSS JOIN LATERAL (
    SELECT max(t."completedAt") AS at FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId" WHERE i."clientId" = u.id
  ) done
  CROSS JOIN LATERAL (
    SELECT max(n."createdAt") AS at FROM "DebriefNote" n JOIN "Interview" i ON i.id = n."interviewId"
    WHERE i."clientId" = u.id AND n.visibility = 'SHARED'
  ) notes
  CROSS JOIN LATERAL (
    SELECT max(c."createdAt") AS at FROM "CallLog" c JOIN "Interview" i ON i.id = c."interviewId" WHERE i."clientId" = u.id
  ) calls
  WHERE u.id = ANY (client_ids)
  ON CONFLICT ("clientId") DO UPDATE SET
    "openDueAts" = EXCLUDED."openDueAts",
    "nextOpenDueAt" = EXCLUDED."nextOpenDueAt",
    "decisionDates" = EXCLUDED."decisionDates",
    "interviewCount" = EXCLUDED."interviewCount",
    "coldLeads" = EXCLUDED."coldLeads",
    "lastActivityAt" = EXCLUDED."lastActivityAt";
$$;

CREATE FUNCTION client_summary_after_interview_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_client_summaries(ARRAY(SELECT DISTINCT "clientId" FROM changed));
  RETURN NULL;
END $$;

-- Tasks, notes and calls name their interview; the interview names the client.
CREATE FUNCTION client_summary_after_interview_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_client_summaries(ARRAY(SELECT DISTINCT i."clientId" FROM changed c JOIN "Interview" i ON i.id = c."interviewId"));
  RETURN NULL;
END $$;

-- One trigger per table and event (a trigger with transition tables has one event), each run once per statement.
DO $$
DECLARE
  target text;
  event text;
BEGIN
  FOREACH target IN ARRAY ARRAY['Interview', 'FollowUpTask', 'DebriefNote', 'CallLog'] LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION %I()',
        'client_summary_' || lower(event), event, target,
        CASE event WHEN 'DELETE' THEN 'OLD' ELSE 'NEW' END,
        CASE target WHEN 'Interview' THEN 'client_summary_after_interview_change' ELSE 'client_summary_after_interview_row_change' END
      );
    END LOOP;
  END LOOP;
END $$;

-- Backfill: every client with an interview.
SELECT refresh_client_summaries(ARRAY(SELECT DISTINCT "clientId" FROM "Interview"));
