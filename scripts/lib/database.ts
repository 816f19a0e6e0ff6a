import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../db/migrations";
import { startEmbeddedDatabase } from "../db/pglite-server";

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

type OwnerRecord = { pid: number; port: number };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * DATABASE_URL wins. Without it, the PGlite data folder is used: a PGlite folder may be
 * opened by one process only, so when a running `npm run dev` already owns it, its
 * loopback server is used instead of opening the folder a second time.
 */
export async function resolveDatabase(options: { port?: number } = {}): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, kind: "postgres", release: async () => undefined };
  }
  const dataDir = getDataDir();
  const ownerFile = path.join(dataDir, "pglite-owner.json");
  if (existsSync(ownerFile)) {
    const owner = JSON.parse(readFileSync(ownerFile, "utf8")) as OwnerRecord;
    if (owner.pid !== process.pid && isAlive(owner.pid)) {
      return {
        url: `postgresql://postgres:postgres@127.0.0.1:${owner.port}/postgres?sslmode=disable`,
        kind: "shared",
        release: async () => undefined,
      };
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: options.port });
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port: embedded.port } satisfies OwnerRecord));
  return {
    url: embedded.url,
    kind: "embedded",
    release: async () => {
      rmSync(ownerFile, { force: true });
      await embedded.stop();
    },
  };
}
