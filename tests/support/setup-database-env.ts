import { inject } from "vitest";

// The app's `db` reads DATABASE_URL on first use; point it at the test database.
process.env.DATABASE_URL = inject("databaseUrl");
