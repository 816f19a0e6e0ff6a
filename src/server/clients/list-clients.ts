import "server-only";
import type { Actor } from "@/server/access/actor";
import { readableClientsWhere, readableInterviewsWhere } from "@/server/access/policy";
import { taskSelect } from "@/server/tasks/task-select";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";

const clientSelect = (actor: Actor) =>
  ({
    id: true,
    name: true,
    email: true,
    timeZone: true,
    clientOf: {
      // A coach sees the assignments in practices they belong to, not the client's other practices.
      where: { practice: { coaches: { some: { coachId: actor.id } } } },
      select: { coach: { select: { id: true, name: true } }, practice: { select: { name: true } } },
    },
    _count: { select: { interviews: true } },
  }) as const;

/** A coach's clients: assigned to them, or in a practice they own. */
export async function listClients(db: Db, actor: Actor) {
  if (actor.role !== "COACH") return [];
  return db.user.findMany({
    where: readableClientsWhere(actor),
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: clientSelect(actor),
  });
}

export async function getClient(db: Db, actor: Actor, clientId: string) {
  const client = await db.user.findFirst({
    where: { AND: [{ id: clientId }, readableClientsWhere(actor)] },
    select: clientSelect(actor),
  });
  if (!client) throw new NotFoundError("Client");
  return client;
}

export type ClientSummary = Awaited<ReturnType<typeof listClients>>[number];

/** The client's open plan across all their interviews, for the coach's page per client. */
export async function listClientPlan(db: Db, actor: Actor, clientId: string) {
  return db.followUpTask.findMany({
    where: { status: "OPEN", interview: { AND: [{ clientId }, readableInterviewsWhere(actor)] } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: { ...taskSelect, interview: { select: { id: true, company: true, jobTitle: true } } },
  });
}
