import type { Actor } from "@/server/access/actor";
import { readableNotesWhere, taskWritableInterviewsWhere, writableInterviewsWhere } from "@/server/access/policy";
import type { Db, DbOrTx } from "@/server/db/client";
import { BadInputError, NotFoundError } from "@/server/errors";
import { toDbDate } from "@/server/followup/civil-date";
import { replanInterview } from "@/server/followup/replan-interview";
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
export async function addNote(db: Db, actor: Actor, rawInput: unknown) {
  const input = addNoteInput.parse(rawInput);
  const interviewId = await requireInterview(db, actor, input.interviewId, taskWritableInterviewsWhere);
  return db.debriefNote.create({
    data: { interviewId, authorId: actor.id, body: input.body, visibility: actor.role === "CLIENT" ? input.visibility : "SHARED" },
    select: { id: true },
  });
}

async function requireOwnNote(db: Db, actor: Actor, id: string) {
  const note = await db.debriefNote.findFirst({ where: { AND: [{ id, authorId: actor.id }, readableNotesWhere(actor)] }, select: { id: true } });
  if (!note) throw new NotFoundError("Note");
  return note;
}

export async function updateNote(db: Db, actor: Actor, rawInput: unknown) {
  const input = updateNoteInput.parse(rawInput);
  await requireOwnNote(db, actor, input.id);
  await db.debriefNote.update({
    where: { id: input.id },
    data: { body: input.body, visibility: actor.role === "CLIENT" ? input.visibility : "SHARED" },
  });
  return { id: input.id };
}

export async function deleteNote(db: Db, actor: Actor, rawInput: unknown) {
  const { id } = noteIdInput.parse(rawInput);
  await requireOwnNote(db, actor, id);
  await db.debriefNote.delete({ where: { id } });
  return { id };
}

export async function listNotes(db: Db, actor: Actor, interviewId: string) {
  return db.debriefNote.findMany({
    where: { AND: [{ interviewId }, readableNotesWhere(actor)] },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, visibility: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
  });
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

export async function addItem(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const input = addItemInput.parse(rawInput);
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

/**
 * Changes or removes one row of an interview's record (an item, a call, an expense) that
 * the actor may write, and re-plans the interview in the same transaction.
 */
async function changeRecordRow<T>(
  db: Db,
  actor: Actor,
  now: Date,
  what: string,
  find: (where: { interview: ReturnType<typeof writableInterviewsWhere> }) => Promise<{ interviewId: string } | null>,
  change: (tx: DbOrTx) => Promise<T>,
) {
  const row = await find({ interview: writableInterviewsWhere(actor) });
  if (!row) throw new NotFoundError(what);
  return changeAndReplan(db, actor, row.interviewId, now, (tx) => change(tx));
}

export async function removeItem(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = itemIdInput.parse(rawInput);
  await changeRecordRow(db, actor, now, "Item", (where) => db.interviewItem.findFirst({ where: { id, ...where }, select: { interviewId: true } }), (tx) => tx.interviewItem.delete({ where: { id } }));
  return { id };
}

/**
 * A call goes in the log and closes the open call task. R14: the third unanswered call
 * in a row marks the lead cold and tells the coaches (in replanInterview).
 */
export async function logCall(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const input = logCallInput.parse(rawInput);
  const calledAt = input.calledAt ?? now;
  if (calledAt > now) throw new BadInputError("A call cannot be logged in the future.");
  return changeAndReplan(db, actor, input.interviewId, now, async (tx, interviewId) => {
    const call = await tx.callLog.create({
      data: { interviewId, calledAt, answered: input.answered, notes: input.notes || null },
      select: { id: true },
    });
    await tx.followUpTask.updateMany({
      where: { interviewId, kind: { in: ["FOLLOW_UP_CALL", "FINAL_CALL"] }, status: "OPEN", dueAt: { lte: new Date(calledAt.getTime() + 36 * 3_600_000) } },
      data: { status: "DONE", completedAt: calledAt },
    });
    return call;
  });
}

export async function addExpense(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const input = addExpenseInput.parse(rawInput);
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

async function markExpense(db: Db, actor: Actor, rawInput: unknown, now: Date, field: "requestedAt" | "paidAt") {
  const { id, at } = expenseMarkInput.parse(rawInput);
  const expense = await db.expense.findFirst({ where: { id, interview: writableInterviewsWhere(actor) }, select: { interviewId: true } });
  if (!expense) throw new NotFoundError("Expense");
  return changeAndReplan(db, actor, expense.interviewId, now, async (tx) => {
    await tx.expense.update({ where: { id }, data: { [field]: at ?? now } });
    return { id };
  });
}

/** R15: record when the reimbursement was asked for; the reminder comes 30 days later. */
export const markReimbursementRequested = (db: Db, actor: Actor, rawInput: unknown, now: Date) => markExpense(db, actor, rawInput, now, "requestedAt");
export const markReimbursementPaid = (db: Db, actor: Actor, rawInput: unknown, now: Date) => markExpense(db, actor, rawInput, now, "paidAt");

/** The client corrects the record: a call or an expense logged by mistake goes, and the plan follows. */
export async function deleteCall(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = recordIdInput.parse(rawInput);
  await changeRecordRow(db, actor, now, "Call", (where) => db.callLog.findFirst({ where: { id, ...where }, select: { interviewId: true } }), (tx) => tx.callLog.delete({ where: { id } }));
  return { id };
}

export async function deleteExpense(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id } = recordIdInput.parse(rawInput);
  await changeRecordRow(db, actor, now, "Expense", (where) => db.expense.findFirst({ where: { id, ...where }, select: { interviewId: true } }), (tx) => tx.expense.delete({ where: { id } }));
  return { id };
}

/**
 * The client corrects a logged call: its time, whether they answered, the notes. R14's
 * count of unanswered calls in a row follows (a lead can go cold, or warm again).
 */
export async function updateCall(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id, calledAt, answered, notes } = updateCallInput.parse(rawInput);
  if (calledAt > now) throw new BadInputError("A call cannot be logged in the future.");
  await changeRecordRow(db, actor, now, "Call", (where) => db.callLog.findFirst({ where: { id, ...where }, select: { interviewId: true } }), (tx) =>
    tx.callLog.update({ where: { id }, data: { calledAt, answered, notes: notes || null } }),
  );
  return { id };
}

/** The client corrects an expense: what it was for, the amount and currency, the receipt note. */
export async function updateExpense(db: Db, actor: Actor, rawInput: unknown, now: Date) {
  const { id, description, amount, currency, receiptNote } = updateExpenseInput.parse(rawInput);
  await changeRecordRow(db, actor, now, "Expense", (where) => db.expense.findFirst({ where: { id, ...where }, select: { interviewId: true } }), (tx) =>
    tx.expense.update({ where: { id }, data: { description, amountCents: Math.round(amount * 100), currency, receiptNote: receiptNote || null } }),
  );
  return { id };
}
