/**
 * The Outcomes page's statements at issue 14's shape (bench/web/seed-web.ts: 10,000 clients,
 * 200,000 interviews, 1.2 million tasks), plus what the shape lacks for Outcomes: decision times on
 * the decided interviews and a sent email for the first thank-you of every other client's decided
 * interviews. Each statement is timed (median of 5 warm runs) as the owner (the whole practice), a
 * coach (200 clients) and a client, and EXPLAIN ANALYZE'd once as the owner.
 *
 *   flock /tmp/ft-heavy.lock npm run bench:outcomes
 *
 * Writes bench/results/<date>-<commit>-outcomes.json and prints a table for docs/PERFORMANCE.md.
 */
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { loadActor } from "@/server/access/actor";
import { getOutcomeClients, getOutcomes } from "@/server/outcomes/load-outcomes";
import { applyMigrations } from "../../scripts/db/migrations";
import { seedWebShape, WEB_IDS } from "../web/seed-web";
import { startThrowawayPostgres } from "../web/throwaway-postgres";

const PG_PORT = Number(process.env.BENCH_OUTCOMES_PG_PORT ?? 55_208);
const RUNS = 5;
const round = (n: number) => Math.round(n * 10) / 10;

const cluster = startThrowawayPostgres(PG_PORT);
try {
  await applyMigrations(cluster.url);
  // JIT off as the app's connections have it (src/server/db/client.ts), for the EXPLAINs too.
  const c = new pg.Client({ connectionString: cluster.url, options: "-c jit=off" });
  await c.connect();
  let started = performance.now();
  await seedWebShape(c);
  await c.query(`UPDATE "Interview" SET "decidedAt" = "startsAt" + interval '9 days' WHERE outcome <> 'WAITING'`);
  await c.query(
    `INSERT INTO "Draft"(id, "interviewId", kind, status, "updatedAt")
     SELECT 'od' || i.id, i.id, 'THANK_YOU_EMAIL', 'SENT', now() FROM "Interview" i
     WHERE i.outcome <> 'WAITING' AND substr(i."clientId", 3)::int % 2 = 0`,
  );
  await c.query(
    `INSERT INTO "Email"(id, kind, "clientId", "draftId", "taskId", "fromAddress", "toAddress", subject, html, text, "contentVersion", status, "scheduledFor", "sentAt", "deliveredAt", "createdById", "updatedAt")
     SELECT 'oe' || i.id, 'DRAFT', i."clientId", 'od' || i.id, i.id || '-t1', 'notes@bench.example', 'person1.' || i.id || '@company.example', 'Thank you',
            '<p>Thank you</p>', 'Thank you', 1, 'DELIVERED', i."startsAt" + interval '5 hours', i."startsAt" + interval '5 hours', i."startsAt" + interval '5 hours', i."clientId", now()
     FROM "Interview" i WHERE i.outcome <> 'WAITING' AND substr(i."clientId", 3)::int % 2 = 0`,
  );
  await c.query("VACUUM ANALYZE");
  const counts = (await c.query<{ clients: number; interviews: number; tasks: number; emails: number }>(
    `SELECT (SELECT count(*) FROM "User" WHERE role = 'CLIENT')::int AS clients, (SELECT count(*) FROM "Interview")::int AS interviews,
            (SELECT count(*) FROM "FollowUpTask")::int AS tasks, (SELECT count(*) FROM "Email")::int AS emails`,
  )).rows[0]!;
  console.log(`Seeded ${JSON.stringify(counts)} in ${round((performance.now() - started) / 1000)} s`);

  // The statements as Prisma sends them, captured to be timed and explained.
  const captured: { query: string; params: string; duration: number }[] = [];
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: cluster.url, max: 5, options: "-c jit=off" }), log: [{ emit: "event", level: "query" }] });
  db.$on("query", (e) => captured.push({ query: e.query, params: e.params, duration: e.duration }));
  const now = new Date();
  // The page sends its five statements side by side: each is known by what it reads.
  const nameOf = (sql: string) =>
    sql.includes("WITH page") ? "byClientPage" : sql.includes("to_char(") ? "funnel" : sql.includes("THANK_YOU") ? "thanks" : sql.includes('"Draft"') ? "emails" : sql.includes("promisedDays") ? "decisions" : sql.includes('"onTime"') ? "onTime" : "other";

  const results: Record<string, Record<string, number>> = {};
  for (const who of ["owner", "coach", "client"] as const) {
    const actor = (await loadActor(db, { owner: WEB_IDS.owner, coach: WEB_IDS.coach, client: WEB_IDS.client }[who]))!;
    const timings: Record<string, number[]> = {};
    // A first run warms the cache; the next RUNS are measured.
    for (let run = 0; run <= RUNS; run++) {
      captured.length = 0;
      started = performance.now();
      await getOutcomes(db, actor, now, {});
      const whole = performance.now() - started;
      if (who !== "client") await getOutcomeClients(db, actor, now, { page: 1 });
      if (run === 0) continue;
      (timings.wholeSummary ??= []).push(round(whole));
      for (const statement of captured) (timings[nameOf(statement.query)] ??= []).push(statement.duration);
    }
    results[who] = Object.fromEntries(Object.entries(timings).map(([name, list]) => [name, [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!]));
    console.log(who, results[who]);
  }

  // EXPLAIN ANALYZE of each statement as the owner sends it.
  const owner = (await loadActor(db, WEB_IDS.owner))!;
  captured.length = 0;
  await getOutcomes(db, owner, now, {});
  await getOutcomeClients(db, owner, now, { page: 1 });
  const plans: Record<string, string> = {};
  for (const statement of captured) {
    const name = nameOf(statement.query);
    const { rows } = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, JSON.parse(statement.params) as unknown[]);
    plans[name] = rows.map((r) => r["QUERY PLAN"]).join("\n");
  }
  await db.$disconnect();
  await c.end();

  const dirty = execSync("git status --porcelain --untracked-files=no -- . ':!bench/results'").toString().trim() !== "";
  const commit = execSync("git rev-parse --short HEAD").toString().trim() + (dirty ? "-dirty" : "");
  const report = {
    commit,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map(round) },
    shape: counts,
    medianMs: results,
    plans,
  };
  const dir = path.join(import.meta.dirname, "../results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.date.slice(0, 19).replace(/:/g, "-")}-${commit}-outcomes.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`| statement | owner (10,000 clients) | coach (200 clients) | client |\n| --- | --- | --- | --- |`);
  for (const name of ["funnel", "thanks", "onTime", "emails", "decisions", "wholeSummary", "byClientPage"]) console.log(`| ${name} | ${results.owner![name]} ms | ${results.coach![name]} ms | ${results.client![name] ?? "—"} ${results.client![name] === undefined ? "" : "ms"} |`);
  for (const [name, plan] of Object.entries(plans)) console.log(`\n## ${name}\n${plan}`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
} finally {
  cluster.stop();
}
process.exit(0);
