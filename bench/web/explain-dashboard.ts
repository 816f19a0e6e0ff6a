// npx tsx --import ./scripts/lib/allow-server-only.mjs bench/web/explain-dashboard.ts  (under the heavy lock)
// EXPLAIN ANALYZE of the owner's dashboard on issue 14's shape (10,000 clients, 200,000 interviews, 1.2 million
// tasks), on a throwaway PostgreSQL 15 (or BENCH_WEB_DATABASE_URL): each sort and filter as the app sends it, beside
// the lateral subqueries over all interviews and tasks that the summary replaced. Quoted in docs/PERFORMANCE.md.
import pg from "pg";
import { Prisma } from "@/generated/prisma/client";
import { loadActor } from "@/server/access/actor";
import { getCoachDashboard } from "@/server/dashboard/coach-dashboard";
import { coachDashboardInput, type CoachDashboardInput } from "@/server/dashboard/dashboard-schemas";
import { createPrismaClient, type Db } from "@/server/db/client";
import { applyMigrations } from "../../scripts/db/migrations";
import { isWebShapeSeeded, seedWebShape, WEB_IDS } from "./seed-web";
import { startThrowawayPostgres } from "./throwaway-postgres";

const NOW = new Date();

/** The statement getCoachDashboard sends for a view, captured instead of run. */
async function statementOf(actor: NonNullable<Awaited<ReturnType<typeof loadActor>>>, view: CoachDashboardInput) {
  let captured: Prisma.Sql | null = null;
  const capture = { $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => ((captured = Prisma.sql(strings, ...values)), Promise.resolve([])) } as unknown as Db;
  await getCoachDashboard(capture, actor, NOW, coachDashboardInput.parse(view));
  return captured! as Prisma.Sql;
}

// Before: the page's ids picked with one lateral per measure over every client of the practice.
const BEFORE: Record<string, string> = {
  overdue: `SELECT u.id, od.n FROM "User" u LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
      WHERE i."clientId" = u.id AND t.status = 'OPEN' AND t."dueAt" < $1) od ON true
    WHERE u.id IN (SELECT "clientId" FROM "CoachClient" WHERE "practiceId" = $2) ORDER BY od.n DESC, u.id DESC LIMIT 26`,
  decision: `SELECT u.id, iv.d FROM "User" u LEFT JOIN LATERAL (
      SELECT min(i."timelineDate") FILTER (WHERE i."timelineKind" <> 'NONE' AND i."timelineDate" >= ($1::timestamptz AT TIME ZONE u."timeZone")::date) AS d
      FROM "Interview" i WHERE i."clientId" = u.id) iv ON true
    WHERE u.id IN (SELECT "clientId" FROM "CoachClient" WHERE "practiceId" = $2) ORDER BY COALESCE(iv.d, 'infinity'::date), u.id LIMIT 26`,
  activity: `SELECT u.id, act.a FROM "User" u LEFT JOIN LATERAL (SELECT GREATEST(
      (SELECT max(i."updatedAt") FROM "Interview" i WHERE i."clientId" = u.id),
      (SELECT max(t."completedAt") FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId" WHERE i."clientId" = u.id),
      (SELECT max(n."createdAt") FROM "DebriefNote" n JOIN "Interview" i ON i.id = n."interviewId" WHERE i."clientId" = u.id),
      (SELECT max(c."createdAt") FROM "CallLog" c JOIN "Interview" i ON i.id = c."interviewId" WHERE i."clientId" = u.id)) AS a) act ON true
    WHERE u.id IN (SELECT "clientId" FROM "CoachClient" WHERE "practiceId" = $2) ORDER BY COALESCE(act.a, '-infinity'::timestamptz), u.id LIMIT 26`,
};

async function explain(c: pg.Client, sql: string, values: unknown[]) {
  // Twice: the first reads the pages from disk; the second is what a warm server sees.
  await c.query(`EXPLAIN ANALYZE ${sql}`, values);
  const { rows } = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
  return rows.map((r) => r["QUERY PLAN"]);
}

const cluster = process.env.BENCH_WEB_DATABASE_URL ? null : startThrowawayPostgres(55_202);
try {
  const url = process.env.BENCH_WEB_DATABASE_URL ?? cluster!.url;
  await applyMigrations(url);
  const c = new pg.Client({ connectionString: url, options: "-c jit=off" });
  await c.connect();
  if (!(await isWebShapeSeeded(c))) {
    const started = performance.now();
    await seedWebShape(c);
    await c.query("VACUUM ANALYZE");
    console.log(`seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const db = createPrismaClient(url, { max: 1 });
  const owner = (await loadActor(db, WEB_IDS.owner))!;
  for (const sort of ["overdue", "decision", "activity"] as const) {
    const before = await explain(c, BEFORE[sort]!, [NOW, WEB_IDS.practice]);
    console.log(`\n### before, ${sort}: ${before.at(-1)}`);
    const after = await statementOf(owner, { sort });
    const plan = await explain(c, after.sql, after.values);
    console.log(`### after, ${sort}: ${plan.at(-1)}\n${plan.join("\n")}`);
  }
  for (const filter of ["overdue", "attention"] as const) {
    const after = await statementOf(owner, { sort: "name", filter });
    console.log(`### after, filter ${filter}: ${(await explain(c, after.sql, after.values)).at(-1)}`);
  }
  await db.$disconnect();
  await c.end();
} finally {
  cluster?.stop();
}
