import "server-only";
import type { Db } from "@/server/db/client";

/**
 * Accounts start with an invitation or a sign-up: an address may sign in when it belongs to a
 * user, has an invitation that is still open, or asked to start a practice (README "Starting a
 * practice") and has not finished yet.
 */
export async function isAllowedToSignIn(db: Db, email: string, now: Date): Promise<boolean> {
  const normalized = email.trim().toLowerCase();
  const [user, invitation, signUp] = await Promise.all([
    db.user.findUnique({ where: { email: normalized }, select: { id: true } }),
    db.invitation.findFirst({
      where: { email: normalized, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    }),
    db.practiceSignUp.findFirst({ where: { email: normalized, expiresAt: { gt: now } }, select: { email: true } }),
  ]);
  return user !== null || invitation !== null || signUp !== null;
}
