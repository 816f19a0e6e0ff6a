import "server-only";
import { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { accountDeletionBlocker } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { cancelEmailsOfLeavingClient } from "@/server/email/manage-emails";
import { dropEmailJobs } from "@/server/email/queue-email";
import { BadInputError, ConflictError } from "@/server/errors";
import { deleteJobsByKey, getJobQueue, REPLAN_QUEUE } from "@/server/jobs/job-queue";
import { getJobSettings } from "@/server/jobs/job-settings";
import { notifyUsers } from "@/server/notifications/manage-notifications";
import { listStoredKeysOf } from "@/server/rate-limits/rate-limits";
import { clientReplanScope } from "@/server/tasks/replan-in-batches";
import { text } from "@/lib/validation/fields";

/** The person types their own email address to confirm: nothing else names whose account goes. */
export const deleteAccountInput = z.object({ confirmEmail: text({ max: 254, required: "Type your email address to confirm." }) }).strict();

export type DeletedAccount = { deleted: true; coachesTold: number; clientsReassigned: number };

/**
 * Rows that name the person without a foreign key to them, which the cascade from "User" cannot
 * reach: notifications to their coaches about their interviews or naming their address, webhook
 * events of their emails, invitations to their address, sign-in tokens and links, their re-plan
 * run, the rate-limit counters keyed by them, and the dev outbox's copies of mail to, from or about them. Their
 * coaches' digests already sent keep their status (once a week) but lose the text that named them;
 * a digest composed and waiting in a batch goes as it is.
 */
async function deleteLooseRows(tx: DbOrTx, user: { id: string; email: string; name: string }, related: { interviewIds: string[]; emailIds: string[]; coachIds: string[] }) {
  const { interviewIds, emailIds, coachIds } = related;
  const email = user.email.toLowerCase();
  await tx.digest.updateMany({
    where: { userId: { in: coachIds }, status: { in: ["SENT", "EMPTY", "FAILED"] }, OR: [{ text: { contains: user.name } }, { html: { contains: user.name } }] },
    data: { text: null, html: null },
  });
  // A failed send of their own reminder told their coaches with their address (between spaces,
  // so "xjane@…" is not "jane@…") and no interview.
  await tx.notification.deleteMany({
    where: { OR: [{ interviewId: { in: interviewIds } }, { userId: { in: coachIds }, interviewId: null, message: { contains: ` ${user.email} `, mode: "insensitive" } }] },
  });
  await tx.webhookEvent.deleteMany({ where: { emailId: { in: emailIds } } });
  await tx.invitation.deleteMany({ where: { OR: [{ email: { equals: email, mode: "insensitive" } }, { acceptedById: user.id }] } });
  await tx.verificationToken.deleteMany({ where: { identifier: { equals: email, mode: "insensitive" } } });
  await tx.signInLinkUse.deleteMany({ where: { identifier: { equals: email, mode: "insensitive" } } });
  // A practice sign-up waiting on this address is theirs too (keyed by address, not by user).
  await tx.practiceSignUp.deleteMany({ where: { email: { equals: email, mode: "insensitive" } } });
  await tx.replanRun.deleteMany({ where: { scope: clientReplanScope(user.id) } });
  await tx.rateLimit.deleteMany({ where: { key: { in: listStoredKeysOf(user) } } });
  await tx.outboxMessage.deleteMany({ where: { OR: [{ to: { has: email } }, { replyTo: { has: email } }, { text: { contains: user.name } }] } });
}

/**
 * A coach who leaves: each client they were the only coach of, in a practice, is assigned to that
 * practice's owner (who keeps reviewing their drafts), and the client and the owner are told.
 */
async function reassignClientsOfLeavingCoach(tx: DbOrTx, coach: { id: string; name: string }): Promise<number> {
  const orphans = await tx.$queryRaw<{ practiceId: string; clientId: string; ownerId: string; ownerName: string | null }[]>`
    INSERT INTO "CoachClient" ("practiceId", "coachId", "clientId")
    SELECT cc."practiceId", p."ownerId", cc."clientId"
    FROM "CoachClient" cc JOIN "Practice" p ON p.id = cc."practiceId"
    WHERE cc."coachId" = ${coach.id} AND p."ownerId" <> ${coach.id}
      AND NOT EXISTS (SELECT 1 FROM "CoachClient" o WHERE o."clientId" = cc."clientId" AND o."practiceId" = cc."practiceId" AND o."coachId" <> ${coach.id})
    ON CONFLICT DO NOTHING
    RETURNING "practiceId", "clientId", "coachId" AS "ownerId", (SELECT name FROM "User" WHERE id = "coachId") AS "ownerName"`;
  if (orphans.length === 0) return 0;
  await notifyUsers(
    tx,
    orphans.flatMap((o) => [
      { userId: o.clientId, kind: "COACH_LEFT", message: `${coach.name} has left Followthrough. ${o.ownerName ?? "The practice's owner"} is your coach now.`, practiceId: o.practiceId },
      { userId: o.ownerId, kind: "COACH_LEFT", message: `${coach.name} has left Followthrough; one of their clients is now yours.`, practiceId: o.practiceId },
    ]),
  );
  return orphans.length;
}

/**
 * The signed-in person deletes their own account, and nothing of theirs stays:
 * 1. every send still ahead is cancelled first, by the email service, under the worker's row lock;
 * 2. the rows without a foreign key to them go (deleteLooseRows), then the user row, whose cascade
 *    takes interviews, people, plans, notes, drafts and their versions, emails, references,
 *    expenses, sessions (so the session ends), notifications, digests and the calendar feed;
 * 3. their coaches, and the owners of their practices, are told in the app, by name;
 * 4. after the commit, the queue drops the jobs of their emails and of their re-plan.
 * A practice owner is refused until ownership is transferred. Only the actor's own account can go:
 * there is no input naming anyone else, so a coach cannot delete a client's data.
 */
export async function deleteOwnAccount(db: Db, actor: Actor, input: z.infer<typeof deleteAccountInput>, now: Date): Promise<DeletedAccount> {
  if (input.confirmEmail.trim().toLowerCase() !== actor.email.toLowerCase()) {
    throw new BadInputError("To confirm, type the email address you sign in with.");
  }
  const blocker = accountDeletionBlocker(actor);
  if (blocker) throw new ConflictError(blocker);
  const leaseMs = getJobSettings().expireInSeconds * 1000;

  const { emailIds, ...result } = await db.$transaction(async (tx) => {
    const emailIds = await cancelEmailsOfLeavingClient(tx, actor.id, now, leaseMs);
    const [user, interviews, told] = [
      await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true } }),
      await tx.interview.findMany({ where: { clientId: actor.id }, select: { id: true } }),
      // Their coaches, and the owners of the practices they are a client of.
      await tx.$queryRaw<{ userId: string }[]>`
        SELECT cc."coachId" AS "userId" FROM "CoachClient" cc WHERE cc."clientId" = ${actor.id}
        UNION SELECT p."ownerId" FROM "CoachClient" cc JOIN "Practice" p ON p.id = cc."practiceId" WHERE cc."clientId" = ${actor.id}`,
    ];
    const name = user.name ?? user.email;
    const coaches = told.map((t) => t.userId).filter((id) => id !== actor.id);
    const clientsReassigned = await reassignClientsOfLeavingCoach(tx, { id: user.id, name });
    await deleteLooseRows(tx, { ...user, name }, { interviewIds: interviews.map((i) => i.id), emailIds, coachIds: coaches });
    await tx.user.delete({ where: { id: actor.id } });
    if (coaches.length > 0) {
      await tx.notification.createMany({
        data: coaches.map((userId) => ({
          userId,
          kind: "CLIENT_DELETED_ACCOUNT",
          message: `${name} deleted their Followthrough account. Their interviews, plan, letters and emails are gone; scheduled emails were cancelled.`,
        })),
      });
    }
    return { emailIds, deleted: true as const, coachesTold: coaches.length, clientsReassigned };
  });

  await dropEmailJobs(emailIds);
  try {
    await deleteJobsByKey(await getJobQueue(), REPLAN_QUEUE, [clientReplanScope(actor.id)]);
  } catch (error) {
    // A re-plan job left behind finds no run for its scope and does nothing.
    console.error("Could not drop the re-plan job of a deleted account.", error);
  }
  return result;
}
