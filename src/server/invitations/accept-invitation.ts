import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { canBecomeClient, canBecomeCoach } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { ConflictError, NotFoundError } from "@/server/errors";
import { getInvitationStatus, hashInvitationToken } from "./invitation-token";
import { invitationToken, type acceptInvitationInput } from "./schemas";

const CLOSED_MESSAGES = {
  expired: "This invitation has expired. Ask for a new one.",
  revoked: "This invitation was withdrawn.",
  accepted: "This invitation was already accepted.",
} as const;

/** What the invitation page shows before sign-in: holding the link is the permission. */
export async function getInvitationByToken(db: Db, token: string, now: Date) {
  const parsed = invitationToken.safeParse(token);
  if (!parsed.success) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(parsed.data) },
    select: {
      email: true,
      kind: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      practice: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  return {
    email: invitation.email,
    kind: invitation.kind,
    practiceName: invitation.practice.name,
    inviterName: invitation.invitedBy.name,
    status: getInvitationStatus(invitation, now),
  };
}

/**
 * The signed-in person takes up the invitation sent to their address: a client gets
 * the inviting coach, a coach joins the practice. All or nothing. An account that cannot
 * take the invitation's role is told so here, by the invitee's own answer; the inviter was
 * not told (inviting discloses no one's role) and sees the invitation still open.
 */
export async function acceptInvitation(db: Db, actor: Actor, { token, timeZone }: z.infer<typeof acceptInvitationInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: hashInvitationToken(token) },
      select: { id: true, email: true, kind: true, practiceId: true, invitedById: true, inviteeName: true, acceptedAt: true, revokedAt: true, expiresAt: true },
    });
    if (!invitation) throw new NotFoundError("Invitation");
    const status = getInvitationStatus(invitation, now);
    if (status !== "open") throw new ConflictError(CLOSED_MESSAGES[status]);
    if (invitation.email !== actor.email.toLowerCase()) {
      throw new ConflictError(`This invitation is for ${invitation.email}. Sign out, then sign in with that address.`);
    }
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { name: true, role: true, _count: { select: { interviews: true, clientOf: true, practiceMembership: true, ownedPractices: true } } },
    });

    if (invitation.kind === "CLIENT") {
      if (!canBecomeClient(user)) throw new ConflictError("You have a coach account, and a coach account cannot become a client. Ask whoever invited you to invite another address.");
      await tx.coachClient.upsert({
        where: { coachId_clientId: { coachId: invitation.invitedById, clientId: actor.id } },
        create: { coachId: invitation.invitedById, clientId: actor.id, practiceId: invitation.practiceId },
        update: {},
      });
    } else {
      if (!canBecomeCoach(user)) throw new ConflictError("You have a client account, and a client account cannot become a coach. Ask whoever invited you to invite another address.");
      await tx.user.update({ where: { id: actor.id }, data: { role: "COACH" } });
      await tx.practiceCoach.upsert({
        where: { practiceId_coachId: { practiceId: invitation.practiceId, coachId: actor.id } },
        create: { practiceId: invitation.practiceId, coachId: actor.id },
        update: {},
      });
    }
    if (!user.name && invitation.inviteeName) {
      await tx.user.update({ where: { id: actor.id }, data: { name: invitation.inviteeName } });
    }
    // A blank account (its first invitation) takes the zone of the browser that accepts;
    // an account already in use keeps the zone its person chose (Settings changes it).
    const isBlankAccount = Object.values(user._count).every((count) => count === 0);
    if (timeZone && isBlankAccount) {
      await tx.user.update({ where: { id: actor.id }, data: { timeZone } });
    }
    // Conditional on still being open, so two simultaneous accepts cannot both succeed.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now, acceptedById: actor.id },
    });
    if (count !== 1) throw new ConflictError("This invitation was already accepted.");
    return { kind: invitation.kind };
  });
}
