import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { derivePurposeKey } from "@/server/auth/purpose-key";
import { recordId } from "@/lib/validation/fields";
import { buildAppUrl } from "@/server/config";
import type { Db } from "@/server/db/client";
import { ForbiddenError } from "@/server/errors";

/**
 * How long a digest's unsubscribe link works. Digests come weekly, so a person usually
 * holds a link under a week old; 90 days lets an old digest found in the inbox (or one
 * read after a long holiday) still unsubscribe, while a link that leaked long ago stops
 * working. Settings turn the digest off at any time, signed in.
 */
export const UNSUBSCRIBE_LINK_DAYS = 90;

export type UnsubscribeParams = { u: string; e: string; s: string };
export type UnsubscribeLinkState = "valid" | "expired" | "invalid";

/** The signature covers the user and the expiry, so neither can be changed. */
export function signUnsubscribe(userId: string, expiresAt: string, key: Buffer = derivePurposeKey("unsubscribe")): string {
  return createHmac("sha256", key).update(`digest-unsubscribe:v2:${userId}:${expiresAt}`).digest("base64url");
}

/** The signed query of a link issued at `now`: user, expiry (seconds since the epoch) and signature. */
export function createUnsubscribeParams(userId: string, now: Date): UnsubscribeParams {
  const e = String(Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_LINK_DAYS * 86_400);
  return { u: userId, e, s: signUnsubscribe(userId, e) };
}

/** The page a person opens from the digest: it asks before unsubscribing (mail scanners open links). */
export function buildUnsubscribePageUrl(userId: string, now: Date): string {
  return buildAppUrl(`/unsubscribe?${new URLSearchParams(createUnsubscribeParams(userId, now))}`);
}

/** RFC 8058's one-click target, sent as List-Unsubscribe: a POST there unsubscribes at once. */
export function buildOneClickUnsubscribeUrl(userId: string, now: Date): string {
  return buildAppUrl(`/api/digest/unsubscribe?${new URLSearchParams(createUnsubscribeParams(userId, now))}`);
}

export const unsubscribeInput = z.object({
  u: recordId,
  e: z.string().regex(/^\d{1,12}$/),
  s: z.string().min(1).max(128),
});

/** Whether a link still works at `now`. The signature is checked first: an expiry is only believed once signed. */
export function checkUnsubscribeLink(rawInput: unknown, now: Date): UnsubscribeLinkState {
  const parsed = unsubscribeInput.safeParse(rawInput);
  if (!parsed.success) return "invalid";
  const { u, e, s } = parsed.data;
  const expected = Buffer.from(signUnsubscribe(u, e));
  const given = Buffer.from(s);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  return now.getTime() < Number(e) * 1000 ? "valid" : "expired";
}

const REFUSALS: Record<Exclude<UnsubscribeLinkState, "valid">, string> = {
  invalid: "This unsubscribe link is not valid. Open the newest digest's link, or change the digest in your settings.",
  expired: `This unsubscribe link has expired (links work for ${UNSUBSCRIBE_LINK_DAYS} days). Open the newest digest's link, or change the digest in your settings.`,
};

export function describeRefusedUnsubscribeLink(state: Exclude<UnsubscribeLinkState, "valid">): string {
  return REFUSALS[state];
}

/**
 * Turns the weekly digest off for the user the signed link names. No sign-in: the
 * signature (an HMAC with a key derived for this purpose) is the proof. A changed id,
 * expiry or signature is refused, and so is a link past its expiry.
 */
export async function unsubscribeFromDigest(db: Db, link: z.infer<typeof unsubscribeInput>, now: Date): Promise<{ email: string }> {
  const state = checkUnsubscribeLink(link, now);
  if (state !== "valid") throw new ForbiddenError(REFUSALS[state]);
  const user = await db.user.update({ where: { id: link.u }, data: { digestEnabled: false }, select: { email: true } }).catch(() => null);
  if (!user) throw new ForbiddenError(REFUSALS.invalid);
  return user;
}
