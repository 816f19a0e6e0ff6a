// `npm run bench:web`: the web pages at a real practice's size, beside a bare floor (issue 14).
// Seeds the shape on PostgreSQL 15, builds the app and the floor (bench/floor), starts both with
// `next start`, drives each URL with autocannon, and writes bench/results/<date>-<commit>-web.json.
import { execFileSync, execSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations } from "../../scripts/db/migrations";
import { createPrismaClient } from "../../src/server/db/client";
import { replanInterview } from "../../src/server/tasks/replan-interview";
import { buildReportRows, extractScriptUrls, formatMarkdownTable, type LoadResult, type SingleRequest, type WebMeasurements } from "./report";
import { createWebSessions, isWebShapeSeeded, seedWebShape, WEB_IDS, WEB_SHAPE } from "./seed-web";
import { startThrowawayPostgres } from "./throwaway-postgres";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FLOOR_DIR = path.join(ROOT, "bench/floor");
const APP_PORT = Number(process.env.BENCH_WEB_APP_PORT ?? 3131);
const FLOOR_PORT = Number(process.env.BENCH_WEB_FLOOR_PORT ?? 3132);
const PG_PORT = Number(process.env.BENCH_WEB_PG_PORT ?? 3133);
const DURATION = Number(process.env.BENCH_WEB_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_WEB_CONNECTIONS ?? 10);
const OWNER_TIMEOUT = Number(process.env.BENCH_WEB_OWNER_TIMEOUT ?? 60);
const SESSION_COOKIE = "authjs.session-token";
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

// Everything started is stopped on every way out, the throwaway cluster last.
const cleanups: (() => void)[] = [];
function cleanUp() {
  while (cleanups.length) {
    try {
      cleanups.pop()!();
    } catch (error) {
      console.error("cleanup:", error);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM, then SIGKILL after 10 s: a server shutting down gracefully waits for its requests,
 * and the owner's dashboard may still be computing one. Synchronous, so it also runs on a signal.
 */
function stopProcessGroup(pgid: number) {
  if (!isGroupAlive(pgid)) return;
  process.kill(-pgid, "SIGTERM");
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 10_000 && isGroupAlive(pgid); waited += 200) Atomics.wait(pause, 0, 0, 200);
  if (isGroupAlive(pgid)) process.kill(-pgid, "SIGKILL");
}

/** A server in a process group of its own, so that stopping it stops npm, tsx and Next.js under it. */
function startServer(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "inherit", "inherit"] });
  cleanups.push(() => child.pid && stopProcessGroup(child.pid));
  child.on("exit", (code) => code && console.error(`${name} exited with ${code}`));
  return child;
}

async function waitUntilServing(url: string, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** A URL must answer 200 with what its page shows, or the benchmark would time a redirect or an error. */
async function checkAnswers(url: string, cookie: string, expected: string) {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(120_000) });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(expected)) {
    throw new Error(`${url} answered ${response.status} without "${expected}": ${body.slice(0, 300)}`);
  }
  return body;
}

async function drive(title: string, url: string, cookie: string): Promise<LoadResult> {
  // Two requests first, so the first compilation of the route's code is not measured.
  for (let i = 0; i < 2; i++) await (await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(120_000) })).arrayBuffer();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie }, timeout: 60 });
  const measured = {
    requestsPerSecond: round(result.requests.average),
    p97_5Ms: result.latency.p97_5,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
  console.log(`  ${title}: ${measured.requestsPerSecond} req/s, p97.5 ${measured.p97_5Ms} ms${measured.non2xx + measured.errors ? `, ${measured.non2xx} non-2xx, ${measured.errors} errors` : ""}`);
  return measured;
}

async function timeOneRequest(url: string, cookie: string): Promise<SingleRequest> {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(OWNER_TIMEOUT * 1000) });
    const html = await response.text();
    return { ms: Math.round(performance.now() - started), htmlBytes: Buffer.byteLength(html), status: response.status };
  } catch (error) {
    if (error instanceof DOMException && error.name === "TimeoutError") return { timedOut: true, timeoutSeconds: OWNER_TIMEOUT };
    throw error;
  }
}

/** The gzipped size of the JavaScript the page's HTML makes a browser fetch (see extractScriptUrls). */
async function measureFirstLoadJs(base: string, html: string): Promise<{ bytes: number; files: number }> {
  const urls = extractScriptUrls(html);
  let bytes = 0;
  for (const url of urls) {
    const response = await fetch(new URL(url, base));
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    bytes += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { bytes, files: urls.length };
}

// Everything shares the machine's cores: a busy machine makes every figure, the floor's too, smaller.
const loadAtStart = os.loadavg();
if (loadAtStart[0]! > os.cpus().length) console.warn(`The machine is busy (load average ${loadAtStart[0]!.toFixed(1)} on ${os.cpus().length} cores): the figures will be low.`);

try {
  // 1. The database: a throwaway cluster, or BENCH_WEB_DATABASE_URL (seeded once, then reused).
  let url = process.env.BENCH_WEB_DATABASE_URL;
  if (!url) {
    const cluster = startThrowawayPostgres(PG_PORT);
    cleanups.push(cluster.stop);
    url = cluster.url;
  }
  await applyMigrations(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  cleanups.push(() => void db.end());
  let started = performance.now();
  if (await isWebShapeSeeded(db)) {
    console.log("The database already holds the shape: reusing it.");
  } else {
    console.log("Seeding 10,000 clients, 200,000 interviews and 1.2 million tasks…");
    await seedWebShape(db);
    // Let PostgreSQL settle after the bulk load (a database in use has done so long ago).
    await db.query("VACUUM ANALYZE");
    console.log(`  seeded in ${round((performance.now() - started) / 1000)} s`);
  }
  // The app stores an interview's plan prompts whenever it re-plans it (the tasks service); the seed writes
  // rows directly, so the measured interview is re-planned once, as the app would have left it.
  const prisma = createPrismaClient(url, { max: 1 });
  await prisma.$transaction((tx) => replanInterview(tx, WEB_IDS.interview, new Date()));
  await prisma.$disconnect();
  const sessions = await createWebSessions(db);
  const cookieOf = (token: string) => `${SESSION_COOKIE}=${token}`;

  // 2. The builds: the app exactly as a deployment builds it, the floor beside it.
  if (process.env.BENCH_WEB_SKIP_BUILD !== "1") {
    started = performance.now();
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    execFileSync(path.join(ROOT, "node_modules/.bin/next"), ["build", "--webpack"], { cwd: FLOOR_DIR, stdio: "inherit" });
    console.log(`Built in ${round((performance.now() - started) / 1000)} s`);
  }

  // 3. The servers: `npm start` with a deployment's settings, and the floor's `next start`.
  const appUrl = `http://localhost:${APP_PORT}`;
  const floorUrl = `http://localhost:${FLOOR_PORT}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    AUTH_SECRET: "bench-web-secret-not-for-any-deployment-0123456789",
    APP_URL: appUrl,
    RESEND_API_KEY: "re_bench_stand_in",
    // The pages measured send no email; should one try, it reaches no one (the discard port).
    RESEND_BASE_URL: "http://127.0.0.1:9",
    PORT: String(APP_PORT),
    FOLLOWTHROUGH_OUTBOX: undefined,
    FOLLOWTHROUGH_TEST_CLOCK: undefined,
    FOLLOWTHROUGH_EMBEDDED_DB: undefined,
    FOLLOWTHROUGH_SEED_DEMO: undefined,
  };
  startServer("app", "npm", ["start"], { cwd: ROOT, env: appEnv });
  startServer("floor", path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(FLOOR_PORT)], {
    cwd: FLOOR_DIR,
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url },
  });
  await Promise.all([waitUntilServing(appUrl), waitUntilServing(floorUrl)]);

  const client = cookieOf(sessions.client);
  const coach = cookieOf(sessions.coach);
  const owner = cookieOf(sessions.owner);
  const trpcInput = encodeURIComponent(JSON.stringify({ 0: { json: { limit: 50 } } }));
  const urls = {
    floorPage: `${floorUrl}/`,
    clientDashboard: `${appUrl}/`,
    interviewPage: `${appUrl}/interviews/${WEB_IDS.interview}`,
    floorTrpc: `${floorUrl}/api/trpc/interview.list?batch=1&input=${trpcInput}`,
    interviewList: `${appUrl}/api/trpc/interview.list?batch=1&input=${trpcInput}`,
  };
  const latestCompany = `Company 1-${WEB_SHAPE.interviewsPerClient}`;
  const floorHtml = await checkAnswers(urls.floorPage, client, latestCompany);
  const clientHtml = await checkAnswers(urls.clientDashboard, client, "Your interviews");
  await checkAnswers(urls.interviewPage, client, latestCompany);
  for (const [name, trpcUrl] of [["floor tRPC", urls.floorTrpc], ["interview.list", urls.interviewList]] as const) {
    // The floor answers the rows; the app's procedure a page of them, `{ items, nextCursor }`.
    const body = JSON.parse(await checkAnswers(trpcUrl, coach, "Company")) as { result: { data: { json: unknown[] | { items: unknown[] } } } }[];
    const json = body[0]?.result.data.json;
    if ((Array.isArray(json) ? json : json?.items)?.length !== 50) throw new Error(`${name} did not return 50 rows`);
  }

  // 4. The measurements, the owner's dashboard last: it may keep the server busy after the timeout.
  console.log(`Driving each URL with ${CONNECTIONS} connections for ${DURATION} s:`);
  const floorPage = await drive("floor page", urls.floorPage, client);
  const clientDashboard = await drive("client dashboard", urls.clientDashboard, client);
  await checkAnswers(urls.clientDashboard, coach, "Your clients");
  const coachDashboard = await drive("coach dashboard", urls.clientDashboard, coach);
  const interviewPage = await drive("interview page", urls.interviewPage, client);
  const floorTrpc = await drive("floor tRPC", urls.floorTrpc, coach);
  const interviewList = await drive("interview.list", urls.interviewList, coach);
  const appJs = await measureFirstLoadJs(appUrl, clientHtml);
  const floorJs = await measureFirstLoadJs(floorUrl, floorHtml);
  console.log(`  first-load JS: / ${appJs.bytes} bytes gzipped in ${appJs.files} files; floor page ${floorJs.bytes} bytes in ${floorJs.files} files`);
  console.log(`  owner's dashboard: one request (stopped after ${OWNER_TIMEOUT} s)…`);
  const ownerDashboard = await timeOneRequest(urls.clientDashboard, owner);
  console.log(`  owner's dashboard: ${JSON.stringify(ownerDashboard)}`);

  const measurements: WebMeasurements = {
    floorPage,
    clientDashboard,
    coachDashboard,
    ownerDashboard,
    interviewPage,
    floorTrpc,
    interviewList,
    firstLoadJs: { appBytes: appJs.bytes, floorBytes: floorJs.bytes },
  };
  const table = formatMarkdownTable(buildReportRows(measurements));
  console.log(`\n${table}\n`);

  // 5. The record: a run of uncommitted code says so, its figures belong to no commit.
  const dirty = execSync("git status --porcelain --untracked-files=no -- . ':!bench/results'", { cwd: ROOT }).toString().trim() !== "";
  const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim() + (dirty ? "-dirty" : "");
  const { rows } = await db.query<{ server_version: string }>("SHOW server_version");
  const report = {
    commit,
    date: new Date().toISOString(),
    machine: { loadAverageAtStart: loadAtStart.map((n) => round(n, 2)), loadAverageAtEnd: os.loadavg().map((n) => round(n, 2)), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    database: `PostgreSQL ${rows[0]!.server_version}`,
    shape: WEB_SHAPE,
    method: { connections: CONNECTIONS, durationSeconds: DURATION, ownerTimeoutSeconds: OWNER_TIMEOUT, firstLoadJs: { appFiles: appJs.files, floorFiles: floorJs.files } },
    results: measurements,
    table,
  };
  const dir = path.join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${report.date.slice(0, 19).replace(/:/g, "-")}-${commit}-web.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  cleanUp();
  process.exit(0);
} catch (error) {
  console.error(error);
  cleanUp();
  process.exit(1);
}
