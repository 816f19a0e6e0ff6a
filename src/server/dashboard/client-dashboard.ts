import "server-only";
import type { Actor } from "@/server/access/actor";
import { readableInterviewsWhere } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { readTaskWork } from "@/server/tasks/task-work";
import { addDays, atLocalTime, toCivilDate } from "@/lib/civil-date";
import type { Prisma } from "@/generated/prisma/client";
import type { InterviewStage } from "@/generated/prisma/enums";
import { INTERVIEW_STAGES } from "@/lib/validation/interview-fields";

const PENDING_OUTCOMES = ["WAITING", "NEXT_ROUND", "OFFER"] as const;
const OPEN_TASKS_SHOWN = 300;
const DONE_TASKS_SHOWN = 20;
export const PIPELINE_SHOWN = 100;

/** Only what the dashboard's task lists show; the recipient is named by id (the list links a draft to it). */
const dashboardTaskSelect = {
  id: true,
  kind: true,
  rules: true,
  title: true,
  channel: true,
  dueAt: true,
  status: true,
  arrivesFrom: true,
  arrivesBy: true,
  recipientPersonId: true,
  interview: { select: { id: true, company: true, jobTitle: true } },
} as const satisfies Prisma.FollowUpTaskSelect;

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

  // Every list is bounded and every query starts at once: a fixed set of statements (one per list and
  // one per relation it names), whatever the number of interviews and tasks.
  const [tasks, recentlyDone, pipeline, byStageAndOutcome, notifications] = await Promise.all([
    db.followUpTask.findMany({
      where: { status: "OPEN", dueAt: { lt: endOfWeek }, interview: scope },
      // The id breaks ties, so tasks due at the same minute keep one order from load to load.
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: OPEN_TASKS_SHOWN,
      select: dashboardTaskSelect,
    }),
    db.followUpTask.findMany({
      where: { status: { in: ["DONE", "SKIPPED"] }, completedAt: { gte: startOfToday }, interview: scope },
      orderBy: [{ completedAt: "desc" }, { id: "asc" }],
      take: DONE_TASKS_SHOWN,
      select: dashboardTaskSelect,
    }),
    db.interview.findMany({
      where: scope,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: PIPELINE_SHOWN,
      select: { id: true, company: true, jobTitle: true, stage: true, outcome: true, timelineKind: true, timelineDate: true, coldAt: true },
    }),
    db.interview.groupBy({ by: ["stage", "outcome"], where: scope, _count: { _all: true } }),
    db.notification.findMany({
      where: { userId: actor.id, readAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, kind: true, message: true, interviewId: true },
    }),
  ]);

  const stageCounts = Object.fromEntries(INTERVIEW_STAGES.map((stage) => [stage, 0])) as Record<InterviewStage, number>;
  for (const group of byStageAndOutcome) stageCounts[group.stage] += group._count._all;
  const outcomes = new Set(byStageAndOutcome.map((group) => group.outcome));
  // Where each task's letter or email stands: one more statement for all the lists.
  const work = await readTaskWork(db, actor, [...tasks, ...recentlyDone]);
  const asTaskItem = ({ recipientPersonId, ...task }: (typeof tasks)[number]) => ({
    ...task,
    recipient: recipientPersonId ? { id: recipientPersonId } : null,
    work: work.get(task.id) ?? null,
  });

  return {
    today,
    overdue: tasks.filter((t) => t.dueAt < startOfToday).map(asTaskItem),
    dueToday: tasks.filter((t) => t.dueAt >= startOfToday && t.dueAt < startOfTomorrow).map(asTaskItem),
    thisWeek: tasks.filter((t) => t.dueAt >= startOfTomorrow).map(asTaskItem),
    recentlyDone: recentlyDone.map(asTaskItem),
    notifications,
    /** The most recent interviews (at most PIPELINE_SHOWN); stageCounts counts them all. */
    pipeline,
    stageCounts,
    interviewCount: byStageAndOutcome.reduce((n, group) => n + group._count._all, 0),
    // R04: until an offer is signed, while anything is still pending.
    keepSearching: !outcomes.has("OFFER_SIGNED") && PENDING_OUTCOMES.some((outcome) => outcomes.has(outcome)),
  };
}

export type ClientDashboard = Awaited<ReturnType<typeof getClientDashboard>>;
