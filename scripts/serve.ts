// `npm run dev` and `npm start`: provide the database, migrate it, load the demo into an
// empty embedded database, then run Next.js with DATABASE_URL pointing at it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { DEMO_USERS } from "./db/seed-demo";
import { getDataDir, resolveDatabase } from "./lib/database";
import { prepareDatabase } from "./lib/prepare-database";
import { buildRuntimeEnv } from "./lib/runtime-env";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|start");
  process.exit(2);
}
const port = process.env.PORT ?? "3000";

const database = await resolveDatabase();
if (database.kind === "shared") {
  console.error(
    `Another Followthrough process already serves the embedded database in ${getDataDir()}.\n` +
      "Stop it first, or set FOLLOWTHROUGH_DATA_DIR to use another folder.",
  );
  process.exit(1);
}

const { applied, seeded } = await prepareDatabase(database.url, {
  // Demo data goes only into the embedded default, never into a real database unless asked.
  seedDemo: database.kind === "embedded" || process.env.FOLLOWTHROUGH_SEED_DEMO === "1",
});
if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);

const runtimeEnv = buildRuntimeEnv({ dataDir: getDataDir(), port, embedded: database.kind === "embedded" });
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, mode, "--port", port], {
  stdio: "inherit",
  env: { ...process.env, ...runtimeEnv, DATABASE_URL: database.url },
});

const where = database.kind === "embedded" ? `the embedded database in ${getDataDir()}` : "DATABASE_URL";
console.log(`
Followthrough is starting at http://localhost:${port} on ${where}.
${seeded ? "The demo practice was loaded." : "The database already had data; nothing was seeded."}
Demo accounts:
${Object.values(DEMO_USERS)
  .map((user) => `  ${user.name.padEnd(14)} ${user.role === "COACH" ? "coach " : "client"}  ${user.email}`)
  .join("\n")}
Sign in with one of them at http://localhost:${port}/sign-in.${
  runtimeEnv.FOLLOWTHROUGH_OUTBOX === "1"
    ? ` Mail is not sent anywhere: the sign-in link is in the dev outbox, http://localhost:${port}/dev/outbox.`
    : ""
}
Stop with Ctrl+C. The data stays in the data folder for next time.
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
