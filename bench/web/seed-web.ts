import { randomBytes } from "node:crypto";
import pg from "pg";

/** The reference shape of issue 14: one practice at a real practice's size. */
export const WEB_SHAPE = {
  coaches: 50,
  clientsPerCoach: 200,
  interviewsPerClient: 20,
  peoplePerInterview: 2,
  tasksPerInterview: 6,
  /** The last interviews of each client, whose tasks are still open. */
  openInterviews: 2,
} as const;

export const WEB_IDS = {
  practice: "wp",
  owner: "wo",
  /** The client, coach and interview the pages are measured as and on. */
  client: "wc1",
  coach: "wk1",
  interview: `wi1-${WEB_SHAPE.interviewsPerClient}`,
} as const;

export type WebSessions = { client: string; coach: string; owner: string };

const clients = WEB_SHAPE.coaches * WEB_SHAPE.clientsPerCoach;
const expectedTasks = clients * WEB_SHAPE.interviewsPerClient * WEB_SHAPE.tasksPerInterview;

/** True when the database already holds the whole shape (BENCH_WEB_DATABASE_URL reused between runs). */
export async function isWebShapeSeeded(c: pg.Client): Promise<boolean> {
  const { rows } = await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId" WHERE i."clientId" LIKE 'wc%'`,
  );
  return Number(rows[0]!.n) === expectedTasks;
}

/**
 * The shape, written by PostgreSQL itself (generate_series): an owner and 50 coaches, 200
 * clients each, 20 weekly interviews per client with two people and six tasks each. The
 * tasks of each client's last two interviews are open (some overdue, some this week), the
 * rest done; the practice has one template of each kind, as a new practice does.
 */
export async function seedWebShape(c: pg.Client): Promise<void> {
  const { coaches, clientsPerCoach, interviewsPerClient: per, tasksPerInterview, openInterviews } = WEB_SHAPE;
  await c.query(`TRUNCATE "User", "Practice" CASCADE`);
  // The client summaries' statement triggers (migration client_summaries) would refresh 10,000 clients at the end of
  // each bulk insert, planned on statistics that still say the tables are empty: the task insert ran for over 16
  // minutes before it was stopped. The seed (a superuser on its throwaway cluster) turns triggers off for the bulk
  // load, gathers statistics, then builds every summary once, as the migration's backfill does.
  await c.query(`SET session_replication_role = replica`);
  await c.query(
    `INSERT INTO "User"(id, email, name, role, "digestEnabled", "timeZone", "updatedAt")
     SELECT 'wo', 'owner@bench.example', 'Bench Owner', 'COACH'::"Role", false, 'Europe/London', now()
     UNION ALL
     SELECT 'wk' || g, 'coach' || g || '@bench.example', 'Bench Coach ' || g, 'COACH'::"Role", false, 'America/New_York', now()
     FROM generate_series(1, $1::int) g
     UNION ALL
     SELECT 'wc' || g, 'client' || g || '@bench.example', 'Bench Client ' || g, 'CLIENT'::"Role", false,
            (ARRAY['America/New_York','Europe/London','Asia/Tokyo','UTC'])[1 + g % 4], now()
     FROM generate_series(1, $2::int) g`,
    [coaches, clients],
  );
  await c.query(`INSERT INTO "Practice"(id, name, slug, "ownerId", "updatedAt") VALUES ('wp', 'Bench Practice', 'bench-practice', 'wo', now())`);
  await c.query(
    `INSERT INTO "PracticeCoach"("practiceId", "coachId")
     SELECT 'wp', 'wo' UNION ALL SELECT 'wp', 'wk' || g FROM generate_series(1, $1::int) g`,
    [coaches],
  );
  await c.query(
    `INSERT INTO "CoachClient"("practiceId", "coachId", "clientId")
     SELECT 'wp', 'wk' || (1 + (g - 1) / $1::int), 'wc' || g FROM generate_series(1, $2::int) g`,
    [clientsPerCoach, clients],
  );
  await c.query(
    `INSERT INTO "Template"(id, "practiceId", kind, name, "updatedAt")
     SELECT 'wt' || n, 'wp', k, initcap(replace(k::text, '_', ' ')), now()
     FROM unnest(enum_range(NULL::"TemplateKind")) WITH ORDINALITY AS e(k, n)`,
  );
  await c.query(
    `INSERT INTO "TemplateVersion"(id, "templateId", version, subject, body)
     SELECT 'wtv' || substr(id, 3), id, 1, 'Thank you, {{ recipient.firstName }}', 'Dear {{ recipient.firstName }}, thank you for your time on {{ interview.date }}.'
     FROM "Template" WHERE "practiceId" = 'wp'`,
  );
  // Interview k of client g started (per - k) weeks ago; the last `openInterviews` still wait for a decision.
  await c.query(
    `INSERT INTO "Interview"(id, "clientId", company, "jobTitle", stage, outcome, "startsAt", "timelineKind", "timelineDate", "updatedAt")
     SELECT 'wi' || g || '-' || k, 'wc' || g, 'Company ' || g || '-' || k, 'Product Manager',
            (enum_range(NULL::"InterviewStage"))[1 + k % 4],
            CASE WHEN k > $2::int - $3::int THEN 'WAITING' ELSE 'REJECTED' END::"InterviewOutcome",
            now() - ($2::int - k) * interval '7 days' - interval '2 days' - (g % 480) * interval '1 minute',
            'DECISION', (now() - ($2::int - k) * interval '7 days' + interval '8 days')::date, now()
     FROM generate_series(1, $1::int) g, generate_series(1, $2::int) k`,
    [clients, per, openInterviews],
  );
  await c.query(
    `INSERT INTO "InterviewPerson"(id, "interviewId", role, name, email, position)
     SELECT i.id || '-' || r, i.id, (ARRAY['INTERVIEWER','RECRUITER']::"PersonRole"[])[r], 'Person ' || r || ' of ' || i.company,
            'person' || r || '.' || i.id || '@company.example', r - 1
     FROM "Interview" i, generate_series(1, $1::int) r WHERE i."clientId" LIKE 'wc%'`,
    [WEB_SHAPE.peoplePerInterview],
  );
  // Open tasks fall from two days ago to three days ahead; done ones were done a day after they were due.
  await c.query(
    `INSERT INTO "FollowUpTask"(id, "interviewId", key, kind, rules, title, channel, "dueAt", "recipientPersonId", status, "completedAt", "updatedAt")
     SELECT i.id || '-t' || t, i.id, 'bench:' || t, (ARRAY['THANK_YOU','THANK_YOU','DEBRIEF','FOLLOW_UP_CALL','FOLLOW_UP_CALL','KEEP_IN_TOUCH'])[t],
            ARRAY['R01'], 'Follow-up ' || t || ' for ' || i.company, (ARRAY['EMAIL','LETTER','NONE','PHONE','PHONE','EMAIL']::"TaskChannel"[])[t],
            CASE WHEN i.outcome = 'WAITING' THEN now() + (t - 3) * interval '1 day' ELSE i."startsAt" + t * interval '1 day' END,
            CASE WHEN t <= 2 THEN i.id || '-' || t END,
            CASE WHEN i.outcome = 'WAITING' THEN 'OPEN' ELSE 'DONE' END::"TaskStatus",
            CASE WHEN i.outcome = 'WAITING' THEN NULL ELSE i."startsAt" + (t + 1) * interval '1 day' END, now()
     FROM "Interview" i, generate_series(1, $1::int) t WHERE i."clientId" LIKE 'wc%'`,
    [tasksPerInterview],
  );
  await c.query(`RESET session_replication_role`);
  await c.query(`ANALYZE`);
  await c.query(`SELECT refresh_client_summaries(ARRAY(SELECT DISTINCT "clientId" FROM "Interview"))`);
}

/** A database session (next-auth's `database` strategy) for each measured person; the cookie carries the token. */
export async function createWebSessions(c: pg.Client): Promise<WebSessions> {
  const token = () => randomBytes(32).toString("hex");
  const sessions = { client: token(), coach: token(), owner: token() };
  await c.query(`DELETE FROM "Session" WHERE "userId" IN ($1, $2, $3)`, [WEB_IDS.client, WEB_IDS.coach, WEB_IDS.owner]);
  await c.query(
    `INSERT INTO "Session"("sessionToken", "userId", expires, "updatedAt")
     VALUES ($1, $2, now() + interval '1 day', now()), ($3, $4, now() + interval '1 day', now()), ($5, $6, now() + interval '1 day', now())`,
    [sessions.client, WEB_IDS.client, sessions.coach, WEB_IDS.coach, sessions.owner, WEB_IDS.owner],
  );
  return sessions;
}
