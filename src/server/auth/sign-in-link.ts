import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { emailAddress, text } from "@/lib/validation/fields";
import type { Db } from "@/server/db/client";

export const SIGN_IN_LINK_MINUTES = 60;

/** Auth.js stores sha256(token + secret) as the verification token; this computes the same. */
export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

export function getAuthSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) {
    throw new Error("AUTH_SECRET is not set. `npm run dev` and `npm start` generate one; a deployment sets its own.");
  }
  return secret;
}

/** The link as it arrived: anyone can edit it, and one that cannot be a link is "invalid", not a bad request. */
export const signInLinkInput = z.object({ email: z.string(), token: z.string() }).strict();

export type SignInLinkState = "valid" | "expired" | "used" | "invalid";

/**
 * What a sign-in link is worth before anyone follows it, so the page can say
 * "expired" or "already used" instead of Auth.js's single "Verification" error.
 */
export async function describeSignInLink(
  db: Db,
  link: { email: string; token: string },
  now: Date,
  secret = getAuthSecret(),
): Promise<SignInLinkState> {
  // The link's query string is anyone's to edit: a NUL byte or a repeated parameter is just not a link.
  if (!emailAddress.safeParse(link.email).success || !text({ max: 512, required: "token" }).safeParse(link.token).success) return "invalid";
  const tokenHash = hashSignInToken(link.token, secret);
  const stored = await db.verificationToken.findUnique({
    where: { identifier_token: { identifier: link.email, token: tokenHash } },
    select: { expires: true },
  });
  if (stored) return stored.expires.getTime() > now.getTime() ? "valid" : "expired";
  const used = await db.signInLinkUse.findUnique({ where: { tokenHash }, select: { identifier: true } });
  return used?.identifier === link.email ? "used" : "invalid";
}

/**
 * A one-time address that signs `email` in through Auth.js's own email callback (so the
 * session is made exactly as a sign-in link makes it) and then opens `callbackUrl`. For a
 * proof of the inbox we already hold, such as a used-up invitation link; it lasts minutes.
 * Auth.js checks the expiry on the real clock, so it is set on the real clock.
 */
export async function createSignInCallbackUrl(db: Db, email: string, callbackUrl: string, secret = getAuthSecret()): Promise<string> {
  const token = randomBytes(32).toString("hex");
  await db.verificationToken.create({
    data: { identifier: email, token: hashSignInToken(token, secret), expires: new Date(Date.now() + 5 * 60_000) },
  });
  return `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl })}`;
}
