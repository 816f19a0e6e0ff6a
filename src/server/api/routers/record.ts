import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import {
  addExpense,
  addItem,
  addNote,
  deleteCall,
  deleteExpense,
  deleteNote,
  logCall,
  markReimbursementPaid,
  markReimbursementRequested,
  removeItem,
  updateCall,
  updateExpense,
  updateNote,
} from "@/server/interviews/manage-record";
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
} from "@/server/interviews/record-schemas";

/** The parts of an interview record beside the interview itself: notes, items, calls, expenses. */
export const recordRouter = createTRPCRouter({
  addNote: protectedProcedure.input(addNoteInput).mutation(({ ctx, input }) => addNote(ctx.db, ctx.actor, input)),
  updateNote: protectedProcedure.input(updateNoteInput).mutation(({ ctx, input }) => updateNote(ctx.db, ctx.actor, input)),
  deleteNote: protectedProcedure.input(noteIdInput).mutation(({ ctx, input }) => deleteNote(ctx.db, ctx.actor, input)),
  addItem: protectedProcedure.input(addItemInput).mutation(({ ctx, input }) => addItem(ctx.db, ctx.actor, input, ctx.now)),
  removeItem: protectedProcedure.input(itemIdInput).mutation(({ ctx, input }) => removeItem(ctx.db, ctx.actor, input, ctx.now)),
  logCall: protectedProcedure.input(logCallInput).mutation(({ ctx, input }) => logCall(ctx.db, ctx.actor, input, ctx.now)),
  updateCall: protectedProcedure.input(updateCallInput).mutation(({ ctx, input }) => updateCall(ctx.db, ctx.actor, input, ctx.now)),
  deleteCall: protectedProcedure.input(recordIdInput).mutation(({ ctx, input }) => deleteCall(ctx.db, ctx.actor, input, ctx.now)),
  deleteExpense: protectedProcedure.input(recordIdInput).mutation(({ ctx, input }) => deleteExpense(ctx.db, ctx.actor, input, ctx.now)),
  updateExpense: protectedProcedure.input(updateExpenseInput).mutation(({ ctx, input }) => updateExpense(ctx.db, ctx.actor, input, ctx.now)),
  addExpense: protectedProcedure.input(addExpenseInput).mutation(({ ctx, input }) => addExpense(ctx.db, ctx.actor, input, ctx.now)),
  markReimbursementRequested: protectedProcedure.input(expenseMarkInput).mutation(({ ctx, input }) => markReimbursementRequested(ctx.db, ctx.actor, input, ctx.now)),
  markReimbursementPaid: protectedProcedure.input(expenseMarkInput).mutation(({ ctx, input }) => markReimbursementPaid(ctx.db, ctx.actor, input, ctx.now)),
});
