// `npm run worker`: the email worker on its own, for production. Run one or several beside
// the web server, all on the app's PostgreSQL (DATABASE_URL); they never send twice.
import { getNow } from "@/server/clock";
import { createPrismaClient } from "@/server/db/client";
import { createFaultPoint } from "@/server/jobs/fault-points";
import { createJobQueue, startJobQueue } from "@/server/jobs/job-queue";
import { getJobSettings } from "@/server/jobs/job-settings";
import { startEmailWorker } from "@/server/jobs/run-worker";
import { findWorkerProblems } from "./lib/runtime-env";

const problems = findWorkerProblems();
if (problems.length > 0) {
  console.error("npm run worker cannot start. Set these in the environment (see README, \"Deploying\"):");
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(2);
}
const url = process.env.DATABASE_URL!;

// A connection for each email in flight, and two for the rest (sweep, digests).
const db = createPrismaClient(url, { max: getJobSettings().concurrency + 2 });
const boss = await startJobQueue(createJobQueue(url));
const worker = await startEmailWorker({ db, boss, getNow, reachFaultPoint: createFaultPoint(), log: (m) => console.log(`[worker] ${m}`) });
console.log("WORKER_READY");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await worker.stop();
  // Graceful: jobs in hand finish (or expire and are retried by another worker).
  await boss.stop({ graceful: true, timeout: 15_000 });
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
