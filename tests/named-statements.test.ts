import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { useTestDatabase } from "./support/database";

/** What this connection's session has prepared under our names (statement-names.ts). */
async function listPrepared(db: ReturnType<typeof createPrismaClient>) {
  return db.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'ft\\_%' ORDER BY name`;
}

describe("named prepared statements (issue 14)", () => {
  const { db: seeded, url } = useTestDatabase();

  it("a connection parses each statement once and reuses it by name, with the same answers as unnamed statements", async () => {
    await seeded.user.create({ data: { id: "u1", email: "one@example.com", name: "One", role: "CLIENT" } });
    // One connection, so the session asked about is the one that prepared them.
    const named = createPrismaClient(url, { max: 1, namedStatements: true });
    try {
      const first = await named.user.findMany({ where: { role: "CLIENT" }, select: { id: true, email: true } });
      const again = await named.user.findMany({ where: { role: "CLIENT" }, select: { id: true, email: true } });
      const other = await named.user.findUnique({ where: { id: "u1" }, select: { name: true } });
      expect(first).toEqual([{ id: "u1", email: "one@example.com" }]);
      expect(again).toEqual(first);
      expect(other).toEqual({ name: "One" });
      expect(await seeded.user.findMany({ where: { role: "CLIENT" }, select: { id: true, email: true } })).toEqual(first);

      const prepared = await listPrepared(named);
      // Two different reads, two statements: the repeated one was not prepared twice.
      const reads = prepared.filter((p) => p.statement.includes('"User"'));
      expect(reads).toHaveLength(2);
      expect(new Set(reads.map((p) => p.name)).size).toBe(2);
    } finally {
      // The embedded database keeps one session for every connection of the run: leave no names behind.
      await named.$executeRawUnsafe("DEALLOCATE ALL");
      await named.$disconnect();
    }
  });
});
