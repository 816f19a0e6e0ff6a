import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { Actor } from "@/server/access/actor";
import { taskWritableInterviewsWhere, writableInterviewsWhere } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { BadInputError, ConflictError, NotFoundError } from "@/server/errors";
import { replanInterview } from "./replan-interview";
import { addTaskInput, moveTaskInput, snoozeTaskInput, taskIdInput } from "./task-schemas";

type Scope = typeof writableInterviewsWhere;

async function findTask(tx: DbOrTx, actor: Actor, id: string, scope: Scope) {
  const task = await tx.followUpTask.findFirst({
    where: { id, interview: scope(actor) },
    select: { id: true, interviewId: true, key: true, status: true, dueAt: true, snoozedFrom: true, kind: true },
  });
  if (!task) throw new NotFoundError("Task");
  return task;
}

/** The client marks a task done. A done keep-in-touch email plans the next one (R23). */
export async function completeTask(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = taskIdInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const task = await findTask(tx, actor, id, writableInterviewsWhere);
    if (task.status !== "OPEN") throw new ConflictError("This task is not open.");
    await tx.followUpTask.update({ where: { id }, data: { status: "DONE", completedAt: now } });
    await replanInterview(tx, task.interviewId, now);
    return { id };
  });
}

/** Undo for done and skipped: the task is open again, as it was. */
export async function reopenTask(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = taskIdInput.parse(rawInput);
  return db.$transaction(async (tx) => {
    const task = await findTask(tx, actor, id, writableInterviewsWhere);
    await tx.followUpTask.update({ where: { id }, data: { status: "OPEN", completedAt: null } });
    await replanInterview(tx, task.interviewId, now);
    return { id };
  });
}

export async function skipTask(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = taskIdInput.parse(rawInput);
  const task = await findTask(db, actor, id, writableInterviewsWhere);
  if (task.status !== "OPEN") throw new ConflictError("This task is not open.");
  await db.followUpTask.update({ where: { id }, data: { status: "SKIPPED", completedAt: now } });
  return { id };
}

/**
 * Pushes a task back. Days are calendar days in the client's zone, so a call at 10:00 stays
 * at 10:00 across a change of the clocks. Re-planning then leaves it where the client put it.
 */
export async function snoozeTask(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id, until, days } = snoozeTaskInput.parse(rawInput);
  const task = await db.followUpTask.findFirst({
    where: { id, interview: writableInterviewsWhere(actor) },
    select: { status: true, dueAt: true, snoozedFrom: true, interview: { select: { client: { select: { timeZone: true } } } } },
  });
  if (!task) throw new NotFoundError("Task");
  if (task.status !== "OPEN") throw new ConflictError("This task is not open.");
  if (until && until <= now) throw new BadInputError("Choose a time after now.");
  const from = new Date(Math.max(task.dueAt.getTime(), now.getTime()));
  const dueAt = until ?? new Date(addDays(new TZDate(from.getTime(), task.interview.client.timeZone), days ?? 1).getTime());
  await db.followUpTask.update({
    where: { id },
    data: { dueAt, snoozedFrom: task.snoozedFrom ?? task.dueAt, editedByHand: true },
  });
  return { id, dueAt };
}

/** The assigned coach (or the client) adds a task of their own. */
export async function addTask(db: Db, actor: Actor, rawInput: unknown) {
  const input = addTaskInput.parse(rawInput);
  const interview = await db.interview.findFirst({
    where: { AND: [{ id: input.interviewId }, taskWritableInterviewsWhere(actor)] },
    select: { id: true, people: { select: { id: true } } },
  });
  if (!interview) throw new NotFoundError("Interview");
  if (input.recipientPersonId && !interview.people.some((p) => p.id === input.recipientPersonId)) {
    throw new NotFoundError("Person");
  }
  return db.followUpTask.create({
    data: {
      interviewId: interview.id,
      kind: "CUSTOM",
      rules: [],
      title: input.title,
      channel: input.channel,
      dueAt: input.dueAt,
      recipientPersonId: input.recipientPersonId ?? null,
      editedByHand: true,
      createdById: actor.id,
    },
    select: { id: true },
  });
}

export async function moveTask(db: Db, actor: Actor, rawInput: unknown) {
  const { id, dueAt } = moveTaskInput.parse(rawInput);
  await findTask(db, actor, id, taskWritableInterviewsWhere);
  await db.followUpTask.update({ where: { id }, data: { dueAt, editedByHand: true } });
  return { id };
}

/**
 * A planned task is kept as skipped (re-planning would otherwise bring it back);
 * a task added by hand is deleted.
 */
export async function removeTask(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = taskIdInput.parse(rawInput);
  const task = await findTask(db, actor, id, taskWritableInterviewsWhere);
  if (task.key) {
    await db.followUpTask.update({ where: { id }, data: { status: "SKIPPED", completedAt: now, editedByHand: true } });
  } else {
    await db.followUpTask.delete({ where: { id } });
  }
  return { id };
}
