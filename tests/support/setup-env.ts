import { inject } from "vitest";

// The app's `db` reads DATABASE_URL on first use; point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
// Auth.js and the sign-in link hash need a secret; tests use a fixed one.
process.env.AUTH_SECRET ??= "test-secret-for-vitest-only-not-for-any-deployment";
process.env.APP_URL = "http://localhost:3999";
