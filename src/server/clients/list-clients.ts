import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { isAssignedCoach, readableClientsWhere, readableInterviewsWhere } from "@/server/access/policy";
import { taskSelect } from "@/server/tasks/task-select";
import { withTaskWork } from "@/server/tasks/task-work";
import { keyset, toPage, type KeysetField } from "@/server/pagination/keyset";
import type { clientPlanInput } from "./schemas";
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
 * A client's page for a coach: who they are, and whether this coach manages their plan (an assigned coach does;
 * the practice's owner reads it). The plan itself comes a page of interviews at a time (listClientPlan).
 */
export async function getClientWithPlan(db: Db, actor: Actor, clientId: string) {
  const client = await getClient(db, actor, clientId);
  return { ...client, canManagePlan: isAssignedCoach(actor, client) };
}

// The most recent interviews first, where the open work is; the id keeps ties in one order.
const PLAN_ORDER: KeysetField[] = [{ field: "startsAt", direction: "desc", type: "date" }];

/**
 * One page of a client's follow-up plan, grouped by interview: each interview of the page with its overdue, coming
 * and finished tasks. Four statements whatever the number of interviews or tasks (the interviews, their tasks, the
 * tasks' recipients, where each task's letter stands), each carrying the actor's scope: another practice's client or cursor gives an empty page.
 */
export async function listClientPlan(db: Db, actor: Actor, input: z.infer<typeof clientPlanInput>, now: Date) {
  const { where, orderBy } = keyset(PLAN_ORDER, input.cursor);
  const scope = { AND: [{ clientId: input.id }, readableInterviewsWhere(actor)] };
  const rows = await db.interview.findMany({
    where: { AND: [scope, { tasks: { some: {} } }, where] },
    orderBy,
    take: input.limit + 1,
    select: { id: true, company: true, jobTitle: true, startsAt: true },
  });
  const page = toPage(rows, input.limit, (interview) => [interview.startsAt]);
  const tasks = await withTaskWork(
    db,
    actor,
    await db.followUpTask.findMany({
      where: { interviewId: { in: page.items.map((interview) => interview.id) }, interview: scope },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: { ...taskSelect, interviewId: true },
    }),
  );
  const interviews = page.items.map((interview) => {
    const own = tasks.filter((task) => task.interviewId === interview.id);
    const open = own.filter((task) => task.status === "OPEN");
    return {
      ...interview,
      overdue: open.filter((task) => task.dueAt < now),
      upcoming: open.filter((task) => task.dueAt >= now),
      // Newest first: what was just finished is what a coach looks for.
      finished: own.filter((task) => task.status !== "OPEN").reverse(),
    };
  });
  return { interviews, nextCursor: page.nextCursor };
}
