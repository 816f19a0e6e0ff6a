import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/access/actor";
import { visibleDraftsSql } from "@/server/access/policy";
import type { DbOrTx } from "@/server/db/client";
import { TEMPLATE_FOR_TASK, templateKindForTask } from "@/lib/task-templates";
import type { TaskWork, TaskWorkState } from "@/lib/task-work";

/** Drafts that went out (by email or by post): "Write it" starts a new one beside them. */
const GONE = Prisma.sql`('SENT', 'PRINTED', 'MAILED')`;

/** The template kind a task of row `t` is written with (task-templates.ts), as SQL. */
const TEMPLATE_KIND_OF_TASK = Prisma.sql`CASE t.kind ${Prisma.join(
  Object.entries(TEMPLATE_FOR_TASK).map(([task, template]) => Prisma.sql`WHEN ${task} THEN ${template}`),
  " ",
)} END`;

/**
 * The draft for a task, in one place (the inline state and "Write it" both use it): a draft
 * started from the task, or else one to the task's person of the task's kind on the same
 * interview, started from anywhere (the interview page, a person's "Draft to …"). A draft not
 * yet gone out comes first, then one started from the task, then the newest. Row `t` is the task.
 */
function draftForTaskSql(actor: Actor, liveOnly: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT d.id, d.status::text AS status, d."taskId" FROM "Draft" d
    WHERE d."interviewId" = t."interviewId"
      AND (d."taskId" = t.id OR (d."taskId" IS NULL AND d."recipientPersonId" = t."recipientPersonId" AND d.kind::text = ${TEMPLATE_KIND_OF_TASK}))
      AND ${visibleDraftsSql(actor)}
      ${liveOnly ? Prisma.sql`AND d.status::text NOT IN ${GONE}` : Prisma.empty}
    ORDER BY (d.status::text IN ${GONE}), (d."taskId" IS NULL), d."createdAt" DESC, d.id
    LIMIT 1`;
}

type WorkRow = { taskId: string; draftId: string | null; draftStatus: string | null; scheduledFor: Date | null };

function toState(row: WorkColumns): TaskWorkState {
  if (row.scheduledFor) return "SCHEDULED";
  switch (row.draftStatus) {
    case null:
      return "NONE";
    case "SUBMITTED":
      return "IN_REVIEW";
    case "APPROVED":
      return "APPROVED";
    case "SENT":
    case "PRINTED":
    case "MAILED":
      return "SENT";
    default:
      return "DRAFT";
  }
}

/**
 * Where the writing of task row `t` stands, as joins any statement over tasks can carry: the task's draft
 * (draftForTaskSql) and that draft's scheduled email, by LATERAL joins, giving the columns WORK_COLUMNS names.
 * The tasks must be ones the actor may read; the drafts are those the actor may see (a coach's view never tells
 * of a draft not yet submitted).
 */
export function taskWorkJoinsSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`
    LEFT JOIN LATERAL (${draftForTaskSql(actor, false)}) d ON TRUE
    LEFT JOIN LATERAL (
      SELECT e."scheduledFor" FROM "Email" e
      WHERE e."draftId" = d.id AND e.status IN ('SCHEDULED', 'SENDING')
      ORDER BY e."createdAt" DESC LIMIT 1
    ) e ON TRUE`;
}

/** The columns taskWorkJoinsSql adds, read back by toTaskWork. */
export const WORK_COLUMNS = Prisma.sql`d.id AS "draftId", d.status AS "draftStatus", e."scheduledFor"`;
export type WorkColumns = Omit<WorkRow, "taskId">;

/** A task's work from the columns taskWorkJoinsSql added: a task that is not written (a call, the debrief) and has no draft has none (null). */
export function toTaskWork(kind: string, row: WorkColumns): TaskWork | null {
  if (!row.draftId && !templateKindForTask(kind)) return null;
  return { state: toState(row), draftId: row.draftId, scheduledFor: row.scheduledFor };
}

/** Where each task's writing stands (no draft, draft, in review, approved, scheduled, sent), for any number of tasks in one statement. */
export async function readTaskWork(db: DbOrTx, actor: Actor, tasks: { id: string; kind: string }[]): Promise<Map<string, TaskWork | null>> {
  if (tasks.length === 0) return new Map();
  const rows = await db.$queryRaw<WorkRow[]>`
    SELECT t.id AS "taskId", ${WORK_COLUMNS}
    FROM "FollowUpTask" t
    ${taskWorkJoinsSql(actor)}
    WHERE t.id = ANY(${tasks.map((t) => t.id)}::text[])`;
  const kinds = new Map(tasks.map((t) => [t.id, t.kind]));
  return new Map(rows.map((row) => [row.taskId, toTaskWork(kinds.get(row.taskId) ?? "", row)]));
}

/** The tasks as read, each with its `work` (readTaskWork). */
export async function withTaskWork<T extends { id: string; kind: string }>(db: DbOrTx, actor: Actor, tasks: T[]): Promise<(T & { work: TaskWork | null })[]> {
  const work = await readTaskWork(db, actor, tasks);
  return tasks.map((task) => ({ ...task, work: work.get(task.id) ?? null }));
}

/**
 * The live draft "Write it" opens instead of starting another (draftForTaskSql): the caller
 * holds the interview's lock, so two clicks find the same one.
 */
export async function findLiveDraftForTask(tx: DbOrTx, actor: Actor, taskId: string): Promise<{ id: string; taskId: string | null } | null> {
  const [draft] = await tx.$queryRaw<{ id: string; taskId: string | null }[]>`
    SELECT d.id, d."taskId" FROM "FollowUpTask" t
    JOIN LATERAL (${draftForTaskSql(actor, true)}) d ON TRUE
    WHERE t.id = ${taskId}`;
  return draft ?? null;
}
