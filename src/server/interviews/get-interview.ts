import "server-only";
import type { Actor } from "@/server/access/actor";
import { interviewAbilities, interviewAbilitySelect, readableInterviewsWhere } from "@/server/access/policy";
import { readPlanPrompts, readStoredPlanPrompts } from "@/server/tasks/replan-interview";
import { taskSelect } from "@/server/tasks/task-select";
import { withTaskWork } from "@/server/tasks/task-work";
import { listNotes } from "./manage-record";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { interviewRecordSelect } from "./interview-select";

/** The interview as the actor may read it, with what its abilities are worked out from and its stored plan prompts. */
async function findReadableInterview(db: Db, actor: Actor, id: string) {
  const interview = await db.interview.findFirst({
    where: { AND: [{ id }, readableInterviewsWhere(actor)] },
    select: {
      ...interviewRecordSelect,
      client: { select: { id: true, name: true, email: true, timeZone: true, ...interviewAbilitySelect(actor) } },
      people: {
        orderBy: { position: "asc" },
        select: { id: true, role: true, name: true, title: true, email: true, phone: true, recallNote: true, emailBouncedAt: true },
      },
      planPrompts: true,
    },
  });
  if (!interview) throw new NotFoundError("Interview");
  // The abilities come from the client as loaded (policy.ts), not from more queries.
  const { client, planPrompts, ...rest } = interview;
  const { id: clientId, name, email, timeZone } = client;
  return { interview: { ...rest, client: { id: clientId, name, email, timeZone }, ...interviewAbilities(actor, client) }, planPrompts };
}

export async function getInterview(db: Db, actor: Actor, id: string) {
  return (await findReadableInterview(db, actor, id)).interview;
}

/**
 * Everything recorded about an interview that this actor may see, beside the interview itself,
 * and what its plan says beside the tasks (what could not be fitted before a decision, R16's advice),
 * as the last re-plan left it: a fixed number of statements, and no planner run.
 */
export async function getInterviewRecord(db: Db, actor: Actor, id: string, now: Date) {
  const { interview, planPrompts: stored } = await findReadableInterview(db, actor, id);
  const [notes, items, calls, expenses, tasks, planPrompts] = await Promise.all([
    listNotes(db, actor, id),
    db.interviewItem.findMany({ where: { interviewId: id }, orderBy: { createdAt: "asc" }, select: { id: true, kind: true, title: true, dueOn: true, receivedAt: true, doneAt: true } }),
    db.callLog.findMany({ where: { interviewId: id }, orderBy: { calledAt: "asc" }, select: { id: true, calledAt: true, answered: true, notes: true } }),
    db.expense.findMany({ where: { interviewId: id }, orderBy: { createdAt: "asc" }, select: { id: true, description: true, amountCents: true, currency: true, receiptNote: true, requestedAt: true, paidAt: true } }),
    db.followUpTask.findMany({
      where: { interviewId: id },
      orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
      select: taskSelect,
    }),
    // Stored by the tasks service at each re-plan; only an interview not re-planned since then runs the planner here.
    readStoredPlanPrompts(stored) ?? readPlanPrompts(db, id, now),
  ]);
  return { interview, notes, items, calls, expenses, tasks: await withTaskWork(db, actor, tasks), planPrompts };
}

export type InterviewDetail = Awaited<ReturnType<typeof getInterview>>;
