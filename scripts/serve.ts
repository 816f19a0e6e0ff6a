// `npm run dev` and `npm start`: check the settings, provide the database, migrate it, load
// the demo where asked, then run Next.js with DATABASE_URL pointing at it. `dev` runs
// `next dev`; `start` runs the production build behind scripts/web-server.mjs, which decides
// the client's address from the socket (or the trusted proxies) rather than from headers.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { DEMO_USERS } from "./db/seed-demo";
import { DataDirInUseError, lockDataDir, type DataDirLock } from "./lib/data-dir-lock";
import { getDataDir, openEmbeddedDatabase, resolveDatabase } from "./lib/database";
import { prepareDatabase } from "./lib/prepare-database";
import { resolveServeSettings, usesEmbeddedDatabase } from "./lib/runtime-env";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|start");
  process.exit(2);
}
const port = process.env.PORT ?? "3000";

// The data folder is locked before anything in it is read or written (the generated secret
// too): a second `npm run dev` on the same folder stops here and leaves it alone.
let dataDirLock: DataDirLock | undefined;
if (usesEmbeddedDatabase(mode)) {
  try {
    dataDirLock = lockDataDir(getDataDir());
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const settings = resolveServeSettings({ mode, dataDir: getDataDir(), port });
if (settings.problems.length > 0) {
  console.error(`npm ${mode === "dev" ? "run dev" : "start"} cannot start. Set these in the environment (see README, "Deploying"):`);
  for (const problem of settings.problems) console.error(`  - ${problem}`);
  process.exit(2);
}
for (const warning of settings.warnings) console.warn(`WARNING: ${warning}`);

const database = dataDirLock ? await openEmbeddedDatabase(dataDirLock) : await resolveDatabase();

const { applied, seeded } = await prepareDatabase(database.url, { seedDemo: settings.seedDemo });
if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);

const runtimeEnv = settings.env;
const require = createRequire(import.meta.url);
// The production server's young generation: V8's semi-spaces at 64 MB instead of 16 MB. Rendering a page allocates a
// few megabytes that die with the request; with the default, scavenges were 7% of the server's time under load and
// the client dashboard's CPU per request fell by about a tenth with the larger space, the bare floor's not at all
// (issue 14, docs/PERFORMANCE.md). It costs up to about 150 MB more memory per server.
const PRODUCTION_NODE_FLAGS = ["--max-semi-space-size=64"];
const args =
  mode === "dev" ? [require.resolve("next/dist/bin/next"), "dev", "--port", port] : [...PRODUCTION_NODE_FLAGS, path.join(import.meta.dirname, "web-server.mjs")];
const child = spawn(process.execPath, args, {
  stdio: "inherit",
  env: { ...process.env, ...runtimeEnv, PORT: port, DATABASE_URL: database.url, ...(mode === "start" ? { NODE_ENV: "production" } : {}) },
});

const where = database.kind === "embedded" ? `the embedded database in ${getDataDir()}` : "DATABASE_URL";
const demoAccounts = Object.values(DEMO_USERS)
  .map((user) => `  ${user.name.padEnd(14)} ${user.role === "COACH" ? "coach " : "client"}  ${user.email}`)
  .join("\n");
console.log(`
Followthrough is starting at http://localhost:${port} on ${where}${mode === "start" ? `, for ${process.env.APP_URL}` : ""}.${
  settings.seedDemo
    ? `
${seeded ? "The demo practice was loaded." : "The database already had data; nothing was seeded."} Demo accounts:
${demoAccounts}
Sign in with one of them at http://localhost:${port}/sign-in.`
    : ""
}${
  runtimeEnv.FOLLOWTHROUGH_OUTBOX === "1"
    ? ` Mail is not sent anywhere: the sign-in link is in the dev outbox, http://localhost:${port}/dev/outbox.`
    : ""
}
Stop with Ctrl+C.${database.kind === "embedded" ? " The data stays in the data folder for next time." : ""}
`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  await database.release();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));
