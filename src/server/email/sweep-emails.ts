import "server-only";
import type { Db } from "@/server/db/client";
import { findUnsentDigestBatches, planDigestBatches } from "@/server/digests/digest-batches";
import { DELIVER_EMAIL_QUEUE, enqueueDigestBatch, enqueueEmailDelivery, type JobQueue } from "@/server/jobs/job-queue";
import { queueDueTodayReminders } from "./due-today-reminders";

/**
 * The safety net under the queue, run every minute, when a worker starts and when a test
 * moves the clock. Every email the database says should be going out gets a job: one whose
 * enqueue failed after its row was written, one whose worker died on its last attempt, and
 * one the test clock has made due. The queue keeps one job per email, so this never adds
 * a second; an existing job keeps its back-off.
 */
export async function sweepEmails(db: Db, boss: JobQueue, now: Date, options: { leaseMs: number }): Promise<{ enqueued: number }> {
  try {
    await queueDueTodayReminders(db, now);
  } catch (error) {
    // Reminders are a nicety; re-queuing lost emails below must happen regardless.
    console.error("[sweep] reminders:", error);
  }
  const due = await db.email.findMany({
    where: {
      OR: [
        { status: "SCHEDULED", scheduledFor: { lte: now } },
        { status: "SENDING", OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - options.leaseMs) } }] },
      ],
    },
    orderBy: { scheduledFor: "asc" },
    take: 1000,
    select: { id: true, status: true, scheduleVersion: true, scheduledFor: true },
  });
  for (const email of due) {
    if (email.status === "SCHEDULED") {
      // Brings a job forward to now when the test clock jumped past its real-time start.
      await enqueueEmailDelivery(boss, { ...email, scheduledFor: now }, now);
    } else {
      // A SENDING email with a job in retry keeps its back-off: send() adds nothing then.
      await boss.send(DELIVER_EMAIL_QUEUE, { emailId: email.id, scheduleVersion: email.scheduleVersion }, { singletonKey: email.id });
    }
  }
  return { enqueued: due.length };
}

/**
 * How many emails are due at `now` and not yet handed to the provider. Zero means every email
 * the clock has made due went out (or failed for good): what a test waits for, instead of a
 * pause, before it checks that something was NOT sent.
 */
export async function countEmailsDue(db: Db, now: Date): Promise<number> {
  return db.email.count({ where: { OR: [{ status: "SCHEDULED", scheduledFor: { lte: now } }, { status: "SENDING" }] } });
}

/** When the next scheduled email falls due after `now`, up to `until` (the worker's alarm). */
export async function findNextScheduledTime(db: Db, now: Date, until: Date): Promise<Date | null> {
  const next = await db.email.findFirst({
    where: { status: "SCHEDULED", scheduledFor: { gt: now, lte: until } },
    orderBy: { scheduledFor: "asc" },
    select: { scheduledFor: true },
  });
  return next?.scheduledFor ?? null;
}

/** Forms this minute's digest batches and queues every batch not yet sent. */
export async function sweepDigests(db: Db, boss: JobQueue, now: Date): Promise<{ batches: number }> {
  await planDigestBatches(db, now);
  const unsent = await findUnsentDigestBatches(db);
  for (const batchId of unsent) await enqueueDigestBatch(boss, batchId);
  return { batches: unsent.length };
}
