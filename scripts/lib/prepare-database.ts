import { createPrismaClient } from "@/server/db/client";
import { getNow } from "@/server/clock";
import { applyMigrations } from "../db/migrations";
import { isDatabaseEmpty, seedDemoData } from "../db/seed-demo";

/**
 * Brings a database up to the current migrations and, when asked, loads the demo into
 * it if it has no users yet. Safe to run on every start: the second run does nothing.
 */
export async function prepareDatabase(url: string, options: { seedDemo: boolean; now?: Date }) {
  const applied = await applyMigrations(url);
  let seeded = false;
  if (options.seedDemo) {
    const db = createPrismaClient(url, { max: 1 });
    try {
      if (await isDatabaseEmpty(db)) {
        await seedDemoData(db, options.now ?? getNow());
        seeded = true;
      }
    } finally {
      await db.$disconnect();
    }
  }
  return { applied, seeded };
}
