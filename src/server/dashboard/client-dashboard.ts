import "server-only";
import type { Actor } from "@/server/access/actor";
import { readableInterviewsWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { addDays, atLocalTime, toCivilDate } from "@/lib/civil-date";
import { taskSelect } from "@/server/tasks/task-select";

const PENDING_OUTCOMES = ["WAITING", "NEXT_ROUND", "OFFER"] as const;

/**
 * The client's week: overdue, today and the next seven days, in the client's own zone,
 * the pipeline by stage, and R04's nudge while anything is pending.
 */
export async function getClientDashboard(db: Db, actor: Actor, now: Date) {
  const zone = actor.timeZone;
  const today = toCivilDate(now, zone);
  const startOfToday = atLocalTime(today, "00:00", zone);
  const startOfTomorrow = atLocalTime(addDays(today, 1), "00:00", zone);
  const endOfWeek = atLocalTime(addDays(today, 8), "00:00", zone);
  const scope = readableInterviewsWhere(actor);

  const [tasks, interviews] = await Promise.all([
    db.followUpTask.findMany({
      where: { status: "OPEN", dueAt: { lt: endOfWeek }, interview: scope },
      // The id breaks ties, so tasks due at the same minute keep one order from load to load.
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: 300,
      select: { ...taskSelect, interview: { select: { id: true, company: true, jobTitle: true } } },
    }),
    db.interview.findMany({
      where: scope,
      orderBy: { startsAt: "desc" },
      select: { id: true, company: true, jobTitle: true, stage: true, outcome: true, startsAt: true, timelineKind: true, timelineDate: true, coldAt: true },
    }),
  ]);

  const notifications = await db.notification.findMany({
    where: { userId: actor.id, readAt: null },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, kind: true, message: true, interviewId: true, createdAt: true },
  });
  const recentlyDone = await db.followUpTask.findMany({
    where: { status: { in: ["DONE", "SKIPPED"] }, completedAt: { gte: startOfToday }, interview: scope },
    orderBy: { completedAt: "desc" },
    take: 20,
    select: { ...taskSelect, interview: { select: { id: true, company: true, jobTitle: true } } },
  });

  return {
    today,
    overdue: tasks.filter((t) => t.dueAt < startOfToday),
    dueToday: tasks.filter((t) => t.dueAt >= startOfToday && t.dueAt < startOfTomorrow),
    thisWeek: tasks.filter((t) => t.dueAt >= startOfTomorrow),
    recentlyDone,
    notifications,
    pipeline: interviews,
    // R04: until an offer is signed, while anything is still pending.
    keepSearching: !interviews.some((i) => i.outcome === "OFFER_SIGNED") && interviews.some((i) => (PENDING_OUTCOMES as readonly string[]).includes(i.outcome)),
  };
}

export type ClientDashboard = Awaited<ReturnType<typeof getClientDashboard>>;
