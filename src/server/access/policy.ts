import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { isOwnerOf, type Actor } from "./actor";

/**
 * DOMAIN.md "Who sees what", as Prisma `where` fragments. Every query for a protected
 * record puts one of these in its `where`, so a record outside the actor's scope is
 * simply not found: NOT_FOUND, never FORBIDDEN.
 *
 * |                         | client | assigned coach | practice owner | other coach | anyone else |
 * | interviews, people, …   | rw     | read (+notes)  | read           | —           | —           |
 */

/** A coach reaches a client through an assignment to them, or by owning the assignment's practice. */
function coachReachesClient(actor: Actor): Prisma.CoachClientWhereInput {
  return { OR: [{ coachId: actor.id }, { practice: { ownerId: actor.id } }] };
}

/** The clients an actor may see: themselves, or the clients a coach reaches. */
export function readableClientsWhere(actor: Actor): Prisma.UserWhereInput {
  if (actor.role === "CLIENT") return { id: actor.id };
  return { role: "CLIENT", clientOf: { some: coachReachesClient(actor) } };
}

/**
 * readableClientsWhere as SQL, for aggregates the query builder cannot say ($queryRaw): a
 * condition on a "User" row aliased `u`. The ids come from the assignments (a coach's by the
 * primary key, an owner's by practice), so a coach's query never scans other practices' users.
 */
export function readableClientsSql(actor: Actor): Prisma.Sql {
  if (actor.role === "CLIENT") return Prisma.sql`u.id = ${actor.id}`;
  return Prisma.sql`u.role = 'CLIENT' AND u.id IN (
    SELECT cc."clientId" FROM "CoachClient" cc WHERE cc."coachId" = ${actor.id}
    UNION
    SELECT cc."clientId" FROM "CoachClient" cc JOIN "Practice" p ON p.id = cc."practiceId" WHERE p."ownerId" = ${actor.id}
  )`;
}

export function readableInterviewsWhere(actor: Actor): Prisma.InterviewWhereInput {
  if (actor.role === "CLIENT") return { clientId: actor.id };
  return { client: readableClientsWhere(actor) };
}

/** Only the client edits the record itself; coaches add notes and tasks (their own rows). */
export function writableInterviewsWhere(actor: Actor): Prisma.InterviewWhereInput {
  if (actor.role === "CLIENT") return { clientId: actor.id };
  return { id: { in: [] } };
}

/** Invitations an actor manages: those they sent, and every one in a practice they own. */
export function manageableInvitationsWhere(actor: Actor): Prisma.InvitationWhereInput {
  if (actor.role !== "COACH") return { id: { in: [] } };
  return { OR: [{ invitedById: actor.id }, { practice: { ownerId: actor.id } }] };
}

/**
 * What an inviter may learn about an address before inviting it: only accounts already in
 * their view (their own clients; for the practice's owner, its coaches and clients too).
 * Any other account, a coach or a client elsewhere, is answered exactly like no account: the
 * invitation goes out, and the invitee learns of any conflict when accepting.
 */
export function inviteesKnownToInviterWhere(actor: Actor, practiceId: string): Prisma.UserWhereInput {
  const known: Prisma.UserWhereInput[] = [{ clientOf: { some: { coachId: actor.id } } }];
  if (isOwnerOf(actor, practiceId)) known.push({ clientOf: { some: { practiceId } } }, { practiceMembership: { some: { practiceId } } });
  return { OR: known };
}

/**
 * "Adds notes and tasks": the assigned coach, not a practice owner who only reads.
 * The client manages their own tasks too.
 */
export function taskWritableInterviewsWhere(actor: Actor): Prisma.InterviewWhereInput {
  if (actor.role === "CLIENT") return { clientId: actor.id };
  return { client: { role: "CLIENT", clientOf: { some: { coachId: actor.id } } } };
}

/** Tasks the client works through (done, undone, skipped, snoozed, closed by a call or a send): their own. */
export function workableTasksWhere(actor: Actor): Prisma.FollowUpTaskWhereInput {
  return { interview: writableInterviewsWhere(actor) };
}

/** Tasks planned by hand (added, moved, removed): the client's own, and the assigned coach's clients'. */
export function plannableTasksWhere(actor: Actor): Prisma.FollowUpTaskWhereInput {
  return { interview: taskWritableInterviewsWhere(actor) };
}

/**
 * The task a sent email closes: a task of the email's own client, on its own draft's
 * interview. The worker has no signed-in actor; it acts for the email's client, and a task
 * id that names anyone else's task changes nothing.
 */
export function tasksClosedBySendWhere(email: { clientId: string; draftId: string }): Prisma.FollowUpTaskWhereInput {
  return { interview: { clientId: email.clientId, drafts: { some: { id: email.draftId } } } };
}

/** Debrief notes: shared ones with everyone who reads the interview; private ones with their author only. */
export function readableNotesWhere(actor: Actor): Prisma.DebriefNoteWhereInput {
  return { interview: readableInterviewsWhere(actor), OR: [{ visibility: "SHARED" }, { authorId: actor.id }] };
}

/** readableNotesWhere's visibility as SQL: a condition on a "DebriefNote" row aliased `n` (its interview already in scope). */
export function visibleNotesSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(n.visibility = 'SHARED' OR n."authorId" = ${actor.id})`;
}

/**
 * Templates: every coach of the practice reads and writes them (the owner too); a
 * client of the practice reads them, to use them; anyone else finds nothing.
 */
export function readableTemplatesWhere(actor: Actor): Prisma.TemplateWhereInput {
  if (actor.role === "COACH") return { practice: { coaches: { some: { coachId: actor.id } } } };
  return { practice: { assignments: { some: { clientId: actor.id } } } };
}

/**
 * Writing templates, previewing included (a preview runs the coach's Liquid): a coach who
 * belongs to a practice. Everyone else is refused outright (FORBIDDEN), as DOMAIN.md's
 * role rules are: there is no record here to hide.
 */
export function canWriteTemplates(actor: Actor): boolean {
  return actor.role === "COACH" && actor.practices.length > 0;
}

export function writableTemplatesWhere(actor: Actor): Prisma.TemplateWhereInput {
  if (actor.role !== "COACH") return { id: { in: [] } };
  return { practice: { coaches: { some: { coachId: actor.id } } } };
}

/**
 * Drafts: the client reads and writes their own; the assigned coach and the practice
 * owner see a draft once it has been submitted (before that it is the client's work).
 */
export function readableDraftsWhere(actor: Actor): Prisma.DraftWhereInput {
  if (actor.role === "CLIENT") return { interview: { clientId: actor.id } };
  return { submittedAt: { not: null }, interview: readableInterviewsWhere(actor) };
}

/** The assigned coach comments on, edits and approves a submitted draft. */
export function reviewableDraftsWhere(actor: Actor): Prisma.DraftWhereInput {
  if (actor.role !== "COACH") return { id: { in: [] } };
  return { submittedAt: { not: null }, interview: taskWritableInterviewsWhere(actor) };
}

/** The reference book belongs to the client; their coaches and practice owner read it. */
export function readableReferencesWhere(actor: Actor): Prisma.ReferenceWhereInput {
  return { client: readableClientsWhere(actor) };
}

export function writableReferencesWhere(actor: Actor): Prisma.ReferenceWhereInput {
  if (actor.role !== "CLIENT") return { id: { in: [] } };
  return { clientId: actor.id };
}

/**
 * Outgoing emails: the client's own, in full. Their coaches and practice owner see each
 * email's state, recipient and subject (the follow-up's progress, and why a send failed),
 * never the body of a draft they were not shown (see emailSummarySelect).
 */
export function readableEmailsWhere(actor: Actor): Prisma.EmailWhereInput {
  return { client: readableClientsWhere(actor) };
}

/** Only the client sends, moves and cancels their emails. */
export function writableEmailsWhere(actor: Actor): Prisma.EmailWhereInput {
  if (actor.role !== "CLIENT") return { id: { in: [] } };
  return { clientId: actor.id, kind: "DRAFT" };
}
