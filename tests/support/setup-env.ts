import { inject } from "vitest";

// The app's `db` reads DATABASE_URL on first use; point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
// As `npm start` says it (scripts/lib/runtime-env.ts): the app's `db` names its statements on PostgreSQL only.
process.env.FOLLOWTHROUGH_DATABASE_KIND = inject("databaseKind") === "postgres" ? "postgresql" : "embedded";
// Auth.js and the sign-in link hash need a secret; tests use a fixed one.
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-not-for-any-deployment";
process.env.APP_URL = "http://localhost:3999";
