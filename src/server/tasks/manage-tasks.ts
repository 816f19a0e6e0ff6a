import "server-only";
import type { z } from "zod";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/access/actor";
import { plannableTasksWhere, taskWritableInterviewsWhere, workableTasksWhere } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { BadInputError, ConflictError, NotFoundError } from "@/server/errors";
import { addTaskInput, moveTaskInput, snoozeTaskInput, taskIdInput, undoSnoozeInput } from "@/server/tasks/task-schemas";
import { replanInterview } from "./replan-interview";

type TaskScope = (actor: Actor) => Prisma.FollowUpTaskWhereInput;

/**
 * Writes one task, with the actor's scope (and any state the change needs) in the write's own
 * `where`: a task the actor may not write is never touched, whatever was read before. No row
 * written is NOT_FOUND, or CONFLICT when the actor may write the task but it is not `expected`.
 */
async function writeTask(
  tx: DbOrTx,
  actor: Actor,
  scope: TaskScope,
  id: string,
  data: Prisma.FollowUpTaskUpdateManyMutationInput,
  expected: Prisma.FollowUpTaskWhereInput = {},
  conflict = "This task is not open.",
): Promise<{ interviewId: string }> {
  const [written] = await tx.followUpTask.updateManyAndReturn({ where: { AND: [{ id }, scope(actor), expected] }, data, select: { interviewId: true } });
  if (written) return written;
  if (await tx.followUpTask.count({ where: { AND: [{ id }, scope(actor)] } })) throw new ConflictError(conflict);
  throw new NotFoundError("Task");
}

/** The client marks a task done. A done keep-in-touch email plans the next one (R23). */
export async function completeTask(db: Db, actor: Actor, { id }: z.infer<typeof taskIdInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const { interviewId } = await writeTask(tx, actor, workableTasksWhere, id, { status: "DONE", completedAt: now }, { status: "OPEN" });
    await replanInterview(tx, interviewId, now);
    return { id };
  });
}

/** Undo for done and skipped: the task is open again, as it was. */
export async function reopenTask(db: Db, actor: Actor, { id }: z.infer<typeof taskIdInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const { interviewId } = await writeTask(tx, actor, workableTasksWhere, id, { status: "OPEN", completedAt: null });
    await replanInterview(tx, interviewId, now);
    return { id };
  });
}

export async function skipTask(db: Db, actor: Actor, { id }: z.infer<typeof taskIdInput>, now: Date) {
  await writeTask(db, actor, workableTasksWhere, id, { status: "SKIPPED", completedAt: now }, { status: "OPEN" });
  return { id };
}

/**
 * Pushes a task back. Days are calendar days in the client's zone, so a call at 10:00 stays
 * at 10:00 across a change of the clocks. Re-planning then leaves it where the client put it.
 */
export async function snoozeTask(db: Db, actor: Actor, { id, until, days }: z.infer<typeof snoozeTaskInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const task = await tx.followUpTask.findFirst({
      where: { AND: [{ id }, workableTasksWhere(actor)] },
      select: { status: true, dueAt: true, snoozedFrom: true, interview: { select: { client: { select: { timeZone: true } } } } },
    });
    if (!task) throw new NotFoundError("Task");
    if (task.status !== "OPEN") throw new ConflictError("This task is not open.");
    if (until && until <= now) throw new BadInputError("Choose a time after now.");
    const from = new Date(Math.max(task.dueAt.getTime(), now.getTime()));
    const dueAt = until ?? new Date(addDays(new TZDate(from.getTime(), task.interview.client.timeZone), days ?? 1).getTime());
    await writeTask(tx, actor, workableTasksWhere, id, { dueAt, snoozedFrom: task.snoozedFrom ?? task.dueAt, editedByHand: true }, { status: "OPEN" });
    return { id, dueAt };
  });
}

/**
 * Undo for a snooze: the task goes back to the time it had, and a task that is back at its
 * planned time forgets the snooze. Only while the snooze is the task's latest change (it is
 * still open, at the time the snooze gave it); otherwise it is a conflict and nothing changes.
 */
export async function undoSnoozeTask(db: Db, actor: Actor, { id, dueAt, snoozedTo }: z.infer<typeof undoSnoozeInput>) {
  return db.$transaction(async (tx) => {
    const task = await tx.followUpTask.findFirst({ where: { AND: [{ id }, workableTasksWhere(actor)] }, select: { snoozedFrom: true } });
    if (!task) throw new NotFoundError("Task");
    const backAtPlan = task.snoozedFrom?.getTime() === dueAt.getTime();
    await writeTask(tx, actor, workableTasksWhere, id, { dueAt, ...(backAtPlan ? { snoozedFrom: null } : {}) }, { status: "OPEN", dueAt: snoozedTo }, "This task changed since it was snoozed, so the snooze cannot be undone.");
    return { id, dueAt };
  });
}

/**
 * The assigned coach (or the client) adds a task of their own. The interview is read through
 * the actor's scope in the same transaction as the insert, which has no `where` of its own.
 */
export async function addTask(db: Db, actor: Actor, input: z.infer<typeof addTaskInput>) {
  return db.$transaction(async (tx) => {
    const interview = await tx.interview.findFirst({
      where: { AND: [{ id: input.interviewId }, taskWritableInterviewsWhere(actor)] },
      select: { id: true, people: { select: { id: true } } },
    });
    if (!interview) throw new NotFoundError("Interview");
    if (input.recipientPersonId && !interview.people.some((p) => p.id === input.recipientPersonId)) {
      throw new NotFoundError("Person");
    }
    return tx.followUpTask.create({
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
  });
}

export async function moveTask(db: Db, actor: Actor, { id, dueAt }: z.infer<typeof moveTaskInput>) {
  await writeTask(db, actor, plannableTasksWhere, id, { dueAt, editedByHand: true });
  return { id };
}

/**
 * A planned task is kept as skipped (re-planning would otherwise bring it back);
 * a task added by hand is deleted.
 */
export async function removeTask(db: Db, actor: Actor, { id }: z.infer<typeof taskIdInput>, now: Date) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.followUpTask.deleteMany({ where: { AND: [{ id, key: null }, plannableTasksWhere(actor)] } });
    if (count === 0) await writeTask(tx, actor, plannableTasksWhere, id, { status: "SKIPPED", completedAt: now, editedByHand: true });
    return { id };
  });
}
