import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { assignmentsReachingClientWhere, ownCoachLinksWhere, reachesThrough } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { NotFoundError, requireWritten } from "@/server/errors";
import { forgetNotificationsOfLostClients, notifyUsers } from "@/server/notifications/manage-notifications";
import { describeDisconnection, personSelect } from "./practice-notifications";
import type { disconnectCoachInput } from "./schemas";


/** A client's coaches, to see and to disconnect from (Settings). Empty for anyone but a client. */
export async function listMyCoaches(db: Db, actor: Actor) {
  const links = await db.coachClient.findMany({
    where: ownCoachLinksWhere(actor),
    orderBy: { createdAt: "asc" },
    select: { coach: { select: { id: true, name: true, email: true } }, practice: { select: { name: true } } },
  });
  return links.map(({ coach, practice }) => ({ id: coach.id, name: coach.name ?? coach.email, email: coach.email, practiceName: practice.name }));
}

/**
 * The client ends their link with a coach: from then on that coach (and the practice's
 * owner, unless another of its coaches still has the client) finds none of the client's
 * records. The client's own records stay as they are. In the same transaction the coach is
 * told, and so is an owner who lost sight of the client; what either was told about the
 * client's interviews goes with their access.
 */
export async function disconnectCoach(db: Db, actor: Actor, input: z.output<typeof disconnectCoachInput>) {
  return db.$transaction(async (tx) => {
    const link = await tx.coachClient.findFirst({
      where: { ...ownCoachLinksWhere(actor), coachId: input.coachId },
      select: { practiceId: true, coach: { select: personSelect }, practice: { select: { owner: { select: personSelect } } } },
    });
    if (!link) throw new NotFoundError("Coach");
    requireWritten(await tx.coachClient.deleteMany({ where: { ...ownCoachLinksWhere(actor), coachId: input.coachId } }), "Coach");
    const { owner } = link.practice;
    const reaching = await tx.coachClient.findMany({
      where: assignmentsReachingClientWhere(actor.id, [link.coach.id, owner.id]),
      select: { coachId: true, practice: { select: { ownerId: true } } },
    });
    await notifyUsers(
      tx,
      describeDisconnection({
        client: actor,
        coach: link.coach,
        owner,
        practiceId: link.practiceId,
        coachKeepsSight: reachesThrough(reaching, link.coach.id),
        ownerLostSight: !reachesThrough(reaching, owner.id),
      }),
    );
    // Only those who no longer reach the client lose what they were told of the client's interviews.
    await forgetNotificationsOfLostClients(tx, [link.coach.id, owner.id], [actor.id]);
    return { disconnected: true };
  });
}
