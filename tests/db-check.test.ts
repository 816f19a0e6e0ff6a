import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, PROJECT_ROOT, SCHEMA_PATH } from "../scripts/db/migrations";
import { diffSchemaAgainstMigrations } from "../scripts/db/schema-diff";

const run = promisify(execFile);
const workDir = mkdtempSync(path.join(tmpdir(), "followthrough-db-check-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The committed schema with one more field on User, and no migration for it. */
function schemaWithNewField(): string {
  return readFileSync(SCHEMA_PATH, "utf8").replace(
    /model User \{\n/,
    "model User {\n  favouriteColour String?\n",
  );
}

async function runDbCheck(schemaFile: string) {
  const tsx = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
  return run(tsx, ["scripts/db/check-migrations.ts", "--schema", schemaFile, "--migrations", MIGRATIONS_DIR], {
    cwd: PROJECT_ROOT,
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe("db:check", () => {
  it("finds no difference between the committed schema and migrations", async () => {
    expect(await diffSchemaAgainstMigrations()).toBe("");
  });

  it("reports the SQL of a field added to the schema without a migration", async () => {
    const sql = await diffSchemaAgainstMigrations(schemaWithNewField());
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"favouriteColour" TEXT/);
  });

  it("exits non-zero from the command line when a field has no migration, and zero when all agree", async () => {
    const drifted = path.join(workDir, "drifted.prisma");
    writeFileSync(drifted, schemaWithNewField());
    const failed = await runDbCheck(drifted);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("favouriteColour");

    const same = path.join(workDir, "same.prisma");
    cpSync(SCHEMA_PATH, same);
    const passed = await runDbCheck(same);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toContain("Schema and migrations agree");
  });
});
