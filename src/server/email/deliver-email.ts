import "server-only";
import type { Db, DbOrTx } from "@/server/db/client";
import { MailDeliveryError, sendMail } from "@/server/mail/send-mail";
import { describeInterview, notifyUsers } from "@/server/notifications/manage-notifications";
import { closeTasksAfterSend, type SentEmail } from "@/server/tasks/close-tasks";
import { buildIdempotencyKey } from "./sender-identity";

export type FaultPoint = "before-provider" | "after-provider";

export type DeliveryContext = {
  now: Date;
  /** pg-boss will not retry this job again: a retryable error now fails the email. */
  isLastAttempt: boolean;
  /** A claim older than this belongs to a worker that died; it may be taken over. */
  leaseMs: number;
  /** Test-only fault points (the fault test stops the worker there and kills it). */
  reachFaultPoint?: (point: FaultPoint, emailId: string) => Promise<void>;
};

export type DeliveryOutcome =
  | { outcome: "sent"; providerId: string }
  | { outcome: "failed"; reason: string }
  | { outcome: "skipped"; status: string }
  | { outcome: "not-due"; scheduledFor: Date };

/** Another worker holds a fresh claim on this email; the job tries again later. */
export class DeliveryInProgressError extends Error {
  constructor(emailId: string) {
    super(`Email ${emailId} is being sent by another worker.`);
    this.name = "DeliveryInProgressError";
  }
}

/** Resend keeps idempotency keys for 24 hours; after that a resend could be a second email. */
const PROVIDER_KEY_MEMORY_MS = 23 * 60 * 60 * 1000;

type ClaimedEmail = {
  id: string;
  clientId: string;
  draftId: string | null;
  taskId: string | null;
  fromAddress: string;
  toAddress: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  kind: string;
  contentVersion: number;
  previousClaimAt: Date | null;
};

async function notifyFailure(tx: DbOrTx, email: { clientId: string; draftId: string | null; toAddress: string; subject: string }, reason: string) {
  const draft = email.draftId
    ? await tx.draft.findUnique({
        where: { id: email.draftId },
        select: { id: true, interviewId: true, recipient: { select: { name: true } }, reference: { select: { name: true } }, interview: { select: { company: true, jobTitle: true } } },
      })
    : null;
  const [client, coaches] = await Promise.all([
    tx.user.findUnique({ where: { id: email.clientId }, select: { name: true, email: true } }),
    tx.coachClient.findMany({ where: { clientId: email.clientId }, select: { coachId: true } }),
  ]);
  const to = draft?.recipient?.name ?? draft?.reference?.name ?? email.toAddress;
  const about = draft ? ` (${describeInterview(draft.interview)})` : "";
  const what = `email "${email.subject}" to ${to}${about} could not be sent: ${reason}`;
  const href = draft ? `/drafts/${draft.id}` : null;
  const interviewId = draft?.interviewId ?? null;
  const coachIds = [...new Set(coaches.map((c) => c.coachId))].filter((id) => id !== email.clientId);
  await notifyUsers(tx, [
    { userId: email.clientId, kind: "EMAIL_FAILED", message: `Your ${what}`, interviewId, href },
    ...coachIds.map((userId) => ({ userId, kind: "EMAIL_FAILED", message: `${client?.name ?? client?.email ?? "Your client"}'s ${what}`, interviewId, href })),
  ]);
}

async function markFailed(db: Db, email: { id: string; clientId: string; draftId: string | null; toAddress: string; subject: string }, reason: string, now: Date) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.email.updateMany({
      where: { id: email.id, status: "SENDING" },
      data: { status: "FAILED", failedAt: now, failureReason: reason, claimedAt: null },
    });
    if (count > 0) await notifyFailure(tx, email, reason);
  });
}

/**
 * Records that the provider accepted these emails, in one statement for the whole fetch (one
 * round trip, all or nothing). The unique idempotency key in EmailSend is the guard: the same
 * content version is recorded as sent once, whoever gets here. Each email's draft is sent.
 * Then the tasks service closes the tasks each email's draft satisfies and re-plans its interview, in a step of its
 * own: a planner failure must never un-record an email the provider has already accepted.
 */
async function recordSent(db: Db, accepted: { email: ClaimedEmail; providerId: string }[], now: Date) {
  if (accepted.length === 0) return;
  const ids = accepted.map(({ email }) => email.id);
  const keys = accepted.map(({ email }) => buildIdempotencyKey(email.id, email.contentVersion));
  const providerIds = accepted.map(({ providerId }) => providerId);
  const sent = await db.$queryRaw<SentEmail[]>`
      WITH input AS (
        SELECT * FROM unnest(${ids}::text[], ${keys}::text[], ${providerIds}::text[]) AS i(id, key, "providerId")
      ), recorded AS (
        INSERT INTO "EmailSend" (id, "emailId", "idempotencyKey", "providerId", "acceptedAt")
        SELECT gen_random_uuid()::text, i.id, i.key, i."providerId", ${now} FROM input i
        ON CONFLICT ("idempotencyKey") DO NOTHING
      ), sent AS (
        UPDATE "Email" e SET status = 'SENT', "providerId" = i."providerId", "sentAt" = ${now}, "claimedAt" = NULL,
          "failureReason" = NULL, "lastError" = NULL, "updatedAt" = ${now}
        FROM input i
        WHERE e.id = i.id AND e.status = 'SENDING'
        RETURNING e."draftId", e."clientId"
      ), drafts AS (
        UPDATE "Draft" SET status = 'SENT', "updatedAt" = ${now} WHERE id IN (SELECT "draftId" FROM sent)
        RETURNING id, "interviewId", kind::text AS kind, "taskId", "recipientPersonId"
      )
      SELECT d.id, d."interviewId", d.kind, d."taskId", d."recipientPersonId", s."clientId" FROM drafts d JOIN sent s ON s."draftId" = d.id`;
  if (sent.length === 0) return;
  try {
    await closeTasksAfterSend(db, sent, now);
  } catch (error) {
    // The emails are sent and recorded; their tasks stay open for the client to close by hand.
    console.error("Tasks of sent emails could not be closed:", error);
  }
}

export type DeliveryJob = { emailId: string; scheduleVersion: number };

/**
 * Claims the emails of several jobs in one statement: SCHEDULED → SENDING when the job is
 * for the email's current time, or a SENDING claim whose worker died. Returns the claimed rows.
 */
async function claimEmails(db: Db, jobs: DeliveryJob[], now: Date, leaseMs: number): Promise<Map<string, ClaimedEmail>> {
  // "previousClaimAt" is the start of an attempt that was cut off (its worker died): the only
  // case in which the provider may have the email already.
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    WITH previous AS (
      SELECT e.id, e."claimedAt" FROM "Email" e
      WHERE e.id = ANY(${jobs.map((j) => j.emailId)}::text[])
      FOR UPDATE
    )
    UPDATE "Email" e SET status = 'SENDING', "claimedAt" = ${now}, attempts = e.attempts + 1, "updatedAt" = ${now}
    FROM unnest(${jobs.map((j) => j.emailId)}::text[], ${jobs.map((j) => j.scheduleVersion)}::int[]) AS j(id, version), previous p
    WHERE e.id = j.id AND p.id = e.id AND (
      (e.status = 'SCHEDULED' AND e."scheduleVersion" = j.version AND e."scheduledFor" <= ${new Date(now.getTime() + 1000)})
      OR (e.status = 'SENDING' AND (e."claimedAt" IS NULL OR e."claimedAt" < ${new Date(now.getTime() - leaseMs)})))
    RETURNING e.id, e."clientId", e."draftId", e."taskId", e."fromAddress", e."toAddress", e."replyTo", e.subject, e.html, e.text,
      e.kind, e."contentVersion", p."claimedAt" AS "previousClaimAt"`;
  return new Map(claimed.map((email) => [email.id, email]));
}

/** Why a job found nothing to claim: not due yet, moved, cancelled, sent, or held by another worker. */
async function explainUnclaimed(db: Db, job: DeliveryJob): Promise<DeliveryOutcome> {
  const current = await db.email.findUnique({ where: { id: job.emailId }, select: { status: true, scheduleVersion: true, scheduledFor: true } });
  if (!current) return { outcome: "skipped", status: "GONE" };
  if (current.status === "SENDING") throw new DeliveryInProgressError(job.emailId);
  if (current.status === "SCHEDULED" && current.scheduleVersion === job.scheduleVersion) return { outcome: "not-due", scheduledFor: current.scheduledFor };
  // Cancelled, moved (a newer job carries the new time), or already sent.
  return { outcome: "skipped", status: current.status };
}

type HandOverResult = DeliveryOutcome | { outcome: "accepted"; email: ClaimedEmail; providerId: string };

/** Step 2 for a claimed email: the provider call under its idempotency key. */
async function handOverClaimedEmail(db: Db, email: ClaimedEmail, ctx: DeliveryContext): Promise<HandOverResult> {
  const { now } = ctx;
  if (email.previousClaimAt && now.getTime() - email.previousClaimAt.getTime() > PROVIDER_KEY_MEMORY_MS) {
    // An attempt was cut off more than a day ago: the provider has forgotten its key, and a
    // resend could be a duplicate. Say so instead. (An attempt the provider refused, 429 or
    // 5xx, released its claim, so it does not count here.)
    const reason = "An earlier attempt was interrupted and it cannot be confirmed whether the email left. Check with the recipient before sending it again.";
    await markFailed(db, email, reason, now);
    return { outcome: "failed", reason };
  }

  await ctx.reachFaultPoint?.("before-provider", email.id);
  let providerId: string;
  try {
    ({ providerId } = await sendMail({
      from: email.fromAddress,
      to: email.toAddress,
      replyTo: email.replyTo ?? undefined,
      subject: email.subject,
      html: email.html,
      text: email.text,
      tags: [{ name: "kind", value: email.kind.toLowerCase() }],
      idempotencyKey: buildIdempotencyKey(email.id, email.contentVersion),
    }));
  } catch (error) {
    if (!(error instanceof MailDeliveryError)) throw error;
    if (error.retryable && !ctx.isLastAttempt) {
      // Release the claim so the retry (after pg-boss's back-off) may take it at once.
      await db.email.update({ where: { id: email.id }, data: { claimedAt: null, lastError: error.message } });
      throw error;
    }
    await markFailed(db, email, error.message, now);
    return { outcome: "failed", reason: error.message };
  }
  await ctx.reachFaultPoint?.("after-provider", email.id);
  return { outcome: "accepted", email, providerId };
}

/**
 * Sends the emails of a worker's fetch, each exactly once. The database decides:
 * 1. claim them, in one statement (SCHEDULED → SENDING, or take over a claim whose worker died);
 * 2. call the provider for each, side by side, with the idempotency key `email:<id>:v<version>`;
 * 3. record the accepted ones as SENT, in one statement.
 * A crash between 2 and 3 leaves SENDING; the retried job repeats 2 with the same key, and
 * the provider answers with the first message instead of sending another. Each job settles
 * on its own: an outcome, or the error pg-boss retries it for.
 */
export async function deliverEmails(
  db: Db,
  jobs: (DeliveryJob & { isLastAttempt: boolean })[],
  ctx: Omit<DeliveryContext, "isLastAttempt">,
): Promise<PromiseSettledResult<DeliveryOutcome>[]> {
  const claimed = await claimEmails(db, jobs, ctx.now, ctx.leaseMs);
  const handedOver = await Promise.allSettled(
    jobs.map((job) => {
      const email = claimed.get(job.emailId);
      return email ? handOverClaimedEmail(db, email, { ...ctx, isLastAttempt: job.isLastAttempt }) : explainUnclaimed(db, job);
    }),
  );
  const accepted = handedOver.flatMap((result) => (result.status === "fulfilled" && result.value.outcome === "accepted" ? [result.value] : []));
  let recordError: unknown;
  try {
    await recordSent(db, accepted, ctx.now);
  } catch (error) {
    // Not recorded: these jobs fail and are retried; the retry resends under the same keys,
    // and the provider answers with the first messages.
    recordError = error;
  }
  return handedOver.map((result): PromiseSettledResult<DeliveryOutcome> => {
    if (result.status === "rejected" || result.value.outcome !== "accepted") return result as PromiseSettledResult<DeliveryOutcome>;
    if (recordError !== undefined) return { status: "rejected", reason: recordError };
    return { status: "fulfilled", value: { outcome: "sent", providerId: result.value.providerId } };
  });
}

/** One job's email (see deliverEmails). */
export async function deliverEmail(db: Db, job: DeliveryJob, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  const [result] = await deliverEmails(db, [{ ...job, isLastAttempt: ctx.isLastAttempt }], ctx);
  if (result!.status === "rejected") throw result!.reason;
  return result!.value;
}
