// npm run db:migrate: applies prisma/migrations to DATABASE_URL, or to the embedded PGlite default.
import { resolveDatabase } from "../lib/database";
import { applyMigrations } from "./migrations";

const database = await resolveDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(
    applied.length === 0
      ? `Database is up to date (${database.kind}).`
      : `Applied ${applied.length} migration(s) to the ${database.kind} database:\n  ${applied.join("\n  ")}`,
  );
} finally {
  await database.release();
}
