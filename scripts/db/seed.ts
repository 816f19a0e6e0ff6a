// npm run db:seed: loads the demo practice into an empty database. `-- --force` loads it
// even when users exist (it fails if the demo accounts are already there).
import { createPrismaClient } from "@/server/db/client";
import { getNow } from "@/server/clock";
import { resolveDatabase } from "../lib/database";
import { isDatabaseEmpty, seedDemoData } from "./seed-demo";

const force = process.argv.includes("--force");
const database = await resolveDatabase();
const db = createPrismaClient(database.url, { max: 1 });
try {
  if (!force && !(await isDatabaseEmpty(db))) {
    console.log("The database already has users; the demo was not loaded again. Use -- --force to load it anyway.");
  } else {
    await seedDemoData(db, getNow());
    console.log("Loaded the demo practice.");
  }
} finally {
  await db.$disconnect();
  await database.release();
}
