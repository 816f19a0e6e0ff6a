import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "../scripts/db/migrations";
import { queryOnce } from "./support/database";
import { withScratchDatabase } from "./support/scratch-database";

describe("db:migrate", () => {
  it("applies every migration to an empty database, then nothing on a second run", async () => {
    await withScratchDatabase(async (url) => {
      const migrations = readMigrations();
      expect(migrations.length).toBeGreaterThan(0);

      expect(await applyMigrations(url)).toEqual(migrations.map((m) => m.name));
      expect(await applyMigrations(url)).toEqual([]);

      const tables = await queryOnce<{ tablename: string }>(
        url,
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      expect(tables.map((t) => t.tablename)).toEqual(
        expect.arrayContaining(["User", "Practice", "PracticeCoach", "CoachClient", "Invitation", "Interview", "InterviewPerson", "Account", "Session", "VerificationToken"]),
      );
    });
  });

  it("records each migration as prisma migrate deploy does, with the sha256 of migration.sql", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      const rows = await queryOnce<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        url,
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(
        readMigrations().map((m) => [m.name, createHash("sha256").update(m.sql).digest("hex")]),
      );
      expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    });
  });

  it("applies only the new migration when one is added later", async () => {
    await withScratchDatabase(async (url) => {
      const existing = readMigrations();
      await applyMigrations(url, existing);
      const added = { name: "99990101000000_add_note", sql: 'ALTER TABLE "User" ADD COLUMN "note" TEXT;', checksum: "x".repeat(64) };
      expect(await applyMigrations(url, [...existing, added])).toEqual([added.name]);
      const columns = await queryOnce<{ column_name: string }>(
        url,
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'note'`,
      );
      expect(columns).toHaveLength(1);
    });
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    await withScratchDatabase(async (url) => {
      const [first, ...rest] = readMigrations();
      await applyMigrations(url);
      const edited = { ...first!, checksum: "0".repeat(64) };
      await expect(applyMigrations(url, [edited, ...rest])).rejects.toThrow(/was changed after it was applied/);
    });
  });

  it("rolls back a failing migration and records nothing for it", async () => {
    await withScratchDatabase(async (url) => {
      const broken = { name: "00000000000000_broken", sql: "CREATE TABLE ok_table (id int); SELECT no_such_column FROM ok_table;", checksum: "b".repeat(64) };
      await expect(applyMigrations(url, [broken])).rejects.toThrow(/Migration 00000000000000_broken failed/);
      const tables = await queryOnce<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE tablename = 'ok_table'");
      expect(tables).toEqual([]);
      const recorded = await queryOnce(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '00000000000000_broken'`);
      expect(recorded).toEqual([]);
    });
  });
});
