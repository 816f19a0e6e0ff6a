import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Who holds a data folder: its process, and once it serves the database, the port. */
export type LockHolder = { pid: number; port?: number };

export type DataDirLock = {
  dataDir: string;
  /** Writes the port into the lock, so the scripts can reach the database through this process. */
  recordPort: (port: number) => void;
  release: () => void;
};

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid}: stop that process, or set FOLLOWTHROUGH_DATA_DIR ` +
        `to use another folder (if process ${holder.pid} is not Followthrough, delete ${lockFileOf(dataDir)}).`,
    );
  }
}

const LOCK_FILE = "pglite.lock";
/** Lock files this process holds: its own pid in one of them means "held", in any other "left by a previous life". */
const held = new Set<string>();

function lockFileOf(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/**
 * Creates `file` holding `holder`, atomically and complete: the record is written to a file
 * of this process's own and hard-linked into place, which fails if `file` exists. So two
 * processes never both create it, and no reader ever sees it half-written.
 */
function tryCreate(file: string, holder: LockHolder): boolean {
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, JSON.stringify(holder));
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}

/** The holder a lock file names; undefined when it is gone, or unreadable (not a holder that could still be running). */
function readHolder(file: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const record = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(record.pid)) return { pid: record.pid!, ...(Number.isInteger(record.port) ? { port: record.port } : {}) };
  } catch {
    // Not JSON: fall through to the unreadable case below.
  }
  return { pid: 0 };
}

function isRunning(pid: number, file: string): boolean {
  // A container restarted after a crash hands out the same pids again, so this process's own
  // pid in a lock it does not hold is a previous run's.
  if (pid === process.pid) return held.has(file);
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes a lock whose holder is no longer running. Takers of the same stale lock exclude
 * each other with a second lock file, so one of them cannot delete the lock another has
 * just created in its place; a process starting afresh cannot slip in either, because the
 * stale file stays in place until the one taker deletes it.
 */
function removeStaleLock(dataDir: string, file: string, stale: LockHolder): void {
  const takeover = `${file}.takeover`;
  if (!tryCreate(takeover, { pid: process.pid })) {
    const taker = readHolder(takeover);
    if (taker && isRunning(taker.pid, takeover)) throw new DataDirInUseError(dataDir, taker);
    // A taker that died half-way: clear its file and let the caller try again.
    rmSync(takeover, { force: true });
    return;
  }
  try {
    const current = readHolder(file);
    if (current?.pid === stale.pid && current.port === stale.port) rmSync(file, { force: true });
  } finally {
    rmSync(takeover, { force: true });
  }
}

/**
 * Takes the data folder for this process, or throws DataDirInUseError naming the process
 * that has it. PGlite corrupts a data directory that two processes open, so nothing in the
 * folder may be read or written before this succeeds. A lock left by a process that is no
 * longer running (a crash, SIGKILL) is taken over. The lock is released by `release()` or
 * when this process exits.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = lockFileOf(dataDir);
  // Each turn either creates the lock, finds it held, or clears a stale one; only a race
  // with other processes starting at the same moment needs more than two.
  for (let turn = 0; !tryCreate(file, { pid: process.pid }); turn++) {
    if (turn >= 10) throw new Error(`Could not lock the data folder ${dataDir}: ${file} keeps changing.`);
    const holder = readHolder(file);
    if (holder === undefined) continue;
    if (isRunning(holder.pid, file)) throw new DataDirInUseError(dataDir, holder);
    removeStaleLock(dataDir, file, holder);
  }
  held.add(file);

  const release = () => {
    if (!held.delete(file)) return;
    if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
  process.once("exit", release);
  return {
    dataDir,
    recordPort: (port) => {
      // Replaced whole by a rename, so a reader sees the old record or the new one.
      const draft = `${file}.${process.pid}.tmp`;
      writeFileSync(draft, JSON.stringify({ pid: process.pid, port } satisfies LockHolder));
      renameSync(draft, file);
    },
    release: () => {
      process.off("exit", release);
      release();
    },
  };
}
