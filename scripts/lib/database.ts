import path from "node:path";
import { PROJECT_ROOT } from "../db/migrations";
import { embeddedDatabaseUrl, startEmbeddedDatabase } from "../db/pglite-server";
import { DataDirInUseError, lockDataDir, type DataDirLock } from "./data-dir-lock";

/** Where the embedded default keeps its state: the PGlite data, the generated secret. */
export function getDataDir(): string {
  return path.resolve(process.env.FOLLOWTHROUGH_DATA_DIR ?? path.join(PROJECT_ROOT, ".data"));
}

export type ResolvedDatabase = {
  url: string;
  /** "postgres" when DATABASE_URL is set, "embedded" when this process owns PGlite, "shared" when another process does. */
  kind: "postgres" | "embedded" | "shared";
  release: () => Promise<void>;
};

/**
 * Opens PGlite in a data folder this process has locked and serves it on a loopback port,
 * which the lock then records for the scripts. Releasing stops the database first and
 * unlocks the folder after, so the next process never opens it while this one still writes.
 */
export async function openEmbeddedDatabase(lock: DataDirLock, options: { port?: number } = {}): Promise<ResolvedDatabase> {
  let embedded;
  try {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(lock.dataDir, "pglite"), port: options.port });
  } catch (error) {
    lock.release();
    throw error;
  }
  lock.recordPort(embedded.port);
  return {
    url: embedded.url,
    kind: "embedded",
    release: async () => {
      await embedded.stop();
      lock.release();
    },
  };
}

/**
 * For the scripts (migrate, seed, practice:create). DATABASE_URL wins. Without it, the
 * PGlite data folder is locked and opened; while a running `npm run dev` holds it, the
 * scripts use that process's loopback server instead of opening the folder a second time.
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, kind: "postgres", release: async () => undefined };
  }
  try {
    return await openEmbeddedDatabase(lockDataDir(getDataDir()));
  } catch (error) {
    if (!(error instanceof DataDirInUseError) || error.holder.port === undefined) throw error;
    return { url: embeddedDatabaseUrl(error.holder.port), kind: "shared", release: async () => undefined };
  }
}
