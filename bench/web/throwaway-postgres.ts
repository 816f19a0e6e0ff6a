import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export type ThrowawayPostgres = { url: string; stop: () => void };

// PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
function runAsPostgres(command: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "ignore" });
  else execFileSync(command, args, { stdio: "ignore" });
}

/**
 * A PostgreSQL 15 cluster of its own in a temporary folder, as e2e/support/deployment-server.ts
 * starts one; `stop` shuts it down and removes the folder (call it on every way out).
 */
export function startThrowawayPostgres(port: number): ThrowawayPostgres {
  const dir = mkdtempSync(path.join(tmpdir(), "followthrough-bench-web-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  let started = false;
  const stop = () => {
    try {
      if (started) runAsPostgres(`${PG_BIN}/pg_ctl`, ["-D", dataDir, "-m", "fast", "stop"]);
    } finally {
      started = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    runAsPostgres(`${PG_BIN}/initdb`, ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync"]);
    // fsync off as in `npm run bench`: the benchmark measures the app, not the disk.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=512MB -c max_connections=100`;
    runAsPostgres(`${PG_BIN}/pg_ctl`, ["-D", dataDir, "-l", path.join(dir, "log"), "-w", "-o", options, "start"]);
    started = true;
    runAsPostgres(`${PG_BIN}/createdb`, ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "followthrough"]);
  } catch (error) {
    stop();
    throw error;
  }
  return { url: `postgresql://postgres@127.0.0.1:${port}/followthrough`, stop };
}
