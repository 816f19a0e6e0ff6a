// Holds a data folder the way `npm run dev` does (lock, then open and serve PGlite), as a
// process of its own for tests/pglite-server.test.ts. Prints one JSON line once it serves.
import { lockDataDir } from "../../scripts/lib/data-dir-lock";
import { getDataDir, openEmbeddedDatabase } from "../../scripts/lib/database";

const database = await openEmbeddedDatabase(lockDataDir(getDataDir()));
console.log(JSON.stringify({ pid: process.pid, url: database.url }));
process.once("SIGTERM", () => void database.release().then(() => process.exit(0)));
