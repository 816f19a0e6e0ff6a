import "server-only";
import type { JobResult } from "pg-boss";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { deliverEmails, type FaultPoint } from "@/server/email/deliver-email";
import { sendDigestBatch, type DigestFaultPoint } from "@/server/digests/digest-batches";
import { findNextScheduledTime, sweepDigests, sweepEmails } from "@/server/email/sweep-emails";
import { findUnfinishedReplans, runReplan } from "@/server/tasks/replan-in-batches";
import { startDueAlarm } from "./due-alarm";
import { DELIVER_EMAIL_QUEUE, DIGEST_BATCH_QUEUE, enqueueReplan, REPLAN_QUEUE, SWEEP_QUEUE, type JobQueue } from "./job-queue";
import { getJobSettings } from "./job-settings";

const deliverJobData = z.object({ emailId: z.string().min(1), scheduleVersion: z.number().int().positive() });
const digestJobData = z.object({ batchId: z.string().min(1) });
const replanJobData = z.object({ scope: z.string().min(1) });

/** Queues a job for every unfinished re-plan run (one whose queuing failed, or whose worker died). */
async function sweepReplans(db: Db, boss: JobQueue): Promise<{ replans: number }> {
  const scopes = await findUnfinishedReplans(db);
  for (const scope of scopes) await enqueueReplan(boss, scope);
  return { replans: scopes.length };
}

export type WorkerOptions = {
  db: Db;
  boss: JobQueue;
  getNow: () => Date;
  reachFaultPoint?: (point: FaultPoint | DigestFaultPoint, id: string) => Promise<void>;
  log?: (message: string) => void;
};

/**
 * The email worker: sends due emails and runs the sweep every minute. It runs inside
 * the web server in the embedded default, and on its own (`npm run worker`) in production;
 * any number of them may share one database.
 */
export async function startEmailWorker({ db, boss, getNow, reachFaultPoint, log = () => {} }: WorkerOptions): Promise<{ stop: () => Promise<void> }> {
  const settings = getJobSettings();
  const leaseMs = settings.expireInSeconds * 1000;
  // A worker takes up to `concurrency` due emails a fetch and sends them side by side; while
  // fetches come back full it fetches again at once, so a minute with 1,000 due emails drains
  // in seconds rather than one email per poll.
  const deliveryOptions = {
    includeMetadata: true,
    perJobResults: true,
    batchSize: settings.concurrency,
    burstWhenBatchFull: true,
    pollingIntervalSeconds: settings.pollSeconds,
  } as const;
  const deliveryWorkerId = await boss.work(DELIVER_EMAIL_QUEUE, deliveryOptions, async (jobs): Promise<JobResult[]> => {
    const parsed = jobs.map((job) => ({ job, data: deliverJobData.safeParse(job.data) }));
    const valid = parsed.flatMap(({ job, data }) => (data.success ? [{ ...data.data, jobId: job.id, isLastAttempt: job.retryCount >= job.retryLimit }] : []));
    const settled = await deliverEmails(db, valid, { now: getNow(), leaseMs, reachFaultPoint });
    const byJob = new Map(valid.map((job, index) => [job.jobId, settled[index]!]));
    return parsed.map(({ job, data }) => {
      const result = byJob.get(job.id);
      if (!data.success || !result) return { id: job.id, status: "failed", output: { message: "Not an email delivery job." } };
      if (result.status === "rejected") {
        // A failed attempt: pg-boss retries it after its back-off (429, 5xx, a claim still held).
        return { id: job.id, status: "failed", output: { message: (result.reason as Error).message } };
      }
      log(`email ${data.data.emailId}: ${result.value.outcome}`);
      return { id: job.id, status: "completed", output: result.value };
    });
  });
  const alarm = startDueAlarm({
    findNextDue: (now, until) => findNextScheduledTime(db, now, until),
    getNow,
    wake: () => boss.notifyWorker(deliveryWorkerId),
    lookEveryMs: settings.pollSeconds * 1000,
    onError: (error) => console.error("[worker] due alarm:", error),
  });
  // One batch at a time per worker: each is one call, paced to the provider's rate limit.
  await boss.work(DIGEST_BATCH_QUEUE, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: settings.pollSeconds }, async ([job]) => {
    if (!job) return null;
    const { batchId } = digestJobData.parse(job.data);
    const result = await sendDigestBatch(db, batchId, { now: getNow(), isLastAttempt: job.retryCount >= job.retryLimit, reachFaultPoint });
    log(`digest batch ${batchId}: ${result.sent} sent, ${result.refused} refused, ${result.empty} empty`);
    return result;
  });
  // Re-plans after a settings or zone change: batch by batch, each its own short transaction.
  // Not time-critical, and every poll is a query on the (embedded, one-session) database: a slower poll.
  await boss.work(REPLAN_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(2, settings.pollSeconds) }, async ([job]) => {
    if (!job) return null;
    const { scope } = replanJobData.parse(job.data);
    const result = await runReplan(db, scope, getNow);
    log(`re-plan ${scope}: ${result.replanned} interviews in ${result.batches} batches`);
    return result;
  });
  // Each part on its own: a failure in one (logged) does not stop the others, nor the worker.
  const sweep = async () => {
    const parts = await Promise.allSettled([sweepEmails(db, boss, getNow(), { leaseMs }), sweepDigests(db, boss, getNow()), sweepReplans(db, boss)]);
    for (const part of parts) if (part.status === "rejected") console.error("[worker] sweep:", part.reason);
    return parts.map((part) => (part.status === "fulfilled" ? part.value : { error: String(part.reason) }));
  };
  await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, sweep);
  await boss.schedule(SWEEP_QUEUE, "* * * * *");
  // At once, too: whatever came due while no worker ran goes out now, not in a minute.
  await sweep();
  return {
    stop: async () => {
      alarm.stop();
      await boss.offWork(DELIVER_EMAIL_QUEUE);
      await boss.offWork(SWEEP_QUEUE);
      await boss.offWork(DIGEST_BATCH_QUEUE);
      await boss.offWork(REPLAN_QUEUE);
    },
  };
}
