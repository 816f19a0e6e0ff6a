import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../scripts/db/pglite-server";
import { DataDirInUseError, lockDataDir } from "../scripts/lib/data-dir-lock";
import { openEmbeddedDatabase, resolveDatabase } from "../scripts/lib/database";
import { queryOnce } from "./support/database";

describe("embedded PGlite server", () => {
  let embedded: EmbeddedDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    embedded = await startEmbeddedDatabase();
    pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it("keeps parameterised queries from several connections apart", async () => {
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) => pool.query<{ n: number; s: string }>("SELECT $1::int + 1 AS n, $2::text AS s", [i, `s${i}`])),
    );
    results.forEach((result, i) => expect(result.rows[0]).toEqual({ n: i + 1, s: `s${i}` }));
  });

  it("keeps a transaction to its own connection while others query", async () => {
    const inTransaction = (async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("UPDATE counter SET n = n + 100 WHERE id = 1");
        await new Promise((resolve) => setTimeout(resolve, 50));
        await client.query("ROLLBACK");
      } finally {
        client.release();
      }
    })();
    const outside = Promise.all(Array.from({ length: 20 }, () => pool.query("UPDATE counter SET n = n + 1 WHERE id = 1")));
    await Promise.all([inTransaction, outside]);
    // The rolled-back +100 must not have swallowed any of the 20 updates made outside it.
    expect((await pool.query("SELECT n FROM counter WHERE id = 1")).rows[0]).toEqual({ n: 20 });
  });

  it("returns a large multi-byte text value (PGlite's streaming call hangs on it)", async () => {
    const body = "é\u200c\u00a0x".repeat(10_000); // 60 kB of UTF-8, like react-email's preview padding
    await pool.query("CREATE TABLE IF NOT EXISTS big_text (id int PRIMARY KEY, body text)");
    await pool.query("INSERT INTO big_text VALUES (1, $1)", [body]);
    const { rows } = await pool.query<{ body: string }>("SELECT body FROM big_text WHERE id = $1", [1]);
    expect(rows[0]!.body).toBe(body);
  });

  it("rolls back what a client left open when it disconnects", async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    await client.query("BEGIN");
    await client.query("UPDATE counter SET n = 999 WHERE id = 1");
    await client.end();
    expect((await pool.query("SELECT n FROM counter WHERE id = 1")).rows[0]).toEqual({ n: 20 });
  });
});

const ROOT = path.join(import.meta.dirname, "..");

type Exit = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** A script of this project run by Node with tsx's loader, on `dataDir` and never on a DATABASE_URL. */
function runScript(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, FOLLOWTHROUGH_DATA_DIR: dataDir, PORT: "3121" };
  delete env.DATABASE_URL;
  // Node itself rather than the tsx CLI, which would run the script as a grandchild that a SIGKILL misses;
  // allow-server-only.mjs lets it load server-only modules, as the npm scripts do.
  const child = spawn(process.execPath, ["--import", "./scripts/lib/allow-server-only.mjs", "--import", "tsx", ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  const firstLine = () =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (stdout.includes("\n")) resolve(stdout.slice(0, stdout.indexOf("\n")));
      };
      child.stdout.on("data", check);
      check();
      void exited.then((exit) => reject(new Error(`${args.join(" ")} exited before printing a line: ${JSON.stringify(exit)}`)));
    });
  return { child, exited, firstLine };
}

/** tests/support/hold-data-dir.ts: another process that has locked `dataDir` and serves its database. */
async function startHolder(dataDir: string) {
  const holder = runScript(["tests/support/hold-data-dir.ts"], dataDir);
  const { pid, url } = JSON.parse(await holder.firstLine()) as { pid: number; url: string };
  return { ...holder, pid, url };
}

/**
 * A pid no process can have: one above the kernel's largest. (The pid of a child that has exited
 * could be handed to a new process on a busy machine, and the lock would then look held.)
 */
function deadPid(): number {
  const max = Number(readFileSync("/proc/sys/kernel/pid_max", "utf8").trim());
  return max + 1;
}

// Starting PGlite in a process of its own takes a while on a busy machine: these tests wait
// for the processes' lines and exits, with a generous limit only as a safety net.
describe("the data folder lock", { timeout: 600_000 }, () => {
  let dataDir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "followthrough-lock-"));
  });
  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    }
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const lockFile = () => path.join(dataDir, "pglite.lock");

  it("refuses a second `npm run dev` on a folder in use, in one line naming the folder and the process, touching nothing; the first keeps serving", async () => {
    const first = await startHolder(dataDir);
    children.push(first.child);
    await queryOnce(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)");
    const before = { files: readdirSync(dataDir).sort(), lock: readFileSync(lockFile(), "utf8") };

    const second = runScript(["scripts/serve.ts", "dev"], dataDir);
    children.push(second.child);
    const exit = await second.exited;

    expect(exit).toMatchObject({ code: 1, stdout: "" });
    expect(exit.stderr).toBe(`${new DataDirInUseError(dataDir, { pid: first.pid }).message}\n`);
    expect(exit.stderr).toContain(`The data folder ${dataDir} is in use by process ${first.pid}`);
    expect(exit.stderr).toContain("FOLLOWTHROUGH_DATA_DIR");
    // Not even the generated secret was written.
    expect({ files: readdirSync(dataDir).sort(), lock: readFileSync(lockFile(), "utf8") }).toEqual(before);
    expect(await queryOnce(first.url, "SELECT n FROM kept")).toEqual([{ n: 1 }]);

    // A script run meanwhile (db:migrate, db:seed) uses the running server instead of opening the folder.
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("FOLLOWTHROUGH_DATA_DIR", dataDir);
    const shared = await resolveDatabase();
    expect(shared).toMatchObject({ kind: "shared", url: first.url });
    expect(() => lockDataDir(dataDir)).toThrow(new DataDirInUseError(dataDir, { pid: first.pid, port: Number(new URL(first.url).port) }));

    // Stopped cleanly, the first unlocks the folder on its way out.
    first.child.kill("SIGTERM");
    expect(await first.exited).toMatchObject({ code: 0 });
    expect(existsSync(lockFile())).toBe(false);
  });

  it("takes over a lock left by a process that was killed, and finds its data", async () => {
    const crashed = await startHolder(dataDir);
    children.push(crashed.child);
    await queryOnce(crashed.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)");
    crashed.child.kill("SIGKILL");
    await crashed.exited;
    expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toMatchObject({ pid: crashed.pid });

    const database = await openEmbeddedDatabase(lockDataDir(dataDir));
    try {
      expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toMatchObject({ pid: process.pid });
      expect(await queryOnce(database.url, "SELECT n FROM kept")).toEqual([{ n: 7 }]);
    } finally {
      await database.release();
    }
    expect(existsSync(lockFile())).toBe(false);
  });

  it("lets one process open a folder once, and a script waits for a holder that does not serve yet", async () => {
    const lock = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(new DataDirInUseError(dataDir, { pid: process.pid }));
      vi.stubEnv("DATABASE_URL", "");
      vi.stubEnv("FOLLOWTHROUGH_DATA_DIR", dataDir);
      await expect(resolveDatabase()).rejects.toThrow(new DataDirInUseError(dataDir, { pid: process.pid }));
    } finally {
      lock.release();
    }
    expect(existsSync(lockFile())).toBe(false);
    lockDataDir(dataDir).release();
  });

  it("takes over a lock naming a process that no longer runs, or this process's own pid from a previous life, or left half taken over", async () => {
    const gone = deadPid();
    for (const leftovers of [
      { "pglite.lock": { pid: gone, port: 5999 } },
      // A restarted container hands out the same pids again.
      { "pglite.lock": { pid: process.pid } },
      { "pglite.lock": { pid: gone }, "pglite.lock.takeover": { pid: gone } },
    ]) {
      for (const [name, record] of Object.entries(leftovers)) writeFileSync(path.join(dataDir, name), JSON.stringify(record));
      const lock = lockDataDir(dataDir);
      expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toEqual({ pid: process.pid });
      expect(readdirSync(dataDir)).toEqual(["pglite.lock"]);
      lock.release();
    }
  });

  it("refuses while another running process is taking over a stale lock, and leaves the stale lock to it", async () => {
    const gone = deadPid();
    const other = process.ppid; // a process that runs, and is not this one
    writeFileSync(lockFile(), JSON.stringify({ pid: gone }));
    writeFileSync(`${lockFile()}.takeover`, JSON.stringify({ pid: other }));
    expect(() => lockDataDir(dataDir)).toThrow(new DataDirInUseError(dataDir, { pid: other }));
    expect(JSON.parse(readFileSync(lockFile(), "utf8"))).toEqual({ pid: gone });
  });
});
