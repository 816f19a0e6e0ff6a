import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { buildAppUrl } from "@/server/config";
import type { Db } from "@/server/db/client";
import { MailDeliveryError, sendMailBatch, getSystemSender, type BatchItemResult } from "@/server/mail/send-mail";
import { composeClientDigest, composeCoachDigest } from "./compose-digest";
import { loadDigestData } from "./load-digest-data";
import { renderDigest } from "./render-digest";
import { buildOneClickUnsubscribeUrl, buildUnsubscribePageUrl } from "./unsubscribe-link";

/** Resend's batch endpoint takes at most 100 emails a call. */
export const DIGEST_BATCH_SIZE = 100;

export type DigestFaultPoint = "digest-before-provider" | "digest-after-provider";

/**
 * Users whose digest is due by `now` (their weekday and hour, in their zone) and who have
 * none yet for this ISO week of their zone. The zone arithmetic is PostgreSQL's.
 */
async function findDueUsers(db: Db, now: Date, limit: number): Promise<{ id: string; week: string }[]> {
  return db.$queryRaw<{ id: string; week: string }[]>`
    SELECT u.id, to_char(u.local, 'IYYY-"W"IW') AS week
    FROM (
      SELECT u.id, u."digestWeekday", u."digestHour", (${now}::timestamptz AT TIME ZONE tz.name) AS local
      -- Joined with PostgreSQL's zones: a zone it does not know (the app checks zones with Intl)
      -- leaves that user out instead of failing everyone's digest.
      FROM "User" u JOIN pg_timezone_names tz ON tz.name = u."timeZone"
      WHERE u."digestEnabled"
    ) u
    WHERE (EXTRACT(ISODOW FROM u.local) > u."digestWeekday"
        OR (EXTRACT(ISODOW FROM u.local) = u."digestWeekday" AND EXTRACT(HOUR FROM u.local) >= u."digestHour"))
      AND NOT EXISTS (SELECT 1 FROM "Digest" d WHERE d."userId" = u.id AND d."isoWeek" = to_char(u.local, 'IYYY-"W"IW'))
    ORDER BY u.id
    LIMIT ${limit}`;
}

/**
 * Forms batches of due digests and stores who belongs to each before anything is sent,
 * so a retried batch sends to the same people. (user, ISO week) is unique: when two
 * workers plan at once, each user lands in one batch only.
 */
export async function planDigestBatches(db: Db, now: Date, options: { batchSize?: number; maxBatches?: number } = {}): Promise<string[]> {
  const batchSize = options.batchSize ?? DIGEST_BATCH_SIZE;
  // One scan of the users finds many batches' worth; each batch is then its own transaction.
  const due = await findDueUsers(db, now, batchSize * (options.maxBatches ?? 50));
  const created: string[] = [];
  for (let start = 0; start < due.length; start += batchSize) {
    const members = due.slice(start, start + batchSize);
    const batchId = await db.$transaction(async (tx) => {
      const batch = await tx.digestBatch.create({ data: { createdAt: now }, select: { id: true } });
      const { count } = await tx.digest.createMany({ data: members.map((d) => ({ userId: d.id, isoWeek: d.week, batchId: batch.id })), skipDuplicates: true });
      if (count === 0) {
        await tx.digestBatch.delete({ where: { id: batch.id } });
        return null;
      }
      return batch.id;
    });
    if (batchId) created.push(batchId);
  }
  return created;
}

/** Composes and stores the batch's pending digests: from here on a retry sends exactly these bytes. */
async function composePendingDigests(db: Db, batchId: string, now: Date): Promise<void> {
  const pending = await db.digest.findMany({ where: { batchId, status: "PENDING" }, select: { id: true, userId: true } });
  if (pending.length === 0) return;
  const loaded = await loadDigestData(db, pending.map((d) => d.userId), now);
  const settingsUrl = buildAppUrl("/settings");
  const appUrl = buildAppUrl("/");
  const updates: Prisma.DigestUpdateManyArgs[] = [];
  for (const digest of pending) {
    const entry = loaded.get(digest.userId);
    const composed = entry && (entry.data.kind === "CLIENT" ? composeClientDigest(entry.data.value, now) : composeCoachDigest(entry.data.value, now));
    if (!entry || !composed || !entry.settings.enabled || (composed.isEmpty && !entry.settings.always)) {
      updates.push({ where: { id: digest.id, status: "PENDING" }, data: { status: "EMPTY" } });
      continue;
    }
    const unsubscribeUrl = buildOneClickUnsubscribeUrl(digest.userId, now);
    const rendered = await renderDigest(composed, { appUrl, settingsUrl, unsubscribeUrl: buildUnsubscribePageUrl(digest.userId, now) });
    updates.push({ where: { id: digest.id, status: "PENDING" }, data: { status: "READY", toAddress: entry.data.value.user.email, unsubscribeUrl, ...rendered } });
  }
  // Not one transaction: each update stands alone (a row still PENDING is composed again by a
  // retry), and a hundred large rows in one transaction could outlast its timeout under load.
  for (const update of updates) await db.digest.updateMany(update);
}

/**
 * Sends one batch: compose (once), one call of the batch endpoint under the key
 * `digest-batch:<id>`, then record. A batch retried after a crash sends the same stored
 * digests under the same key, and the provider answers with the first delivery.
 */
export async function sendDigestBatch(
  db: Db,
  batchId: string,
  ctx: { now: Date; isLastAttempt: boolean; reachFaultPoint?: (point: DigestFaultPoint, batchId: string) => Promise<void> },
): Promise<{ sent: number; refused: number; empty: number }> {
  const batch = await db.digestBatch.findUnique({ where: { id: batchId }, select: { sentAt: true, failureReason: true } });
  if (!batch || batch.sentAt || batch.failureReason) return { sent: 0, refused: 0, empty: 0 };
  await composePendingDigests(db, batchId, ctx.now);
  const ready = await db.digest.findMany({
    where: { batchId, status: "READY" },
    orderBy: { id: "asc" },
    select: { id: true, toAddress: true, subject: true, html: true, text: true, unsubscribeUrl: true },
  });
  if (ready.length > 0) {
    await ctx.reachFaultPoint?.("digest-before-provider", batchId);
    let results: BatchItemResult[];
    try {
      results = await sendMailBatch(
        ready.map((d) => ({
          from: getSystemSender(),
          to: d.toAddress!,
          subject: d.subject!,
          html: d.html!,
          text: d.text!,
          // RFC 8058 one-click unsubscribe.
          headers: { "List-Unsubscribe": `<${d.unsubscribeUrl!}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          tags: [{ name: "kind", value: "digest" }],
        })),
        `digest-batch:${batchId}`,
      );
    } catch (error) {
      if (error instanceof MailDeliveryError && (!error.retryable || ctx.isLastAttempt)) {
        await db.digestBatch.update({ where: { id: batchId }, data: { failureReason: error.message } });
        console.error(`Digest batch ${batchId} failed for good: ${error.message}`);
      }
      throw error;
    }
    await ctx.reachFaultPoint?.("digest-after-provider", batchId);
    // One statement records every digest of the batch: a retry must never find the batch half
    // recorded (it would send fewer digests under the same key), nor wait on a long transaction.
    const outcomes = ready.map((digest, index) => {
      const result = results[index]!;
      return "providerId" in result
        ? { id: digest.id, status: "SENT", providerId: result.providerId, reason: null }
        : { id: digest.id, status: "FAILED", providerId: null, reason: `The mail provider refused it: ${result.refused}` };
    });
    await db.$executeRaw`
      UPDATE "Digest" AS d
      SET status = v.status::"DigestStatus",
          "providerId" = COALESCE(v."providerId", d."providerId"),
          "failureReason" = COALESCE(v.reason, d."failureReason"),
          "sentAt" = CASE WHEN v.status = 'SENT' THEN ${ctx.now} ELSE d."sentAt" END
      FROM unnest(${outcomes.map((o) => o.id)}::text[], ${outcomes.map((o) => o.status)}::text[],
                  ${outcomes.map((o) => o.providerId)}::text[], ${outcomes.map((o) => o.reason)}::text[]) AS v(id, status, "providerId", reason)
      WHERE d.id = v.id`;
    await db.digestBatch.update({ where: { id: batchId }, data: { sentAt: ctx.now } });
    for (const [index, result] of results.entries()) {
      if ("refused" in result) console.error(`Digest ${ready[index]!.id} was refused: ${result.refused}`);
    }
  } else {
    await db.digestBatch.update({ where: { id: batchId }, data: { sentAt: ctx.now } });
  }
  const empty = await db.digest.count({ where: { batchId, status: "EMPTY" } });
  const refused = await db.digest.count({ where: { batchId, status: "FAILED" } });
  return { sent: ready.length - refused, refused, empty };
}

/** Batches that are formed and not sent (a lost job, a worker that died): the sweep queues them again. */
export async function findUnsentDigestBatches(db: Db): Promise<string[]> {
  const batches = await db.digestBatch.findMany({ where: { sentAt: null, failureReason: null }, orderBy: { createdAt: "asc" }, take: 500, select: { id: true } });
  return batches.map((b) => b.id);
}
