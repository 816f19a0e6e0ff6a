import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import {
  canManageCoaches,
  memberPracticesWhere,
  membershipRemoval,
  ownedPracticeWhere,
  reassignableAssignmentsWhere,
  removableMembershipWhere,
} from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { BadInputError, ConflictError, NotFoundError, requireWritten } from "@/server/errors";
import { forgetNotificationsOfLostClients, notifyUsers } from "@/server/notifications/manage-notifications";
import { describeCoachRemoval, describeReassignment, personSelect } from "./practice-notifications";
import type { practiceCoachInput, reassignClientsInput } from "./schemas";

/**
 * The practices the actor coaches in, with their coaches. The owner also sees how many
 * clients each coach has (to reassign them); a coach sees only their own count, since
 * another coach's clients are not theirs to know about.
 */
export async function listPracticeMembers(db: Db, actor: Actor) {
  const practices = await db.practice.findMany({
    where: memberPracticesWhere(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      ownerId: true,
      coaches: { orderBy: { joinedAt: "asc" }, select: { coach: { select: { id: true, name: true, email: true } } } },
    },
  });
  const counts = await db.coachClient.groupBy({
    by: ["practiceId", "coachId"],
    where: { practiceId: { in: practices.map((p) => p.id) } },
    _count: { _all: true },
  });
  const countOf = (practiceId: string, coachId: string) => counts.find((c) => c.practiceId === practiceId && c.coachId === coachId)?._count._all ?? 0;
  return practices.map((practice) => {
    const manages = canManageCoaches(actor, practice.id);
    return {
      id: practice.id,
      name: practice.name,
      canManageCoaches: manages,
      /** What the actor may do with their own membership. */
      canLeave: membershipRemoval(actor, practice.id, actor.id) === "allowed",
      coaches: practice.coaches.map(({ coach }) => ({
        id: coach.id,
        name: coach.name ?? coach.email,
        email: coach.email,
        isYou: coach.id === actor.id,
        label: coach.id === practice.ownerId ? ("owner" as const) : ("coach" as const),
        clientCount: manages || coach.id === actor.id ? countOf(practice.id, coach.id) : null,
      })),
    };
  });
}

/**
 * The owner moves every client of one coach to another coach of the practice (before that
 * coach leaves, or at any time). A client who already has the receiving coach simply loses
 * the other one. All or nothing; afterwards the former coach no longer sees those clients.
 * In the same transaction, the clients, the receiving coach and the former coach are told
 * (describeReassignment), and the former coach's notifications about those clients' interviews go.
 */
export async function reassignClients(db: Db, actor: Actor, input: z.output<typeof reassignClientsInput>) {
  if (input.fromCoachId === input.toCoachId) throw new BadInputError("Choose another coach to take over these clients.");
  if (!canManageCoaches(actor, input.practiceId)) throw new NotFoundError("Coach");
  return db.$transaction(async (tx) => {
    const scope = reassignableAssignmentsWhere(actor, input.practiceId);
    const receiver = await tx.practiceCoach.findFirst({
      where: { practiceId: input.practiceId, coachId: input.toCoachId, practice: ownedPracticeWhere(actor) },
      select: { coach: { select: personSelect } },
    });
    if (!receiver) throw new NotFoundError("Coach");
    const moving = await tx.coachClient.findMany({
      where: { ...scope, coachId: input.fromCoachId },
      orderBy: [{ client: { name: "asc" } }, { clientId: "asc" }],
      select: { client: { select: personSelect }, coach: { select: personSelect } },
    });
    const clientIds = moving.map((m) => m.client.id);
    const created = await tx.coachClient.createManyAndReturn({
      data: clientIds.map((clientId) => ({ coachId: input.toCoachId, clientId, practiceId: input.practiceId })),
      skipDuplicates: true,
      select: { clientId: true },
    });
    const { count } = await tx.coachClient.deleteMany({ where: { ...scope, coachId: input.fromCoachId, clientId: { in: clientIds } } });
    const [first] = moving;
    if (first) {
      const isNew = new Set(created.map((c) => c.clientId));
      const clients = moving.map((m) => m.client);
      await notifyUsers(
        tx,
        describeReassignment({
          actor,
          practiceId: input.practiceId,
          from: first.coach,
          to: receiver.coach,
          received: clients.filter((c) => isNew.has(c.id)),
          kept: clients.filter((c) => !isNew.has(c.id)),
        }),
      );
      // The owner too: a client the receiving coach already had elsewhere leaves this practice, and the owner's sight.
      await forgetNotificationsOfLostClients(tx, [input.fromCoachId, actor.id], clientIds);
    }
    return { moved: count };
  });
}

/**
 * A coach leaves the practice, or its owner removes them. Their clients must have been
 * reassigned first (a client is never left without the coach they were working with
 * unnoticed), and the owner hands the practice on before leaving. The coach's open
 * invitations into the practice are withdrawn, so no one joins them after they have gone.
 * The owner is told when a coach leaves; a coach the owner removes is told they were removed.
 */
export async function removeCoach(db: Db, actor: Actor, input: z.output<typeof practiceCoachInput>, now: Date) {
  const decision = membershipRemoval(actor, input.practiceId, input.coachId);
  if (decision === "not-found") throw new NotFoundError("Coach");
  if (decision === "owner-must-transfer") throw new ConflictError("You own this practice. Transfer ownership to another coach before you leave.");
  return db.$transaction(async (tx) => {
    // membershipRemoval allowed it, so the coach's count is the actor's to know.
    const clients = await tx.coachClient.count({ where: { practiceId: input.practiceId, coachId: input.coachId } });
    if (clients > 0) {
      const whose = input.coachId === actor.id ? "Your" : "This coach's";
      throw new ConflictError(`${whose} ${clients === 1 ? "client needs" : `${clients} clients need`} another coach first: the owner reassigns them, then the coach can leave.`);
    }
    const leaving = await tx.practiceCoach.findFirst({
      where: removableMembershipWhere(actor, input.practiceId, input.coachId),
      select: { coach: { select: personSelect }, practice: { select: { id: true, name: true, ownerId: true } } },
    });
    if (!leaving) throw new NotFoundError("Coach");
    requireWritten(await tx.practiceCoach.deleteMany({ where: removableMembershipWhere(actor, input.practiceId, input.coachId) }), "Coach");
    await notifyUsers(tx, describeCoachRemoval({ actor, coach: leaving.coach, practice: leaving.practice }));
    await tx.invitation.updateMany({
      where: { practiceId: input.practiceId, invitedById: input.coachId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return { left: input.coachId === actor.id };
  });
}
