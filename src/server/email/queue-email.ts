import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { DELIVER_EMAIL_QUEUE, deleteJobsByKey, enqueueEmailDelivery, getJobQueue } from "@/server/jobs/job-queue";
import { moveScheduledEmail, scheduleDraftEmail, type ScheduledEmail } from "./manage-emails";
import type { moveEmailInput, scheduleEmailInput } from "./schemas";

/**
 * Hands the email to the queue. The row is already committed: if this fails, the sweep
 * (every minute, and when a worker starts) queues it instead, so it is logged, not lost.
 */
async function queueEmail(email: ScheduledEmail, now: Date): Promise<{ id: string; scheduledFor: Date }> {
  try {
    await enqueueEmailDelivery(await getJobQueue(), email, now);
  } catch (error) {
    console.error(`Could not queue email ${email.id}; the sweep will pick it up.`, error);
  }
  return { id: email.id, scheduledFor: email.scheduledFor };
}

/** The client sends a draft now or at a time (scheduleDraftEmail), and the queue carries it out. */
export async function sendDraftEmail(db: Db, actor: Actor, input: z.infer<typeof scheduleEmailInput>, now: Date) {
  return queueEmail(await scheduleDraftEmail(db, actor, input, now), now);
}

/** A scheduled email moves (moveScheduledEmail), and so does its job. */
export async function rescheduleEmail(db: Db, actor: Actor, input: z.infer<typeof moveEmailInput>, now: Date) {
  return queueEmail(await moveScheduledEmail(db, actor, input, now), now);
}

/**
 * Drops the queue's jobs of these emails (whatever their state), once their rows are cancelled or
 * gone. Should this fail, a job that still runs finds its email gone and sends nothing.
 */
export async function dropEmailJobs(emailIds: string[]): Promise<void> {
  if (emailIds.length === 0) return;
  try {
    await deleteJobsByKey(await getJobQueue(), DELIVER_EMAIL_QUEUE, emailIds);
  } catch (error) {
    console.error("Could not drop the jobs of cancelled emails; each finds its email gone and sends nothing.", error);
  }
}
