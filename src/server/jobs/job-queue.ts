import "server-only";
import { PgBoss } from "pg-boss";
import { getJobSettings, type JobSettings } from "./job-settings";

/** Sends one email. One job per email at a time: the queue's "exclusive" policy keyed by email id. */
export const DELIVER_EMAIL_QUEUE = "email-deliver";
/** Every minute: enqueue what is due and has no job (lost jobs, due reminders, digest batches). */
export const SWEEP_QUEUE = "email-sweep";
/** Sends one batch of weekly digests (one job per batch). */
export const DIGEST_BATCH_QUEUE = "digest-batch";

/** Re-plans every interview of a practice or a client, in batches. One queued and one running per scope ("stately"). */
export const REPLAN_QUEUE = "plan-replan";

export type DeliverEmailJob = { emailId: string; scheduleVersion: number };
export type JobQueue = PgBoss;

export function createJobQueue(connectionString: string, settings = getJobSettings()): JobQueue {
  return new PgBoss({
    connectionString,
    // A small pool: the embedded database serves one session at a time anyway.
    max: 4,
    application_name: "followthrough-jobs",
    superviseIntervalSeconds: settings.superviseSeconds,
    monitorIntervalSeconds: settings.superviseSeconds,
  });
}

async function ensureQueues(boss: JobQueue, settings: JobSettings): Promise<void> {
  const deliver = {
    policy: "exclusive",
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: settings.expireInSeconds,
  } as const;
  const sweep = { policy: "exclusive", retryLimit: 0, expireInSeconds: Math.max(60, settings.expireInSeconds) } as const;
  // A change saved while its scope's re-plan runs queues one more job, which picks up the newest run.
  const replan = { ...deliver, policy: "stately" } as const;
  const queues = [[DELIVER_EMAIL_QUEUE, deliver], [DIGEST_BATCH_QUEUE, deliver], [SWEEP_QUEUE, sweep], [REPLAN_QUEUE, replan]] as const;
  for (const [name, { policy, ...options }] of queues) {
    // A queue's policy is fixed at creation; its timings follow today's settings.
    if (await boss.getQueue(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, { policy, ...options });
  }
}

/** Starts pg-boss (installing or migrating its schema) and makes sure the queues exist with today's settings. */
export async function startJobQueue(boss: JobQueue, settings = getJobSettings()): Promise<JobQueue> {
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  await ensureQueues(boss, settings);
  return boss;
}

const globalJobs = globalThis as unknown as { followthroughJobs?: Promise<JobQueue> };

/** The process's queue on DATABASE_URL, started on first use. Kept on globalThis across module copies. */
export function getJobQueue(): Promise<JobQueue> {
  if (!globalJobs.followthroughJobs) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; the job queue lives in the app's database.");
    globalJobs.followthroughJobs = startJobQueue(createJobQueue(url)).catch((error: unknown) => {
      globalJobs.followthroughJobs = undefined;
      throw error;
    });
  }
  return globalJobs.followthroughJobs;
}

/**
 * Queues (or moves) the delivery of an email. The email's time is on the app's clock,
 * which tests may have moved; the queue runs on the real one, so the job starts after
 * the same distance from the real now.
 */
export async function enqueueEmailDelivery(boss: JobQueue, email: { id: string; scheduleVersion: number; scheduledFor: Date }, now: Date): Promise<void> {
  const delayMs = Math.max(0, email.scheduledFor.getTime() - now.getTime());
  const data: DeliverEmailJob = { emailId: email.id, scheduleVersion: email.scheduleVersion };
  await boss.upsert(DELIVER_EMAIL_QUEUE, data, { singletonKey: email.id, startAfter: new Date(Date.now() + delayMs) });
}

/** Queues a digest batch; the queue keeps one job per batch, so queuing it twice adds nothing. */
export async function enqueueDigestBatch(boss: JobQueue, batchId: string): Promise<void> {
  await boss.send(DIGEST_BATCH_QUEUE, { batchId }, { singletonKey: batchId });
}

/** Queues the re-plan of a scope (see src/server/tasks/replan-in-batches.ts); the job reads the newest run when it starts. */
export async function enqueueReplan(boss: JobQueue, scope: string): Promise<void> {
  await boss.send(REPLAN_QUEUE, { scope }, { singletonKey: scope });
}

/**
 * Queues a re-plan after its run was committed. If queuing fails, the sweep (every minute, and
 * when a worker starts) queues every unfinished run instead, so it is logged, not lost.
 */
export async function queueReplan(scope: string): Promise<void> {
  try {
    await enqueueReplan(await getJobQueue(), scope);
  } catch (error) {
    console.error(`Could not queue the re-plan of ${scope}; the sweep will pick it up.`, error);
  }
}

/** pg-boss's schema: createJobQueue leaves it at pg-boss's default. */
const JOB_SCHEMA = "pgboss";

/**
 * Deletes a queue's jobs by their singleton keys (an email id, a re-plan scope), whatever their
 * state, in two statements however many keys: pg-boss's findJobs takes one key at a time, so
 * the ids are read from its job table in one statement, then deleted through pg-boss.
 */
export async function deleteJobsByKey(boss: JobQueue, name: string, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  const { rows } = await boss.getDb().executeSql(`SELECT id FROM ${JOB_SCHEMA}.job WHERE name = $1 AND singleton_key = ANY($2::text[])`, [name, keys]);
  const ids = (rows as { id: string }[]).map((row) => row.id);
  if (ids.length > 0) await boss.deleteJob(name, ids);
}
