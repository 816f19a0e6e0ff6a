import { defineConfig } from "prisma/config";

// Prisma's CLI is only used for `prisma generate` here; migrations are applied by
// scripts/db (see README), because the native schema engine cannot be downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
