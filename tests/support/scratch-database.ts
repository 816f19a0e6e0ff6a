import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { startEmbeddedDatabase } from "../../scripts/db/pglite-server";

/**
 * Runs `fn` against a brand-new empty database of the kind the run uses: a fresh
 * in-memory PGlite, or a new database on the test PostgreSQL server, dropped afterwards.
 */
export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  if (inject("databaseKind") === "pglite") {
    const embedded = await startEmbeddedDatabase();
    try {
      return await fn(embedded.url);
    } finally {
      await embedded.stop();
    }
  }
  const adminUrl = inject("databaseUrl");
  const name = `scratch_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
