import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { noteVisibilityFor, readableNotesWhere, taskWritableInterviewsWhere, notesOfReadableInterviewWhere, writableInterviewsWhere } from "@/server/access/policy";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, DbOrTx } from "@/server/db/client";
import { BadInputError, NotFoundError } from "@/server/errors";
import { toDbDate } from "@/lib/civil-date";
import { closeTasksAfterCall } from "@/server/tasks/close-tasks";
import { replanInterview } from "@/server/tasks/replan-interview";
import {
  addExpenseInput,
  addItemInput,
  addNoteInput,
  expenseMarkInput,
  itemIdInput,
  logCallInput,
  noteIdInput,
  recordIdInput,
  updateCallInput,
  updateExpenseInput,
  updateNoteInput,
} from "./record-schemas";

type Scope = typeof writableInterviewsWhere;

async function requireInterview(tx: DbOrTx, actor: Actor, interviewId: string, scope: Scope = writableInterviewsWhere) {
  const found = await tx.interview.findFirst({ where: { AND: [{ id: interviewId }, scope(actor)] }, select: { id: true } });
  if (!found) throw new NotFoundError("Interview");
  return found.id;
}

/** The client writes debrief notes (shared or private); the assigned coach adds shared notes. */
export async function addNote(db: Db, actor: Actor, input: z.infer<typeof addNoteInput>) {
  const interviewId = await requireInterview(db, actor, input.interviewId, taskWritableInterviewsWhere);
  return db.debriefNote.create({
    data: { interviewId, authorId: actor.id, body: input.body, visibility: noteVisibilityFor(actor, input.visibility) },
    select: { id: true },
  });
}

/** A note its author may still read: the one they may change or delete. */
const ownNoteWhere = (actor: Actor, id: string) => ({ AND: [{ id, authorId: actor.id }, readableNotesWhere(actor)] });

export async function updateNote(db: Db, actor: Actor, input: z.infer<typeof updateNoteInput>) {
  const { count } = await db.debriefNote.updateMany({
    where: ownNoteWhere(actor, input.id),
    data: { body: input.body, visibility: noteVisibilityFor(actor, input.visibility) },
  });
  if (count === 0) throw new NotFoundError("Note");
  return { id: input.id };
}

export async function deleteNote(db: Db, actor: Actor, { id }: z.infer<typeof noteIdInput>) {
  const { count } = await db.debriefNote.deleteMany({ where: ownNoteWhere(actor, id) });
  if (count === 0) throw new NotFoundError("Note");
  return { id };
}

/** An interview's debrief notes as the actor may see them, read as the relation of an interview already in their scope. */
export function interviewNotesRelation(actor: Actor) {
  return {
    where: notesOfReadableInterviewWhere(actor),
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, visibility: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
  } as const satisfies Prisma.Interview$notesArgs;
}

/** Changes that move the plan: each runs with the re-plan in one transaction. */
async function changeAndReplan<T>(db: Db, actor: Actor, interviewId: string, now: Date, change: (tx: DbOrTx, id: string) => Promise<T>) {
  return db.$transaction(async (tx) => {
    const id = await requireInterview(tx, actor, interviewId);
    const result = await change(tx, id);
    await replanInterview(tx, id, now);
    return result;
  });
}

export async function addItem(db: Db, actor: Actor, input: z.infer<typeof addItemInput>, now: Date) {
  return changeAndReplan(db, actor, input.interviewId, now, (tx, interviewId) =>
    tx.interviewItem.create({
      data: {
        interviewId,
        kind: input.kind,
        title: input.title,
        dueOn: input.dueOn ? toDbDate(input.dueOn) : null,
        receivedAt: input.kind === "REQUEST" ? now : null,
      },
      select: { id: true },
    }),
  );
}

/** One row of an interview's record, as the actor may write it: theirs, by id. */
type RecordRowWhere = { id: string; interview: ReturnType<typeof writableInterviewsWhere> };

/**
 * Changes or removes one row of an interview's record (an item, a call, an expense) and
 * re-plans the interview, in one transaction. The change writes through the actor's scope
 * in its own `where` (`updateMany`/`deleteMany`): no row written is NOT_FOUND.
 */
async function changeRecordRow(
  db: Db,
  actor: Actor,
  id: string,
  now: Date,
  what: string,
  find: (tx: DbOrTx, where: RecordRowWhere) => Promise<{ interviewId: string } | null>,
  change: (tx: DbOrTx, where: RecordRowWhere) => Promise<{ count: number }>,
) {
  const where = { id, interview: writableInterviewsWhere(actor) };
  await db.$transaction(async (tx) => {
    const row = await find(tx, where);
    if (!row || (await change(tx, where)).count === 0) throw new NotFoundError(what);
    await replanInterview(tx, row.interviewId, now);
  });
  return { id };
}

const itemOf = (tx: DbOrTx, where: RecordRowWhere) => tx.interviewItem.findFirst({ where, select: { interviewId: true } });
const callOf = (tx: DbOrTx, where: RecordRowWhere) => tx.callLog.findFirst({ where, select: { interviewId: true } });
const expenseOf = (tx: DbOrTx, where: RecordRowWhere) => tx.expense.findFirst({ where, select: { interviewId: true } });

export async function removeItem(db: Db, actor: Actor, { id }: z.infer<typeof itemIdInput>, now: Date) {
  return changeRecordRow(db, actor, id, now, "Item", itemOf, (tx, where) => tx.interviewItem.deleteMany({ where }));
}

/**
 * A call goes in the log and closes the open call task. R14: the third unanswered call
 * in a row marks the lead cold and tells the coaches (in replanInterview).
 */
export async function logCall(db: Db, actor: Actor, input: z.infer<typeof logCallInput>, now: Date) {
  const calledAt = input.calledAt ?? now;
  if (calledAt > now) throw new BadInputError("A call cannot be logged in the future.");
  return changeAndReplan(db, actor, input.interviewId, now, async (tx, interviewId) => {
    const call = await tx.callLog.create({
      data: { interviewId, calledAt, answered: input.answered, notes: input.notes || null },
      select: { id: true },
    });
    await closeTasksAfterCall(tx, actor, interviewId, calledAt);
    return call;
  });
}

export async function addExpense(db: Db, actor: Actor, input: z.infer<typeof addExpenseInput>, now: Date) {
  return changeAndReplan(db, actor, input.interviewId, now, (tx, interviewId) =>
    tx.expense.create({
      data: {
        interviewId,
        description: input.description,
        amountCents: Math.round(input.amount * 100),
        currency: input.currency,
        receiptNote: input.receiptNote || null,
      },
      select: { id: true },
    }),
  );
}

async function markExpense(db: Db, actor: Actor, { id, at }: z.infer<typeof expenseMarkInput>, now: Date, field: "requestedAt" | "paidAt") {
  return changeRecordRow(db, actor, id, now, "Expense", expenseOf, (tx, where) => tx.expense.updateMany({ where, data: { [field]: at ?? now } }));
}

/** R15: record when the reimbursement was asked for; the reminder comes 30 days later. */
export const markReimbursementRequested = (db: Db, actor: Actor, input: z.infer<typeof expenseMarkInput>, now: Date) => markExpense(db, actor, input, now, "requestedAt");
export const markReimbursementPaid = (db: Db, actor: Actor, input: z.infer<typeof expenseMarkInput>, now: Date) => markExpense(db, actor, input, now, "paidAt");

/** The client corrects the record: a call or an expense logged by mistake goes, and the plan follows. */
export async function deleteCall(db: Db, actor: Actor, { id }: z.infer<typeof recordIdInput>, now: Date) {
  return changeRecordRow(db, actor, id, now, "Call", callOf, (tx, where) => tx.callLog.deleteMany({ where }));
}

export async function deleteExpense(db: Db, actor: Actor, { id }: z.infer<typeof recordIdInput>, now: Date) {
  return changeRecordRow(db, actor, id, now, "Expense", expenseOf, (tx, where) => tx.expense.deleteMany({ where }));
}

/**
 * The client corrects a logged call: its time, whether they answered, the notes. R14's
 * count of unanswered calls in a row follows (a lead can go cold, or warm again).
 */
export async function updateCall(db: Db, actor: Actor, { id, calledAt, answered, notes }: z.infer<typeof updateCallInput>, now: Date) {
  if (calledAt > now) throw new BadInputError("A call cannot be logged in the future.");
  return changeRecordRow(db, actor, id, now, "Call", callOf, (tx, where) => tx.callLog.updateMany({ where, data: { calledAt, answered, notes: notes || null } }));
}

/** The client corrects an expense: what it was for, the amount and currency, the receipt note. */
export async function updateExpense(db: Db, actor: Actor, { id, description, amount, currency, receiptNote }: z.infer<typeof updateExpenseInput>, now: Date) {
  return changeRecordRow(db, actor, id, now, "Expense", expenseOf, (tx, where) =>
    tx.expense.updateMany({ where, data: { description, amountCents: Math.round(amount * 100), currency, receiptNote: receiptNote || null } }),
  );
}
