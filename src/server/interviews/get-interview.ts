import "server-only";
import type { Actor } from "@/server/access/actor";
import { interviewAbilities, interviewAbilitySelect, readableInterviewsWhere } from "@/server/access/policy";
import { readPlanPrompts } from "@/server/tasks/replan-interview";
import { taskSelect } from "@/server/tasks/task-select";
import { withTaskWork } from "@/server/tasks/task-work";
import { listNotes } from "./manage-record";
import type { Db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { interviewSummarySelect } from "./interview-select";

export async function getInterview(db: Db, actor: Actor, id: string) {
  const interview = await db.interview.findFirst({
    where: { AND: [{ id }, readableInterviewsWhere(actor)] },
    select: {
      ...interviewSummarySelect,
      durationMinutes: true,
      location: true,
      nextStep: true,
      timelineKind: true,
      timelineDate: true,
      callOn: true,
      questionsInvited: true,
      coldAt: true,
      createdAt: true,
      updatedAt: true,
      client: { select: { id: true, name: true, email: true, timeZone: true, ...interviewAbilitySelect(actor) } },
      people: {
        orderBy: { position: "asc" },
        select: { id: true, role: true, name: true, title: true, email: true, phone: true, recallNote: true, emailBouncedAt: true },
      },
    },
  });
  if (!interview) throw new NotFoundError("Interview");
  // The abilities come from the client as loaded (policy.ts), not from more queries.
  const { id: clientId, name, email, timeZone } = interview.client;
  return { ...interview, client: { id: clientId, name, email, timeZone }, ...interviewAbilities(actor, interview.client) };
}

/**
 * Everything recorded about an interview that this actor may see, beside the interview itself,
 * and what its plan says beside the tasks (what could not be fitted before a decision, R16's advice).
 */
export async function getInterviewRecord(db: Db, actor: Actor, id: string, now: Date) {
  const interview = await getInterview(db, actor, id);
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
    readPlanPrompts(db, id, now),
  ]);
  return { interview, notes, items, calls, expenses, tasks: await withTaskWork(db, actor, tasks), planPrompts };
}

export type InterviewDetail = Awaited<ReturnType<typeof getInterview>>;
