// `npm run bench`: the three measurements of docs/PERFORMANCE.md, on PostgreSQL.
// BENCH_DATABASE_URL must name a database of its own: the benchmark empties it.
import { execSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../scripts/db/migrations";
import { createPrismaClient } from "@/server/db/client";
import { composeClientDigest } from "@/server/digests/compose-digest";
import { loadDigestData } from "@/server/digests/load-digest-data";
import { renderDigest } from "@/server/digests/render-digest";
import { enqueueEmailDelivery, createJobQueue, startJobQueue } from "@/server/jobs/job-queue";
import { getJobSettings } from "@/server/jobs/job-settings";
import { seedBenchClients } from "./seed-bench";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL database of its own (it is emptied), e.g. postgresql://postgres@127.0.0.1:5432/followthrough_bench");
  process.exit(2);
}
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const RENDERS = Number(process.env.BENCH_RENDERS ?? 2_000);
const DUE_EMAILS = Number(process.env.BENCH_DUE_EMAILS ?? 1_000);
const DUE_ROUNDS = Number(process.env.BENCH_DUE_ROUNDS ?? 3);
const BATCH = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

await applyMigrations(url);
const db = createPrismaClient(url, { max: 8 });
const results: Record<string, unknown> = {};

// 1. Assembling the data of every client's digest, batch by batch (a fixed number of queries each).
console.log(`Seeding ${CLIENTS} clients…`);
let started = performance.now();
await seedBenchClients(url, CLIENTS);
console.log(`  seeded in ${round((performance.now() - started) / 1000)} s`);
// Let PostgreSQL finish cleaning up after the bulk seed first (a database in use has done so
// long ago), so autovacuum does not compete with the measurements.
await db.$executeRawUnsafe("VACUUM ANALYZE");
const now = new Date();
const ids = (await db.user.findMany({ where: { role: "CLIENT" }, orderBy: { id: "asc" }, select: { id: true } })).map((u) => u.id);
started = performance.now();
let composed = 0;
const batches: string[][] = [];
for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
const PARALLEL = 4;
for (let i = 0; i < batches.length; i += PARALLEL) {
  await Promise.all(
    batches.slice(i, i + PARALLEL).map(async (batch) => {
      const loaded = await loadDigestData(db, batch, now);
      for (const entry of loaded.values()) {
        if (entry.data.kind === "CLIENT" && !composeClientDigest(entry.data.value, now).isEmpty) composed += 1;
      }
    }),
  );
}
const assembleSeconds = (performance.now() - started) / 1000;
results.assemble = { clients: ids.length, batchSize: BATCH, parallelBatches: PARALLEL, seconds: round(assembleSeconds), nonEmpty: composed, targetSeconds: 60 };
console.log(`1. assembled ${ids.length} digests in ${round(assembleSeconds)} s (target < 60 s)`);

// 2. Rendering HTML and text.
const sample = [...(await loadDigestData(db, ids.slice(0, BATCH), now)).values()].map((e) => composeClientDigest(e.data.value as never, now));
const links = { appUrl: "https://app.example/", settingsUrl: "https://app.example/settings", unsubscribeUrl: "https://app.example/unsubscribe?u=x&s=y" };
for (let i = 0; i < 50; i++) await renderDigest(sample[i % sample.length]!, links); // warm-up
started = performance.now();
for (let i = 0; i < RENDERS; i++) await renderDigest(sample[i % sample.length]!, links);
const renderSeconds = (performance.now() - started) / 1000;
results.render = { digests: RENDERS, seconds: round(renderSeconds, 2), perSecond: round(RENDERS / renderSeconds), targetPerSecond: 200 };
console.log(`2. rendered ${RENDERS} digests (HTML + text) at ${round(RENDERS / renderSeconds)} a second (target >= 200)`);

// 3. 1,000 emails due in the same minute: from due to handed to the provider.
const received: number[] = [];
const dueAt = new Map<string, number>();
const provider = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "stand-in-provider.ts")], { stdio: ["ignore", "pipe", "inherit"] });
const providerPort = await new Promise<number>((resolve) => {
  let pending = "";
  provider.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const listening = /^LISTENING (\d+)$/.exec(line);
      if (listening) resolve(Number(listening[1]));
      const arrived = /^ARRIVED (\d+) (.+)$/.exec(line);
      const due = arrived ? dueAt.get(arrived[2]!) : undefined;
      if (arrived && due !== undefined) received.push(Number(arrived[1]) - due);
    }
  });
});
process.env.RESEND_BASE_URL = `http://127.0.0.1:${providerPort}`;
process.env.FOLLOWTHROUGH_OUTBOX = "1";
process.env.RESEND_REQUESTS_PER_SECOND = "0";
// The workers refuse to start without the settings a deployment has (scripts/lib/runtime-env.ts).
process.env.AUTH_SECRET ??= "bench-secret-not-for-any-deployment-0123456789";
process.env.APP_URL ??= "http://localhost:3000";
const boss = await startJobQueue(createJobQueue(url));
const client = ids[0]!;
// The production topology: `npm run worker` processes beside the app, here two of them,
// started (and idle) before the emails are scheduled, as they would be.
const workerCount = Number(process.env.BENCH_WORKERS ?? 2);
const concurrency = String(getJobSettings().concurrency);
const workers = Array.from({ length: workerCount }, () =>
  // BENCH_PROFILE=<folder>: each worker writes a CPU profile there when it stops.
  spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []), "--import", "./scripts/lib/allow-server-only.mjs", "--import", "tsx", "scripts/worker.ts"], {
    cwd: path.join(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: url, FOLLOWTHROUGH_JOB_CONCURRENCY: concurrency },
    stdio: ["ignore", "pipe", "inherit"],
  }),
);
await Promise.all(
  workers.map((w) => new Promise<void>((resolve) => w.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("WORKER_READY") && resolve()))),
);
// Several rounds, as the figure varies from run to run; each is 1,000 emails due at one instant.
const rounds: { minMs: number; p50Ms: number; p99Ms: number; maxMs: number; handedOver: number }[] = [];
const allLatencies: number[] = [];
for (let round = 1; round <= DUE_ROUNDS; round++) {
  received.length = 0;
  // Far enough ahead that queuing all of them is done before they are due.
  const due = new Date(Date.now() + 20_000);
  for (let i = 0; i < DUE_EMAILS; i++) {
    const subject = `bench ${round}.${i}`;
    const email = await db.email.create({
      data: { kind: "DRAFT", clientId: client, fromAddress: "notes@bench.example", toAddress: `p${i}@company.example`, subject, html: "<p>Thanks</p>", text: "Thanks", contentVersion: 1, scheduledFor: due, createdById: client },
      select: { id: true, scheduleVersion: true, scheduledFor: true },
    });
    dueAt.set(subject, due.getTime());
    await enqueueEmailDelivery(boss, email, new Date());
  }
  if (Date.now() >= due.getTime()) throw new Error("Queuing the emails took longer than the lead; raise it.");
  while (received.length < DUE_EMAILS && Date.now() < due.getTime() + 120_000) await new Promise((r) => setTimeout(r, 200));
  const latencies = [...received].sort((a, b) => a - b);
  allLatencies.push(...latencies);
  const summary = { minMs: latencies[0]!, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), maxMs: latencies.at(-1)!, handedOver: latencies.length };
  rounds.push(summary);
  console.log(`3. round ${round}: ${latencies.length}/${DUE_EMAILS} emails handed over; from due: first ${summary.minMs} ms, p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms (target p99 < 2000 ms)`);
}
allLatencies.sort((a, b) => a - b);
results.dueToProvider = {
  emailsPerRound: DUE_EMAILS,
  workers: workerCount,
  concurrencyPerWorker: Number(concurrency),
  pollSeconds: getJobSettings().pollSeconds,
  rounds,
  allRounds: { p50Ms: percentile(allLatencies, 50), p99Ms: percentile(allLatencies, 99), maxMs: allLatencies.at(-1) },
  worstRoundP99Ms: Math.max(...rounds.map((r) => r.p99Ms)),
  targetP99Ms: 2000,
};
console.log(`3. all rounds: p50 ${percentile(allLatencies, 50)} ms, p99 ${percentile(allLatencies, 99)} ms; worst round p99 ${Math.max(...rounds.map((r) => r.p99Ms))} ms`);
for (const w of workers) w.kill("SIGTERM");
await boss.stop({ graceful: false });
provider.kill();
await db.$disconnect();

// A run of uncommitted code says so: its figures belong to no commit.
const dirty = execSync("git status --porcelain --untracked-files=no -- . ':!bench/results'").toString().trim() !== "";
const commit = execSync("git rev-parse --short HEAD").toString().trim() + (dirty ? "-dirty" : "");
const report = {
  commit,
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
  database: "PostgreSQL " + (await (async () => {
    const pgMod = await import("pg");
    const c = new pgMod.default.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query<{ server_version: string }>("SHOW server_version");
    await c.end();
    return rows[0]!.server_version;
  })()),
  results,
};
const dir = path.join(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `${report.date.slice(0, 19).replace(/:/g, "-")}-${commit}.json`);
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
process.exit(0);
