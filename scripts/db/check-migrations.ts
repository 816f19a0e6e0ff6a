// npm run db:check: fails when prisma/schema.prisma and prisma/migrations disagree.
// `--schema <file>` and `--migrations <dir>` check another pair (the tests use them).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./migrations";
import { diffSchemaAgainstMigrations } from "./schema-diff";

const { values } = parseArgs({
  options: { schema: { type: "string", default: SCHEMA_PATH }, migrations: { type: "string", default: MIGRATIONS_DIR } },
});
const sql = await diffSchemaAgainstMigrations(readFileSync(values.schema, "utf8"), values.migrations);
if (sql.trim()) {
  console.error("prisma/schema.prisma has changes that no migration contains. Run npm run db:new -- <name>.\n");
  console.error(sql);
  process.exit(1);
}
console.log("Schema and migrations agree.");
process.exit(0);
