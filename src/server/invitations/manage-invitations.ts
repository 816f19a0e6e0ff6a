import "server-only";
import type { z } from "zod";
import { addDays } from "date-fns";
import { createElement } from "react";
import { InvitationEmail } from "@/emails/invitation-email";
import { renderEmail } from "@/emails/render-email";
import { formatInZone } from "@/lib/format-in-zone";
import type { Actor } from "@/server/access/actor";
import { inviteesKnownToInviterWhere, manageableInvitationsWhere, practicesToInviteInto } from "@/server/access/policy";
import { buildAppUrl } from "@/server/config";
import type { Db, DbOrTx } from "@/server/db/client";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, requireWritten } from "@/server/errors";
import { reportInternalError } from "@/server/internal-errors";
import { sendMail } from "@/server/mail/send-mail";
import type { InvitationKind } from "@/generated/prisma/enums";
import { createInvitationToken, getInvitationStatus, INVITATION_DAYS } from "./invitation-token";
import { inviteInput } from "@/lib/validation/invitation-fields";
import { keyset, toPage, type KeysetField } from "@/server/pagination/keyset";
import { invitationIdInput, listInvitationsInput } from "./schemas";

function pickPractice(actor: Actor, kind: InvitationKind, practiceId: string | undefined) {
  const eligible = practicesToInviteInto(actor, kind);
  if (eligible.length === 0) {
    throw new ForbiddenError(kind === "COACH" ? "Only a practice owner invites coaches." : "Only coaches invite clients.");
  }
  const practice = practiceId ? eligible.find((p) => p.practiceId === practiceId) : eligible[0];
  if (!practice) throw new NotFoundError("Practice");
  return practice;
}

/**
 * Refuses an invitation that cannot work, but only for reasons the inviter may know (see
 * inviteesKnownToInviterWhere): whether an address is a coach or a client anywhere else
 * is not theirs to learn, so such an address gets the same answer as a new one.
 */
async function assertInviteeFits(db: Db, actor: Actor, kind: InvitationKind, email: string, practiceId: string) {
  const known = await db.user.findFirst({
    where: { AND: [{ email }, inviteesKnownToInviterWhere(actor, practiceId)] },
    select: {
      clientOf: { where: { OR: [{ coachId: actor.id }, { practiceId }] }, select: { coachId: true } },
      practiceMembership: { where: { practiceId }, select: { practiceId: true } },
    },
  });
  if (!known) return;
  const isMyClient = known.clientOf.some((a) => a.coachId === actor.id);
  const coachesHere = known.practiceMembership.length > 0;
  if (kind === "CLIENT" && isMyClient) throw new ConflictError(`${email} is already your client.`);
  if (kind === "CLIENT" && coachesHere) throw new ConflictError(`${email} coaches in this practice; a coach account cannot become a client.`);
  if (kind === "COACH" && coachesHere) throw new ConflictError(`${email} already coaches in this practice.`);
  if (kind === "COACH" && known.clientOf.length > 0) {
    throw new ConflictError(`${email} is ${isMyClient ? "your client" : "a client of this practice"}; a client account cannot become a coach.`);
  }
}

async function sendInvitationEmail(
  invitation: { email: string; kind: InvitationKind; expiresAt: Date },
  token: string,
  inviter: Actor,
  practiceName: string,
) {
  const { html, text } = await renderEmail(
    createElement(InvitationEmail, {
      inviterName: inviter.name ?? inviter.email,
      practiceName,
      kind: invitation.kind,
      url: buildAppUrl(`/invite/${token}`),
      expiresOn: formatInZone(invitation.expiresAt, inviter.timeZone, "EEE d MMM yyyy"),
    }),
  );
  await sendMail({
    to: invitation.email,
    subject: `${inviter.name ?? "Your coach"} invites you to Followthrough`,
    html,
    text,
    replyTo: inviter.email,
  });
}

/**
 * The provider's answer (an address, a key, a host) is not the inviter's to read: the log
 * keeps it under a reference, and the inviter is told the email did not go out.
 */
function describeSendFailure(error: unknown): BadInputError {
  return new BadInputError(`The invitation email could not be sent. ${reportInternalError(error, "Sending an invitation email")}`);
}

/**
 * The email goes out after the invitation is committed: the dev outbox writes to the same
 * database, and holding a transaction open across the send would wait on ourselves.
 * If the send fails, the invitation is removed again so the inviter can simply retry.
 */
async function createAndSend(db: Db, actor: Actor, kind: InvitationKind, email: string, name: string | undefined, practiceId: string | undefined, now: Date) {
  const practice = pickPractice(actor, kind, practiceId);
  await assertInviteeFits(db, actor, kind, email, practice.practiceId);
  // Only the inviter's own open invitation counts: another coach's is not theirs to know of,
  // and accepting it would make the invitee that coach's client, not this one's.
  const open = await db.invitation.findFirst({
    where: { practiceId: practice.practiceId, email, kind, invitedById: actor.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (open) throw new ConflictError(`An invitation to ${email} is already open. Send it again from the list instead.`);

  const { token, tokenHash } = createInvitationToken();
  const invitation = await db.invitation.create({
    data: {
      practiceId: practice.practiceId,
      kind,
      email,
      inviteeName: name || null,
      invitedById: actor.id,
      tokenHash,
      expiresAt: addDays(now, INVITATION_DAYS),
      createdAt: now,
    },
    select: { id: true, email: true, kind: true, expiresAt: true },
  });
  try {
    await sendInvitationEmail(invitation, token, actor, practice.practiceName);
  } catch (error) {
    await db.invitation.deleteMany({ where: { AND: [{ id: invitation.id }, manageableInvitationsWhere(actor)] } });
    throw describeSendFailure(error);
  }
  return { id: invitation.id };
}

export async function inviteClient(db: Db, actor: Actor, input: z.infer<typeof inviteInput>, now: Date) {
  return createAndSend(db, actor, "CLIENT", input.email, input.name, input.practiceId, now);
}

export async function inviteCoach(db: Db, actor: Actor, input: z.infer<typeof inviteInput>, now: Date) {
  return createAndSend(db, actor, "COACH", input.email, input.name, input.practiceId, now);
}

const INVITATION_ORDER: KeysetField[] = [{ field: "createdAt", direction: "desc", type: "date" }];

/** One page of the invitations the actor manages, newest first, each with its status at `now`. */
export async function listInvitations(db: Db, actor: Actor, input: z.infer<typeof listInvitationsInput>, now: Date) {
  const { where, orderBy } = keyset(INVITATION_ORDER, input.cursor);
  const rows = await db.invitation.findMany({
    where: { AND: [manageableInvitationsWhere(actor), where] },
    orderBy,
    take: input.limit + 1,
    select: {
      id: true,
      email: true,
      inviteeName: true,
      kind: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      sentCount: true,
      practice: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  const page = toPage(rows, input.limit, (row) => [row.createdAt]);
  return { items: page.items.map((row) => ({ ...row, status: getInvitationStatus(row, now) })), nextCursor: page.nextCursor };
}

async function findManageable(db: DbOrTx, actor: Actor, id: string) {
  const invitation = await db.invitation.findFirst({
    where: { AND: [{ id }, manageableInvitationsWhere(actor)] },
    select: { id: true, email: true, kind: true, acceptedAt: true, revokedAt: true, expiresAt: true, practice: { select: { name: true } } },
  });
  if (!invitation) throw new NotFoundError("Invitation");
  return invitation;
}

export async function revokeInvitation(db: Db, actor: Actor, { id }: z.infer<typeof invitationIdInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const invitation = await findManageable(tx, actor, id);
    if (invitation.acceptedAt) throw new ConflictError("This invitation was already accepted.");
    const written = await tx.invitation.updateMany({
      where: { AND: [{ id, acceptedAt: null }, manageableInvitationsWhere(actor)] },
      data: { revokedAt: invitation.revokedAt ?? now },
    });
    requireWritten(written, "Invitation");
    return { id };
  });
}

/** A new link and a new week: the old link stops working. Re-opens an expired or revoked invitation. */
export async function resendInvitation(db: Db, actor: Actor, { id }: z.infer<typeof invitationIdInput>, now: Date) {
  const invitation = await findManageable(db, actor, id);
  if (invitation.acceptedAt) throw new ConflictError("This invitation was already accepted.");
  const previous = { expiresAt: invitation.expiresAt, revokedAt: invitation.revokedAt };
  const { token, tokenHash } = createInvitationToken();
  const scope = { AND: [{ id, acceptedAt: null }, manageableInvitationsWhere(actor)] };
  const [updated] = await db.invitation.updateManyAndReturn({
    where: scope,
    data: { tokenHash, expiresAt: addDays(now, INVITATION_DAYS), revokedAt: null, sentCount: { increment: 1 } },
    select: { email: true, kind: true, expiresAt: true },
  });
  if (!updated) throw new NotFoundError("Invitation");
  try {
    await sendInvitationEmail(updated, token, actor, invitation.practice.name);
  } catch (error) {
    // The old link is gone either way; keep the invitation as it was otherwise.
    await db.invitation.updateMany({
      where: { AND: [scope, { tokenHash }] },
      data: { expiresAt: previous.expiresAt, revokedAt: previous.revokedAt, sentCount: { decrement: 1 } },
    });
    throw describeSendFailure(error);
  }
  return { id };
}
