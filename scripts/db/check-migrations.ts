// npm run db:check: fails when prisma/schema.prisma and prisma/migrations disagree.
import { diffSchemaAgainstMigrations } from "./schema-diff";

const sql = await diffSchemaAgainstMigrations();
if (sql.trim()) {
  console.error("prisma/schema.prisma has changes that no migration contains. Run npm run db:new -- <name>.\n");
  console.error(sql);
  process.exit(1);
}
console.log("Schema and migrations agree.");
process.exit(0);
