import { z } from "zod";
import type { Db } from "@/server/db/client";
import { deliverEmail, type FaultPoint } from "@/server/email/deliver-email";
import { sweepEmails } from "@/server/email/sweep-emails";
import { DELIVER_EMAIL_QUEUE, SWEEP_QUEUE, type JobQueue } from "./job-queue";
import { getJobSettings } from "./job-settings";

const deliverJobData = z.object({ emailId: z.string().min(1), scheduleVersion: z.number().int().positive() });

export type WorkerOptions = {
  db: Db;
  boss: JobQueue;
  getNow: () => Date;
  reachFaultPoint?: (point: FaultPoint, emailId: string) => Promise<void>;
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
  const deliveryOptions = {
    includeMetadata: true,
    batchSize: 1,
    localConcurrency: settings.concurrency,
    pollingIntervalSeconds: settings.pollSeconds,
  } as const;
  await boss.work(DELIVER_EMAIL_QUEUE, deliveryOptions, async ([job]) => {
    if (!job) return null;
    const data = deliverJobData.parse(job.data);
    const result = await deliverEmail(db, data, { now: getNow(), isLastAttempt: job.retryCount >= job.retryLimit, leaseMs, reachFaultPoint });
    log(`email ${data.emailId}: ${result.outcome}`);
    return result;
  });
  await boss.work(SWEEP_QUEUE, { pollingIntervalSeconds: 5 }, async () => sweepEmails(db, boss, getNow(), { leaseMs }));
  await boss.schedule(SWEEP_QUEUE, "* * * * *");
  // At once, too: whatever came due while no worker ran goes out now, not in a minute.
  await sweepEmails(db, boss, getNow(), { leaseMs });
  return {
    stop: async () => {
      await boss.offWork(DELIVER_EMAIL_QUEUE);
      await boss.offWork(SWEEP_QUEUE);
    },
  };
}
