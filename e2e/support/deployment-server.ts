// Playwright's "deployment" web server: Followthrough started the way a deployment starts it.
// A throwaway PostgreSQL 15 cluster, `npm run db:migrate`, `npm run practice:create`, then
// `npm start` with DATABASE_URL, AUTH_SECRET, APP_URL and a Resend key, the SDK pointed at a
// stand-in for Resend's API (Resend itself cannot be reached here). No development tool is
// asked for. The stand-in keeps what it was sent and shows it to the tests on GET /sent.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEPLOYMENT_OWNER, DEPLOYMENT_PORT, DEPLOYMENT_PROVIDER_URL } from "./deployment-server-settings";

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const ROOT = path.resolve(import.meta.dirname, "../..");
const port = DEPLOYMENT_PORT;
const providerPort = Number(new URL(DEPLOYMENT_PROVIDER_URL).port);
const pgPort = Number(process.env.E2E_DEPLOY_PG_PORT ?? 3198);

type SentEmail = { to: string[]; subject: string; html: string; text: string };
const sent: SentEmail[] = [];
const provider = createServer((request, response) => {
  if (request.method === "GET" && request.url === "/sent") {
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sent));
    return;
  }
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString() || "null") as SentEmail | SentEmail[];
    const emails = Array.isArray(body) ? body : [body];
    for (const email of emails) sent.push({ ...email, to: [email.to].flat() });
    const ids = emails.map((_, i) => ({ id: `re_standin_${sent.length - emails.length + i}` }));
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(Array.isArray(body) ? { data: ids } : ids[0]));
  });
});
await new Promise<void>((resolve) => provider.listen(providerPort, "127.0.0.1", resolve));

const isRoot = process.getuid?.() === 0;
const asPostgres = (command: string, args: string[]) =>
  isRoot ? execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "ignore" }) : execFileSync(command, args, { stdio: "ignore" });
const pgDir = mkdtempSync(path.join(tmpdir(), "followthrough-e2e-pg-"));
chmodSync(pgDir, 0o777);
const dataDir = path.join(pgDir, "data");
asPostgres(`${PG_BIN}/initdb`, ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync"]);
asPostgres(`${PG_BIN}/pg_ctl`, ["-D", dataDir, "-l", path.join(pgDir, "log"), "-w", "-o", `-p ${pgPort} -k ${pgDir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
asPostgres(`${PG_BIN}/createdb`, ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", "followthrough"]);

const appUrl = `http://localhost:${port}`;
const env = {
  ...process.env,
  DATABASE_URL: `postgresql://postgres@127.0.0.1:${pgPort}/followthrough`,
  AUTH_SECRET: "deployment-e2e-secret-0123456789abcdefghijklmnop",
  APP_URL: appUrl,
  RESEND_API_KEY: "re_standin_key",
  RESEND_BASE_URL: `http://127.0.0.1:${providerPort}`,
  PORT: String(port),
  // Nothing of the development tools, whatever the shell running the tests has set.
  FOLLOWTHROUGH_OUTBOX: undefined,
  FOLLOWTHROUGH_TEST_CLOCK: undefined,
  FOLLOWTHROUGH_EMBEDDED_DB: undefined,
  FOLLOWTHROUGH_SEED_DEMO: undefined,
  FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_ADDRESS: undefined,
  FOLLOWTHROUGH_SIGN_IN_EMAILS_PER_IP: undefined,
  FOLLOWTHROUGH_DATA_DIR: path.join(pgDir, "app-data"),
} as NodeJS.ProcessEnv;
const run = (args: string[]) => execFileSync("npm", args, { cwd: ROOT, env, stdio: "inherit" });
run(["run", "db:migrate"]);
run(["run", "practice:create", "--", "--name", "Lighthouse Careers", "--owner-email", DEPLOYMENT_OWNER, "--owner-name", "Mia Lopez", "--owner-time-zone", "Europe/Madrid"]);

const server: ChildProcess = spawn("npm", ["start"], { cwd: ROOT, env, stdio: "inherit" });

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  provider.close();
  try {
    asPostgres(`${PG_BIN}/pg_ctl`, ["-D", dataDir, "-m", "immediate", "stop"]);
  } finally {
    rmSync(pgDir, { recursive: true, force: true });
    process.exit(0);
  }
}
server.on("exit", stop);
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
