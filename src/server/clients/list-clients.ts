import "server-only";
import type { Actor } from "@/server/access/actor";
import { isAssignedCoach, readableClientsWhere, readableInterviewsWhere } from "@/server/access/policy";
import { taskSelect } from "@/server/tasks/task-select";
import { withTaskWork } from "@/server/tasks/task-work";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";

const clientSelect = (actor: Actor) =>
  ({
    id: true,
    name: true,
    email: true,
    timeZone: true,
    role: true,
    clientOf: {
      // A coach sees the assignments in practices they belong to, not the client's other practices.
      where: { practice: { coaches: { some: { coachId: actor.id } } } },
      select: { coachId: true, coach: { select: { id: true, name: true } }, practice: { select: { name: true } } },
    },
    _count: { select: { interviews: true } },
  }) as const;

async function getClient(db: Db, actor: Actor, clientId: string) {
  const client = await db.user.findFirst({
    where: { AND: [{ id: clientId }, readableClientsWhere(actor)] },
    select: clientSelect(actor),
  });
  if (!client) throw new NotFoundError("Client");
  return client;
}

/**
 * A client's page for a coach: who they are, their open plan across all their interviews, and whether this
 * coach manages that plan (an assigned coach does; the practice's owner reads it).
 */
export async function getClientWithPlan(db: Db, actor: Actor, clientId: string) {
  // The plan's query carries the actor's scope itself, so both run at once.
  const [client, plan] = await Promise.all([getClient(db, actor, clientId), listClientPlan(db, actor, clientId)]);
  return { ...client, plan, canManagePlan: isAssignedCoach(actor, client) };
}

/** The client's open plan across all their interviews. */
async function listClientPlan(db: Db, actor: Actor, clientId: string) {
  const tasks = await db.followUpTask.findMany({
    where: { status: "OPEN", interview: { AND: [{ clientId }, readableInterviewsWhere(actor)] } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: { ...taskSelect, interview: { select: { id: true, company: true, jobTitle: true } } },
  });
  return withTaskWork(db, actor, tasks);
}
