import "server-only";
import type { Actor } from "@/server/access/actor";
import { readableInterviewsSql } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { WORK_COLUMNS, taskWorkJoinsSql, toTaskWork, type WorkColumns } from "@/server/tasks/task-work";
import { addDays, atLocalTime, toCivilDate } from "@/lib/civil-date";
import type { InterviewOutcome, InterviewStage, TaskChannel, TaskStatus, TimelineKind } from "@/generated/prisma/enums";
import { INTERVIEW_STAGES } from "@/lib/interview-values";

const PENDING_OUTCOMES = ["WAITING", "NEXT_ROUND", "OFFER"] as const;
const OPEN_TASKS_SHOWN = 300;
const DONE_TASKS_SHOWN = 20;
export const PIPELINE_SHOWN = 100;

/** Only what the dashboard's task lists show; the recipient is named by id (the list links a draft to it). */
type DashboardTaskRow = WorkColumns & {
  list: "open" | "done";
  id: string;
  kind: string;
  rules: string[];
  title: string;
  channel: TaskChannel;
  dueAt: Date;
  status: TaskStatus;
  arrivesFrom: Date | null;
  arrivesBy: Date | null;
  recipientPersonId: string | null;
  interviewId: string;
  company: string;
  jobTitle: string;
};

/** A pipeline row (the most recent interviews) or a count of all the interviews of one stage and outcome. */
type InterviewRow =
  | { part: "pipeline"; id: string; company: string; jobTitle: string; stage: InterviewStage; outcome: InterviewOutcome; timelineKind: TimelineKind; timelineDate: Date | null; coldAt: Date | null; count: null }
  | { part: "group"; stage: InterviewStage; outcome: InterviewOutcome; count: number };

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
  const scope = readableInterviewsSql(actor);

  // Two bounded statements started together, whatever the number of interviews and tasks: the two task
  // lists (open this week, done today) with their interview's name and where each task's letter stands; the
  // pipeline with the counts by stage and outcome. Each list keeps its own order and limit inside its branch,
  // and row_number() carries that order out of the UNION; the letters are joined to the rows kept, not to every
  // candidate. (The notifications are the panel's own query, notification.list.)
  const [taskRows, interviewRows] = await Promise.all([
    db.$queryRaw<DashboardTaskRow[]>`
      SELECT t.*, ${WORK_COLUMNS} FROM (
        (SELECT 'open' AS list, t.id, t.kind, t.rules, t.title, t.channel, t."dueAt", t.status, t."arrivesFrom", t."arrivesBy", t."recipientPersonId",
                i.id AS "interviewId", i.company, i."jobTitle",
                row_number() OVER (ORDER BY t."dueAt", t."createdAt", t.id) AS position
         FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
         WHERE ${scope} AND t.status = 'OPEN' AND t."dueAt" < ${endOfWeek}
         ORDER BY t."dueAt", t."createdAt", t.id LIMIT ${OPEN_TASKS_SHOWN})
        UNION ALL
        (SELECT 'done', t.id, t.kind, t.rules, t.title, t.channel, t."dueAt", t.status, t."arrivesFrom", t."arrivesBy", t."recipientPersonId",
                i.id, i.company, i."jobTitle",
                row_number() OVER (ORDER BY t."completedAt" DESC, t.id)
         FROM "FollowUpTask" t JOIN "Interview" i ON i.id = t."interviewId"
         WHERE ${scope} AND t.status IN ('DONE', 'SKIPPED') AND t."completedAt" >= ${startOfToday}
         ORDER BY t."completedAt" DESC, t.id LIMIT ${DONE_TASKS_SHOWN})
      ) t
      ${taskWorkJoinsSql(actor)}
      ORDER BY t.list DESC, t.position`,
    db.$queryRaw<InterviewRow[]>`
      SELECT * FROM (
        (SELECT 'pipeline' AS part, i.id, i.company, i."jobTitle", i.stage, i.outcome, i."timelineKind", i."timelineDate", i."coldAt", NULL::int AS count,
                row_number() OVER (ORDER BY i."startsAt" DESC, i.id) AS position
         FROM "Interview" i WHERE ${scope}
         ORDER BY i."startsAt" DESC, i.id LIMIT ${PIPELINE_SHOWN})
        UNION ALL
        (SELECT 'group', NULL, NULL, NULL, i.stage, i.outcome, NULL, NULL, NULL, count(*)::int, 0
         FROM "Interview" i WHERE ${scope} GROUP BY i.stage, i.outcome)
      ) interviews
      ORDER BY part DESC, position`,
  ]);

  const toTaskItem = (row: DashboardTaskRow) => ({
    id: row.id,
    kind: row.kind,
    rules: row.rules,
    title: row.title,
    channel: row.channel,
    dueAt: row.dueAt,
    status: row.status,
    arrivesFrom: row.arrivesFrom,
    arrivesBy: row.arrivesBy,
    interview: { id: row.interviewId, company: row.company, jobTitle: row.jobTitle },
    recipient: row.recipientPersonId ? { id: row.recipientPersonId } : null,
  });
  const openRows = taskRows.filter((t) => t.list === "open");
  const doneRows = taskRows.filter((t) => t.list === "done");
  const asTaskItem = (row: DashboardTaskRow) => ({ ...toTaskItem(row), work: toTaskWork(row.kind, row) });
  const tasks = openRows.map(asTaskItem);
  const pipeline = interviewRows.flatMap((r) =>
    r.part === "pipeline"
      ? [{ id: r.id, company: r.company, jobTitle: r.jobTitle, stage: r.stage, outcome: r.outcome, timelineKind: r.timelineKind, timelineDate: r.timelineDate, coldAt: r.coldAt }]
      : [],
  );
  const byStageAndOutcome = interviewRows.filter((r) => r.part === "group");
  const stageCounts = Object.fromEntries(INTERVIEW_STAGES.map((stage) => [stage, 0])) as Record<InterviewStage, number>;
  for (const group of byStageAndOutcome) stageCounts[group.stage] += group.count;
  const outcomes = new Set(byStageAndOutcome.map((group) => group.outcome));

  return {
    today,
    overdue: tasks.filter((t) => t.dueAt < startOfToday),
    dueToday: tasks.filter((t) => t.dueAt >= startOfToday && t.dueAt < startOfTomorrow),
    thisWeek: tasks.filter((t) => t.dueAt >= startOfTomorrow),
    recentlyDone: doneRows.map(asTaskItem),
    /** The most recent interviews (at most PIPELINE_SHOWN); stageCounts counts them all. */
    pipeline,
    stageCounts,
    interviewCount: byStageAndOutcome.reduce((n, group) => n + group.count, 0),
    // R04: until an offer is signed, while anything is still pending.
    keepSearching: !outcomes.has("OFFER_SIGNED") && PENDING_OUTCOMES.some((outcome) => outcomes.has(outcome)),
  };
}

export type ClientDashboard = Awaited<ReturnType<typeof getClientDashboard>>;
