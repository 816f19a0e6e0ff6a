import "server-only";
import type { Db } from "@/server/db/client";

/**
 * Accounts start with an invitation: an address may sign in when it belongs to a user,
 * or has an invitation that is still open.
 */
export async function isAllowedToSignIn(db: Db, email: string, now: Date): Promise<boolean> {
  const normalized = email.trim().toLowerCase();
  const [user, invitation] = await Promise.all([
    db.user.findUnique({ where: { email: normalized }, select: { id: true } }),
    db.invitation.findFirst({
      where: { email: normalized, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    }),
  ]);
  return user !== null || invitation !== null;
}
