"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/server/access/actor";
import { getCurrentActor } from "@/server/auth/session";
import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { toActionErrorMessage } from "@/server/internal-errors";
import { enqueueEmailDelivery, getJobQueue } from "@/server/jobs/job-queue";
import { cancelScheduledEmail, moveScheduledEmail, scheduleDraftEmail, setDueTodayReminders, type ScheduledEmail } from "./manage-emails";

export type EmailActionResult = { ok: true; scheduledFor?: string } | { ok: false; error: string };

/** Runs a service for the signed-in person and turns its typed errors into a message for the page. */
async function runAction(where: string, work: (actor: Actor, now: Date) => Promise<EmailActionResult>): Promise<EmailActionResult> {
  const actor = await getCurrentActor();
  if (!actor) return { ok: false, error: "Your session has ended. Sign in again." };
  try {
    return await work(actor, getNow());
  } catch (error) {
    return { ok: false, error: toActionErrorMessage(error, where) };
  }
}

/**
 * Hands the email to the queue. The row is already committed: if this fails, the sweep
 * (every minute, and when a worker starts) queues it instead, so it is logged, not lost.
 */
async function queueDelivery(email: ScheduledEmail, now: Date): Promise<EmailActionResult> {
  try {
    await enqueueEmailDelivery(await getJobQueue(), email, now);
  } catch (error) {
    console.error(`Could not queue email ${email.id}; the sweep will pick it up.`, error);
  }
  revalidatePath("/", "layout");
  return { ok: true, scheduledFor: email.scheduledFor.toISOString() };
}

export async function scheduleDraftEmailAction(input: unknown): Promise<EmailActionResult> {
  return runAction("Scheduling an email", async (actor, now) => queueDelivery(await scheduleDraftEmail(db, actor, input, now), now));
}

export async function moveScheduledEmailAction(input: unknown): Promise<EmailActionResult> {
  return runAction("Moving an email", async (actor, now) => queueDelivery(await moveScheduledEmail(db, actor, input, now), now));
}

export async function cancelScheduledEmailAction(input: unknown): Promise<EmailActionResult> {
  return runAction("Cancelling an email", async (actor, now) => {
    await cancelScheduledEmail(db, actor, input, now);
    revalidatePath("/", "layout");
    return { ok: true };
  });
}

export async function setDueTodayRemindersAction(input: unknown): Promise<EmailActionResult> {
  return runAction("Saving the reminder setting", async (actor) => {
    await setDueTodayReminders(db, actor, input);
    revalidatePath("/settings");
    return { ok: true };
  });
}
