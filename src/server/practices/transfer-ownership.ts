import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { canManageCoaches, ownedPracticeWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { BadInputError, NotFoundError, requireWritten } from "@/server/errors";
import { forgetNotificationsOfLostClients, notifyUsers } from "@/server/notifications/manage-notifications";
import { describeOwnershipTransfer, nameOf } from "./practice-notifications";
import type { transferOwnershipInput } from "./schemas";

/**
 * The owner hands the practice to another of its coaches, who then sees every client of it
 * and manages its settings and coaches. The former owner stays a coach of the practice, with
 * their own clients only. Account deletion calls this before an owner may leave. The new owner
 * is told in the app, in the same transaction.
 */
export async function transferOwnership(db: Db, actor: Actor, input: z.output<typeof transferOwnershipInput>) {
  // Only the owner hands a practice on; to anyone else there is no such practice.
  if (!canManageCoaches(actor, input.practiceId)) throw new NotFoundError("Practice");
  if (input.newOwnerId === actor.id) throw new BadInputError("You already own this practice. Choose another coach of it.");
  return db.$transaction(async (tx) => {
    // The new owner must already coach in the practice, and the practice must be the actor's.
    const member = await tx.practiceCoach.findFirst({
      where: { practiceId: input.practiceId, coachId: input.newOwnerId, practice: ownedPracticeWhere(actor) },
      select: { coach: { select: { name: true, email: true } }, practice: { select: { id: true, name: true } } },
    });
    if (!member) throw new NotFoundError("Coach");
    requireWritten(
      await tx.practice.updateMany({ where: { id: input.practiceId, ...ownedPracticeWhere(actor) }, data: { ownerId: input.newOwnerId } }),
      "Practice",
    );
    await notifyUsers(tx, describeOwnershipTransfer({ actor, practice: member.practice, newOwnerId: input.newOwnerId }));
    // The former owner keeps only their own clients: what they were told of the others goes.
    const clients = await tx.coachClient.findMany({ where: { practiceId: input.practiceId }, distinct: ["clientId"], select: { clientId: true } });
    await forgetNotificationsOfLostClients(tx, [actor.id], clients.map((c) => c.clientId));
    return { newOwnerName: nameOf(member.coach) };
  });
}
