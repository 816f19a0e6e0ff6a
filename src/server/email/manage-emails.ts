import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { hasDueTodayReminders, readableDraftsWhere, readableEmailsWhere, readableInterviewsWhere, writableEmailsWhere, writableInterviewsWhere } from "@/server/access/policy";
import { getConfig } from "@/server/config";
import type { Db, DbOrTx } from "@/server/db/client";
import { findNearDuplicates } from "@/server/drafts/manage-drafts";
import { BadInputError, ConflictError, NotFoundError } from "@/server/errors";
import { atLocalTime } from "@/lib/civil-date";
import { loadPlannerSettings } from "@/server/practices/load-planner-settings";
import { textToEmailHtml } from "@/lib/text-to-email-html";
import { cancelEmailInput, moveEmailInput, reminderSettingInput, scheduleEmailInput, type SendTime } from "./schemas";
import { emailSummarySelect } from "./email-select";
import { findSendBlocker } from "./send-blocker";
import { describeUnfinished, findUnfinishedPassages } from "@/server/drafts/unfinished-passages";
import { buildClientSender } from "./sender-identity";
import { computeSendPresets, resolveSendPreset, type SendPreset } from "./send-presets";

/** Emails that are going, or have gone, out: a draft has at most one of these. */
export const LIVE_EMAIL_STATUSES = ["SCHEDULED", "SENDING", "SENT", "DELIVERED", "COMPLAINED"] as const;
const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

export type ScheduledEmail = { id: string; scheduleVersion: number; scheduledFor: Date };

/** The instant a send time means for this client: their zone, their practice's hours. */
async function resolveSendTime(tx: DbOrTx, when: SendTime, now: Date, client: { id: string; timeZone: string }): Promise<Date> {
  if (when.kind === "now") return now;
  let at: Date | null;
  if (when.kind === "preset") {
    const settings = await loadPlannerSettings(tx, client.id);
    at = resolveSendPreset(when.preset, now, client.timeZone, { tonight: settings.tonight, firstThing: settings.firstThing });
    if (!at) throw new ConflictError("Tonight's send time has passed. Send it now, or first thing tomorrow.");
  } else {
    const [date, time] = when.localTime.split("T") as [string, string];
    at = atLocalTime(date, time, client.timeZone);
  }
  if (at.getTime() < now.getTime() - 60_000) throw new BadInputError("Choose a time that is still ahead.");
  if (at.getTime() > now.getTime() + YEAR_MS) throw new BadInputError("Choose a time within the next year.");
  return at;
}

/**
 * The client sends a draft now or at a time. It may go out when approved (the approved
 * version), or, when the practice does not require review, as it stands. The email is
 * stored exactly as it will be sent; the job queue carries it out (see deliverEmail).
 */
export async function scheduleDraftEmail(db: Db, actor: Actor, input: z.infer<typeof scheduleEmailInput>, now: Date): Promise<ScheduledEmail> {
  return db.$transaction(async (tx) => {
    const draft = await tx.draft.findFirst({
      where: { AND: [{ id: input.draftId }, readableDraftsWhere(actor), { interview: writableInterviewsWhere(actor) }] },
      select: {
        id: true,
        kind: true,
        status: true,
        approvedVersion: true,
        overrideReason: true,
        taskId: true,
        recipientPersonId: true,
        referenceId: true,
        recipient: { select: { name: true, email: true } },
        reference: { select: { name: true, email: true } },
        versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, subject: true, body: true } },
        interview: {
          select: {
            client: {
              select: { id: true, name: true, email: true, timeZone: true, clientOf: { select: { practice: { select: { reviewRequired: true } } } } },
            },
          },
        },
      },
    });
    if (!draft) throw new NotFoundError("Draft");
    // Serialises sends of one draft, so two clicks cannot both pass the check below.
    await tx.$queryRaw`SELECT id FROM "Draft" WHERE id = ${draft.id} FOR UPDATE`;
    const live = await tx.email.findFirst({ where: { draftId: draft.id, status: { in: [...LIVE_EMAIL_STATUSES] } }, select: { status: true } });
    if (live) throw new ConflictError(live.status === "SCHEDULED" ? "This email is already scheduled. Move or cancel that send instead." : "This email has already been sent.");
    const version = draft.versions[0]!;
    const client = draft.interview.client;
    const to = draft.recipient ?? draft.reference;
    const blocker = findSendBlocker({
      kind: draft.kind,
      status: draft.status,
      approvedVersion: draft.approvedVersion,
      latestVersion: version.version,
      reviewRequired: client.clientOf.some((a) => a.practice.reviewRequired),
      unexplainedNearDuplicate: !draft.overrideReason && (await findNearDuplicates(tx, draft.id)).length > 0,
      recipient: to,
      unfinished: describeUnfinished(findUnfinishedPassages(version), "send it"),
    });
    if (blocker) throw new ConflictError(blocker);
    const scheduledFor = await resolveSendTime(tx, input.when, now, client);
    const sender = buildClientSender(client, getConfig().mailFromDomain);
    return tx.email.create({
      data: {
        kind: "DRAFT",
        clientId: client.id,
        draftId: draft.id,
        taskId: draft.taskId,
        recipientPersonId: draft.recipientPersonId,
        referenceId: draft.referenceId,
        fromAddress: sender.from,
        replyTo: sender.replyTo,
        toAddress: to!.email!,
        subject: version.subject,
        html: textToEmailHtml(version.body),
        text: version.body,
        contentVersion: version.version,
        scheduledFor,
        createdById: actor.id,
      },
      select: { id: true, scheduleVersion: true, scheduledFor: true },
    });
  });
}

async function findWritableEmail(tx: DbOrTx, actor: Actor, emailId: string) {
  const email = await tx.email.findFirst({
    where: { AND: [{ id: emailId }, writableEmailsWhere(actor)] },
    select: { id: true, status: true, client: { select: { id: true, timeZone: true } } },
  });
  if (!email) throw new NotFoundError("Email");
  return email;
}

function explainNotScheduled(status: string): string {
  if (status === "SENDING") return "This email is being sent right now; it can no longer be changed.";
  if (status === "CANCELLED") return "This send was cancelled.";
  return "This email has already gone out.";
}

/** Moves a scheduled send. Its old job finds a newer schedule version and does nothing. */
export async function moveScheduledEmail(db: Db, actor: Actor, input: z.infer<typeof moveEmailInput>, now: Date): Promise<ScheduledEmail> {
  return db.$transaction(async (tx) => {
    const email = await findWritableEmail(tx, actor, input.emailId);
    const scheduledFor = await resolveSendTime(tx, input.when, now, email.client);
    // Conditional on SCHEDULED: a worker may have claimed it since it was read.
    const { count } = await tx.email.updateMany({
      where: { AND: [{ id: email.id, status: "SCHEDULED" }, writableEmailsWhere(actor)] },
      data: { scheduledFor, scheduleVersion: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(explainNotScheduled(email.status === "SCHEDULED" ? "SENDING" : email.status));
    return tx.email.findUniqueOrThrow({ where: { id: email.id }, select: { id: true, scheduleVersion: true, scheduledFor: true } });
  });
}

export async function cancelScheduledEmail(db: Db, actor: Actor, input: z.infer<typeof cancelEmailInput>, now: Date): Promise<{ id: string }> {
  const email = await findWritableEmail(db, actor, input.emailId);
  const { count } = await db.email.updateMany({
    where: { AND: [{ id: email.id, status: "SCHEDULED" }, writableEmailsWhere(actor)] },
    data: { status: "CANCELLED", cancelledAt: now },
  });
  if (count === 0) throw new ConflictError(explainNotScheduled(email.status === "SCHEDULED" ? "SENDING" : email.status));
  return { id: email.id };
}

/**
 * Before a client's account is deleted, in the deleting transaction: every send still ahead is
 * cancelled, so no job sends it. The rows are locked as a worker's claim locks them, so a
 * worker either claims an email before this (and the deletion waits for a fresh claim to
 * finish: the email is already with the provider) or finds it cancelled, then gone. A claim
 * older than the lease belongs to a worker that died and is cancelled like a scheduled send.
 * Returns the ids of all the client's emails, whose jobs the queue then drops.
 */
export async function cancelEmailsOfLeavingClient(tx: DbOrTx, clientId: string, now: Date, leaseMs: number): Promise<string[]> {
  const emails = await tx.$queryRaw<{ id: string; status: string; claimedAt: Date | null }[]>`
    SELECT id, status::text, "claimedAt" FROM "Email" WHERE "clientId" = ${clientId} ORDER BY id FOR UPDATE`;
  const staleBefore = now.getTime() - leaseMs;
  if (emails.some((e) => e.status === "SENDING" && e.claimedAt && e.claimedAt.getTime() >= staleBefore)) {
    throw new ConflictError("One of your emails is being sent right now. Try again in a minute.");
  }
  const cancelling = emails.filter((e) => e.status === "SCHEDULED" || e.status === "SENDING").map((e) => e.id);
  if (cancelling.length > 0) {
    await tx.email.updateMany({ where: { id: { in: cancelling }, clientId }, data: { status: "CANCELLED", cancelledAt: now, claimedAt: null } });
  }
  return emails.map((e) => e.id);
}

/** The emails of one interview's drafts, for the client and the coaches who read the interview. */
export async function listInterviewEmails(db: DbOrTx, actor: Actor, interviewId: string) {
  return db.email.findMany({
    where: { AND: [{ draft: { interviewId, interview: readableInterviewsWhere(actor) } }, readableEmailsWhere(actor)] },
    orderBy: { createdAt: "desc" },
    select: { ...emailSummarySelect, draft: { select: { recipient: { select: { name: true } }, reference: { select: { name: true } } } } },
  });
}

/** The client's opt-in "due today" reminder email. */
export async function setDueTodayReminders(db: Db, actor: Actor, { enabled }: z.infer<typeof reminderSettingInput>): Promise<{ enabled: boolean }> {
  if (!hasDueTodayReminders(actor)) throw new NotFoundError("Reminder setting");
  await db.user.update({ where: { id: actor.id }, data: { dueTodayReminders: enabled } });
  return { enabled };
}

/** What the draft page needs to offer sending: the plan's presets and whether review is required. */
export async function loadSendContext(db: DbOrTx, client: { id: string; timeZone: string }, now: Date): Promise<{ presets: SendPreset[]; reviewRequired: boolean }> {
  const [settings, reviewing] = await Promise.all([
    loadPlannerSettings(db, client.id),
    db.coachClient.count({ where: { clientId: client.id, practice: { reviewRequired: true } } }),
  ]);
  return { presets: computeSendPresets(now, client.timeZone, { tonight: settings.tonight, firstThing: settings.firstThing }), reviewRequired: reviewing > 0 };
}

export async function getDueTodayReminders(db: DbOrTx, actor: Actor): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { dueTodayReminders: true } });
  return user.dueTodayReminders;
}
