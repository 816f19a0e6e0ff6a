import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/db/migrations";
import { startEmbeddedDatabase } from "../../scripts/db/pglite-server";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: "pglite" | "postgres";
  }
}

/**
 * Integration tests run on PostgreSQL when TEST_DATABASE_URL is set (CI starts a
 * throwaway cluster for that), and otherwise on one in-memory PGlite for the whole run.
 * DATABASE_URL is deliberately not used, so a test run never truncates a real database.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const embedded = external ? undefined : await startEmbeddedDatabase();
  const url = external ?? embedded!.url;
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  project.provide("databaseKind", external ? "postgres" : "pglite");
  return async () => {
    await embedded?.stop();
  };
}
