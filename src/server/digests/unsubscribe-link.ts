import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { recordId } from "@/lib/validation/fields";
import { buildAppUrl } from "@/server/config";
import type { Db } from "@/server/db/client";
import { ForbiddenError } from "@/server/errors";

function getSigningSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; it signs the unsubscribe links.");
  return secret;
}

export function signUnsubscribe(userId: string, secret = getSigningSecret()): string {
  return createHmac("sha256", secret).update(`digest-unsubscribe:v1:${userId}`).digest("base64url");
}

function query(userId: string): string {
  return new URLSearchParams({ u: userId, s: signUnsubscribe(userId) }).toString();
}

/** The page a person opens from the digest: it asks before unsubscribing (mail scanners open links). */
export function buildUnsubscribePageUrl(userId: string): string {
  return buildAppUrl(`/unsubscribe?${query(userId)}`);
}

/** RFC 8058's one-click target, sent as List-Unsubscribe: a POST there unsubscribes at once. */
export function buildOneClickUnsubscribeUrl(userId: string): string {
  return buildAppUrl(`/api/digest/unsubscribe?${query(userId)}`);
}

export const unsubscribeInput = z.object({ u: recordId, s: z.string().min(1).max(128) });

/**
 * Turns the weekly digest off for the user the signed link names. No sign-in: the
 * signature (an HMAC with the app's secret) is the proof. A changed id or signature is refused.
 */
export async function unsubscribeFromDigest(db: Db, rawInput: unknown): Promise<{ email: string }> {
  const parsed = unsubscribeInput.safeParse(rawInput);
  const expected = parsed.success ? Buffer.from(signUnsubscribe(parsed.data.u)) : null;
  const given = parsed.success ? Buffer.from(parsed.data.s) : null;
  if (!parsed.success || !expected || !given || expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new ForbiddenError("This unsubscribe link is not valid. Open the newest digest's link, or change the digest in your settings.");
  }
  const user = await db.user.update({ where: { id: parsed.data.u }, data: { digestEnabled: false }, select: { email: true } }).catch(() => null);
  if (!user) throw new ForbiddenError("This unsubscribe link is not valid.");
  return user;
}
