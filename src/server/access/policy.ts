import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { InvitationKind } from "@/generated/prisma/enums";
import type { Actor } from "./actor";

/**
 * DOMAIN.md "Who sees what", as Prisma `where` fragments. Every query for a protected
 * record puts one of these in its `where`, so a record outside the actor's scope is
 * simply not found: NOT_FOUND, never FORBIDDEN.
 *
 * |                         | client | assigned coach | practice owner | other coach | anyone else |
 * | interviews, people, …   | rw     | read (+notes)  | read           | —           | —           |
 */

/*
 * Roles, ownership and abilities are decided here and only here: services call these
 * functions and never test `actor.role` themselves (src/server/access/policy-boundary.test.ts checks).
 */

/** Whether the actor owns the practice, from the memberships loaded with the actor (no query). */
function ownsPractice(actor: Actor, practiceId: string): boolean {
  return actor.practices.some((p) => p.practiceId === practiceId && p.isOwner);
}

/** The practices whose settings the actor manages: those they own, from the memberships already loaded. */
export function practicesOwnedBy(actor: Actor): Actor["practices"] {
  return actor.practices.filter((p) => p.isOwner);
}

/** A practice's settings (and its re-planning) belong to its owner; anyone else finds no practice. */
export function ownedPracticeWhere(actor: Actor): Prisma.PracticeWhereInput {
  return { ownerId: actor.id };
}

/**
 * The practices the actor may invite into: any practice of a coach for a client, only an
 * owned practice for a coach. Empty for everyone else (who is refused outright).
 */
export function practicesToInviteInto(actor: Actor, kind: InvitationKind): Actor["practices"] {
  if (actor.role !== "COACH") return [];
  return kind === "COACH" ? practicesOwnedBy(actor) : actor.practices;
}

/** Only a coach has a coach's dashboard. */
export function hasCoachDashboard(actor: Actor): boolean {
  return actor.role === "COACH";
}

/** Items a coach sees belong to several clients, so lists and the calendar feed name the client. */
export function seesSeveralClients(actor: Actor): boolean {
  return actor.role === "COACH";
}

/**
 * Outcomes: a coach sees their clients' figures (the owner the whole practice's), client by client
 * too; a client sees only their own, as encouragement, and has no per-client table.
 */
export function hasOutcomesByClient(actor: Actor): boolean {
  return actor.role === "COACH";
}

/** A client's interviews carry a follow-up plan, worked out in the client's zone. */
export function hasFollowUpPlan(actor: Actor): boolean {
  return actor.role === "CLIENT";
}

/** Only a client logs interviews (DOMAIN.md's role rules: FORBIDDEN, there is no record to hide). */
export function canLogInterviews(actor: Actor): boolean {
  return actor.role === "CLIENT";
}

/** The reference book is the client's own: only they add to it. */
export function canKeepReferenceBook(actor: Actor): boolean {
  return actor.role === "CLIENT";
}

/** The "due today" reminder email is a client's setting; for anyone else there is none. */
export function hasDueTodayReminders(actor: Actor): boolean {
  return actor.role === "CLIENT";
}

/**
 * A note's visibility: the client chooses (a private note is theirs alone); a coach's
 * notes are always shared with the client.
 */
export function noteVisibilityFor(actor: Actor, requested: "SHARED" | "PRIVATE"): "SHARED" | "PRIVATE" {
  return actor.role === "CLIENT" ? requested : "SHARED";
}

/** What getInterview loads with the client to work out the abilities below without another query. */
export function interviewAbilitySelect(actor: Actor) {
  return { role: true, clientOf: { where: { coachId: actor.id }, select: { coachId: true }, take: 1 } } as const satisfies Prisma.UserSelect;
}

/**
 * What the actor may do on an interview they can read, from the interview as loaded: the
 * same answers as writableInterviewsWhere and taskWritableInterviewsWhere would give.
 */
export function interviewAbilities(actor: Actor, client: { id: string; role: string; clientOf: { coachId: string }[] }) {
  const isOwnClient = actor.role === "CLIENT" && client.id === actor.id;
  return { canEdit: isOwnClient, canAddTasks: isOwnClient || isAssignedCoach(actor, client) };
}

/**
 * The client's assigned coach, from the client as loaded with their assignments (no query):
 * they manage the client's plan; a practice owner who is not the coach only reads it.
 */
export function isAssignedCoach(actor: Actor, client: { role: string; clientOf: { coachId: string }[] }): boolean {
  return actor.role !== "CLIENT" && client.role === "CLIENT" && client.clientOf.some((a) => a.coachId === actor.id);
}

/**
 * Whether an account (loaded with its client history, not necessarily the actor) may become
 * a coach: any account but a client's with interviews or a coach, whose record would be lost.
 */
export function canBecomeCoach(user: { role: string | null; _count: { interviews: number; clientOf: number } }): boolean {
  return user.role !== "CLIENT" || (user._count.interviews === 0 && user._count.clientOf === 0);
}

/** Whether an account may become a client: only a client's (a coach account stays a coach). */
export function canBecomeClient(user: { role: string | null }): boolean {
  return user.role === "CLIENT";
}

/** A coach keeps archived templates in view (to restore them); a client only uses live ones. */
export function seesArchivedTemplates(actor: Actor): boolean {
  return actor.role === "COACH";
}

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
 * The ownership branch is only written for an actor who owns a practice (the actor is read per
 * request), and names those practices: with it always present, PostgreSQL guessed that a coach
 * reaches all 10,000 clients of the practice and read all 200,000 interviews (230 ms) to list 50
 * of one coach's (20 ms by the (clientId, startsAt) index). Ownership is still checked in the
 * database, so a practice the actor no longer owns gives nothing.
 */
export function readableClientsSql(actor: Actor): Prisma.Sql {
  if (actor.role === "CLIENT") return Prisma.sql`u.id = ${actor.id}`;
  const owned = practicesOwnedBy(actor).map((p) => p.practiceId);
  const byOwnership =
    owned.length > 0
      ? Prisma.sql`UNION
    SELECT cc."clientId" FROM "CoachClient" cc JOIN "Practice" p ON p.id = cc."practiceId"
    WHERE p."ownerId" = ${actor.id} AND cc."practiceId" IN (${Prisma.join(owned)})`
      : Prisma.empty;
  return Prisma.sql`u.role = 'CLIENT' AND u.id IN (
    SELECT cc."clientId" FROM "CoachClient" cc WHERE cc."coachId" = ${actor.id}
    ${byOwnership}
  )`;
}

/**
 * Whether a coach still reaches a client (coachReachesClient, in SQL), on columns of the caller's
 * statement: a coach's id and a client's id, e.g. a notification's "userId" and an interview's "clientId".
 */
export function coachReachesClientSql(coachId: Prisma.Sql, clientId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "CoachClient" cc JOIN "Practice" p ON p.id = cc."practiceId"
    WHERE cc."clientId" = ${clientId} AND (cc."coachId" = ${coachId} OR p."ownerId" = ${coachId}))`;
}

/** readableInterviewsWhere as SQL ($queryRaw): a condition on an "Interview" row aliased `i`. */
export function readableInterviewsSql(actor: Actor): Prisma.Sql {
  if (actor.role === "CLIENT") return Prisma.sql`i."clientId" = ${actor.id}`;
  return Prisma.sql`i."clientId" IN (SELECT u.id FROM "User" u WHERE ${readableClientsSql(actor)})`;
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
  if (ownsPractice(actor, practiceId)) known.push({ clientOf: { some: { practiceId } } }, { practiceMembership: { some: { practiceId } } });
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
  return { interview: readableInterviewsWhere(actor), ...notesOfReadableInterviewWhere(actor) };
}

/**
 * readableNotesWhere for the notes of an interview already in the actor's scope, read as its relation. It carries no
 * interview scope of its own: never a query's top-level `where`.
 */
export function notesOfReadableInterviewWhere(actor: Actor): Prisma.DebriefNoteWhereInput {
  return { OR: [{ visibility: "SHARED" }, { authorId: actor.id }] };
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
  return { ...draftsOfReadableInterviewWhere(actor), interview: readableInterviewsWhere(actor) };
}

/**
 * readableDraftsWhere for the drafts of an interview already in the actor's scope, read as its relation: a client
 * reads only their own interviews, so all their drafts; a coach sees a draft once it was submitted. It carries no
 * interview scope of its own: never a query's top-level `where`.
 */
export function draftsOfReadableInterviewWhere(actor: Actor): Prisma.DraftWhereInput {
  return actor.role === "CLIENT" ? {} : { submittedAt: { not: null } };
}

/**
 * readableDraftsWhere as SQL, for a draft on an interview already in the actor's scope: a
 * condition on a "Draft" row aliased `d`. A coach sees a draft only once it was submitted.
 */
export function visibleDraftsSql(actor: Actor): Prisma.Sql {
  return actor.role === "CLIENT" ? Prisma.sql`TRUE` : Prisma.sql`d."submittedAt" IS NOT NULL`;
}

/**
 * The drafts the actor edits or comments on: the client their own (any status); the
 * assigned coach a submitted one, as part of the review (see reviewableDraftsWhere).
 */
export function editableDraftsWhere(actor: Actor): Prisma.DraftWhereInput {
  return actor.role === "CLIENT" ? readableDraftsWhere(actor) : reviewableDraftsWhere(actor);
}

/** Whether the actor edits as the draft's author (their edit makes it a draft again) rather than as its reviewer. */
export function editsAsAuthor(actor: Actor): boolean {
  return actor.role === "CLIENT";
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

/*
 * Export and deletion of one's own account (src/server/export, src/server/account/delete-account.ts).
 */

/** Records that are the person's own to take away: their interviews (a coach has none of their own). */
export function ownInterviewsWhere(actor: Actor): Prisma.InterviewWhereInput {
  return { clientId: actor.id };
}

/**
 * The practices whose templates and client list the actor may export: those they own. Anyone
 * else finds no practice export at all (NOT_FOUND).
 */
export function exportablePracticesOf(actor: Actor): Actor["practices"] {
  return practicesOwnedBy(actor);
}

/**
 * The assignments whose clients the practice export lists: those inside the practices the actor
 * owns. A client the owner coaches in someone else's practice belongs to that practice's export.
 */
export function exportableAssignmentsWhere(actor: Actor): Prisma.CoachClientWhereInput {
  return { practiceId: { in: exportablePracticesOf(actor).map((p) => p.practiceId) }, practice: { ownerId: actor.id } };
}

/**
 * Why the actor may not delete their account yet, or null. A practice needs an owner, so its
 * owner transfers ownership first; everyone else (a client, a coach who owns nothing) may go.
 */
export function accountDeletionBlocker(actor: Actor): string | null {
  const owned = practicesOwnedBy(actor);
  if (owned.length === 0) return null;
  const names = owned.map((p) => p.practiceName).join(", ");
  return `You own ${names}. Transfer the practice to another coach before deleting your account.`;
}

/*
 * A practice's life (README "Starting a practice"): who leaves, who moves clients, who hands
 * the practice on, who disconnects. Each is a `where` the write carries, so anything outside
 * it is simply not found.
 */

/** The practices whose members an actor sees: those they coach in. Clients and strangers see none. */
export function memberPracticesWhere(actor: Actor): Prisma.PracticeWhereInput {
  if (actor.role !== "COACH") return { id: { in: [] } };
  return { coaches: { some: { coachId: actor.id } } };
}

/** The owner manages the practice's coaches: moves their clients, removes them, hands the practice on. */
export function canManageCoaches(actor: Actor, practiceId: string): boolean {
  return actor.role === "COACH" && ownsPractice(actor, practiceId);
}

/**
 * Whether a membership may end, from the memberships loaded with the actor: a coach leaves
 * themselves, the owner removes any other coach, and the owner's own membership ends only
 * once someone else owns the practice (there is always an owner among the coaches).
 */
export function membershipRemoval(actor: Actor, practiceId: string, coachId: string): "allowed" | "owner-must-transfer" | "not-found" {
  if (actor.role !== "COACH" || !actor.practices.some((p) => p.practiceId === practiceId)) return "not-found";
  if (coachId === actor.id) return ownsPractice(actor, practiceId) ? "owner-must-transfer" : "allowed";
  return ownsPractice(actor, practiceId) ? "allowed" : "not-found";
}

/** The membership a removal deletes, scoped in its own `where` as membershipRemoval decided (never the owner's). */
export function removableMembershipWhere(actor: Actor, practiceId: string, coachId: string): Prisma.PracticeCoachWhereInput {
  return {
    practiceId,
    coachId,
    practice: { ownerId: { not: coachId } },
    OR: [{ coachId: actor.id }, { practice: { ownerId: actor.id } }],
  };
}

/** The assignments an owner may move between the practice's coaches: the practice's own. */
export function reassignableAssignmentsWhere(actor: Actor, practiceId: string): Prisma.CoachClientWhereInput {
  if (actor.role !== "COACH") return { practiceId: { in: [] } };
  return { practiceId, practice: { ownerId: actor.id } };
}

/**
 * The assignments through which any of these coaches still reaches the client (coachReachesClient, for
 * people other than the actor): after a disconnection, who lost sight of the client and who did not.
 */
export function assignmentsReachingClientWhere(clientId: string, coachIds: string[]): Prisma.CoachClientWhereInput {
  return { clientId, OR: [{ coachId: { in: coachIds } }, { practice: { ownerId: { in: coachIds } } }] };
}

/** Whether the coach reaches the client through one of these assignments (read with assignmentsReachingClientWhere). */
export function reachesThrough(assignments: { coachId: string; practice: { ownerId: string } }[], coachId: string): boolean {
  return assignments.some((a) => a.coachId === coachId || a.practice.ownerId === coachId);
}

/** A client's own links to their coaches, which they may end (disconnect). */
export function ownCoachLinksWhere(actor: Actor): Prisma.CoachClientWhereInput {
  if (actor.role !== "CLIENT") return { clientId: { in: [] } };
  return { clientId: actor.id };
}
