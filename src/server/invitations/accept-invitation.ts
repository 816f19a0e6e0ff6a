import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { canBecomeClient, canBecomeCoach } from "@/server/access/policy";
import type { Prisma } from "@/generated/prisma/client";
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

/** The signed-in person takes up the invitation sent to their address. All or nothing. */
export async function acceptInvitation(db: Db, actor: Actor, { token, timeZone }: z.infer<typeof acceptInvitationInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const invitation = await findOpenInvitation(tx, token, now);
    if (invitation.email !== actor.email.toLowerCase()) {
      throw new ConflictError(`This invitation is for ${invitation.email}. Sign out, then sign in with that address.`);
    }
    return takeUpInvitation(tx, invitation, actor.id, timeZone, now);
  });
}

/**
 * The invitation page's one-click join, for someone not signed in: the link came to the
 * invited address, so holding it proves that inbox as a sign-in link would, once. The account
 * (new, or the one the address already has) takes the invitation up; the caller then signs it
 * in. One email and two clicks instead of two emails and five.
 */
export async function acceptInvitationByLink(db: Db, { token, timeZone }: z.infer<typeof acceptInvitationInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const invitation = await findOpenInvitation(tx, token, now);
    const user =
      (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) ??
      (await tx.user.create({ data: { email: invitation.email, emailVerified: now }, select: { id: true } }));
    const taken = await takeUpInvitation(tx, invitation, user.id, timeZone, now);
    return { ...taken, email: invitation.email };
  });
}

async function findOpenInvitation(tx: Prisma.TransactionClient, token: string, now: Date) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, email: true, kind: true, practiceId: true, invitedById: true, inviteeName: true, acceptedAt: true, revokedAt: true, expiresAt: true },
  });
  if (!invitation) throw new NotFoundError("Invitation");
  const status = getInvitationStatus(invitation, now);
  if (status !== "open") throw new ConflictError(CLOSED_MESSAGES[status]);
  return invitation;
}

/**
 * The account takes up the invitation: a client gets the inviting coach, a coach joins the
 * practice. An account that cannot take the invitation's role is told so here, by the
 * invitee's own answer; the inviter was not told (inviting discloses no one's role) and sees
 * the invitation still open.
 */
async function takeUpInvitation(
  tx: Prisma.TransactionClient,
  invitation: Awaited<ReturnType<typeof findOpenInvitation>>,
  userId: string,
  timeZone: string | undefined,
  now: Date,
) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, role: true, _count: { select: { interviews: true, clientOf: true, practiceMembership: true, ownedPractices: true } } },
  });

  if (invitation.kind === "CLIENT") {
    if (!canBecomeClient(user)) throw new ConflictError("You have a coach account, and a coach account cannot become a client. Ask whoever invited you to invite another address.");
    await tx.coachClient.upsert({
      where: { coachId_clientId: { coachId: invitation.invitedById, clientId: userId } },
      create: { coachId: invitation.invitedById, clientId: userId, practiceId: invitation.practiceId },
      update: {},
    });
  } else {
    if (!canBecomeCoach(user)) throw new ConflictError("You have a client account, and a client account cannot become a coach. Ask whoever invited you to invite another address.");
    await tx.user.update({ where: { id: userId }, data: { role: "COACH" } });
    await tx.practiceCoach.upsert({
      where: { practiceId_coachId: { practiceId: invitation.practiceId, coachId: userId } },
      create: { practiceId: invitation.practiceId, coachId: userId },
      update: {},
    });
  }
  if (!user.name && invitation.inviteeName) {
    await tx.user.update({ where: { id: userId }, data: { name: invitation.inviteeName } });
  }
  // A blank account (its first invitation) takes the zone of the browser that accepts;
  // an account already in use keeps the zone its person chose (Settings changes it).
  const isBlankAccount = Object.values(user._count).every((count) => count === 0);
  if (timeZone && isBlankAccount) {
    await tx.user.update({ where: { id: userId }, data: { timeZone } });
  }
  // Conditional on still being open, so two simultaneous accepts cannot both succeed.
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (count !== 1) throw new ConflictError("This invitation was already accepted.");
  // The welcome names who the newcomer now works with: the inviting coach, or the practice.
  return { kind: invitation.kind, coachId: invitation.invitedById, practiceId: invitation.practiceId };
}
