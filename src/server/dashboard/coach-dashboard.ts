import "server-only";
import type { Actor } from "@/server/access/actor";
import { readableClientsWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { fromDbDate, toCivilDate } from "@/lib/civil-date";

/**
 * Every client the coach reaches, with their health. A fixed number of queries
 * whatever the number of clients.
 */
export async function getCoachDashboard(db: Db, actor: Actor, now: Date) {
  if (actor.role !== "COACH") return { clients: [], notifications: [] };
  const clients = await db.user.findMany({
    where: readableClientsWhere(actor),
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, timeZone: true, updatedAt: true },
  });
  const ids = clients.map((c) => c.id);
  const [overdue, interviews, lastTask, lastNote, lastCall, notifications] = await Promise.all([
    db.followUpTask.groupBy({ by: ["interviewId"], where: { status: "OPEN", dueAt: { lt: now }, interview: { clientId: { in: ids } } }, _count: { _all: true } }),
    db.interview.findMany({
      where: { clientId: { in: ids } },
      select: { id: true, clientId: true, outcome: true, coldAt: true, timelineKind: true, timelineDate: true, updatedAt: true },
    }),
    db.followUpTask.groupBy({ by: ["interviewId"], where: { interview: { clientId: { in: ids } }, completedAt: { not: null } }, _max: { completedAt: true } }),
    db.debriefNote.groupBy({ by: ["interviewId"], where: { interview: { clientId: { in: ids } } }, _max: { createdAt: true } }),
    db.callLog.groupBy({ by: ["interviewId"], where: { interview: { clientId: { in: ids } } }, _max: { createdAt: true } }),
    db.notification.findMany({ where: { userId: actor.id, readAt: null }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, kind: true, message: true, interviewId: true, createdAt: true } }),
  ]);

  const clientOfInterview = new Map(interviews.map((i) => [i.id, i.clientId]));
  const latest = (dates: (Date | null | undefined)[]) => dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);
  const perInterviewMax = (rows: { interviewId: string; _max: Record<string, Date | null> }[]) => {
    const byClient = new Map<string, Date>();
    for (const row of rows) {
      const client = clientOfInterview.get(row.interviewId);
      const value = Object.values(row._max)[0];
      if (client && value && (!byClient.get(client) || value > byClient.get(client)!)) byClient.set(client, value);
    }
    return byClient;
  };
  const taskActivity = perInterviewMax(lastTask);
  const noteActivity = perInterviewMax(lastNote);
  const callActivity = perInterviewMax(lastCall);

  return {
    notifications,
    clients: clients.map((client) => {
      const own = interviews.filter((i) => i.clientId === client.id);
      const today = toCivilDate(now, client.timeZone);
      const nextDecision = own
        .filter((i) => i.timelineKind !== "NONE" && i.timelineDate && fromDbDate(i.timelineDate) >= today)
        .map((i) => fromDbDate(i.timelineDate!))
        .sort()[0] ?? null;
      return {
        ...client,
        interviewCount: own.length,
        overdueCount: overdue.filter((o) => clientOfInterview.get(o.interviewId) === client.id).reduce((n, o) => n + o._count._all, 0),
        coldLeads: own.filter((i) => i.coldAt).length,
        nextDecision,
        lastActivity: latest([...own.map((i) => i.updatedAt), taskActivity.get(client.id), noteActivity.get(client.id), callActivity.get(client.id)]),
      };
    }),
  };
}

export type CoachDashboard = Awaited<ReturnType<typeof getCoachDashboard>>;
