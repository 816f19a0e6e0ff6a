import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { ownCoachLinksWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { requireWritten } from "@/server/errors";
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
 * records. The client's own records stay as they are.
 */
export async function disconnectCoach(db: Db, actor: Actor, input: z.output<typeof disconnectCoachInput>) {
  requireWritten(await db.coachClient.deleteMany({ where: { ...ownCoachLinksWhere(actor), coachId: input.coachId } }), "Coach");
  return { disconnected: true };
}
