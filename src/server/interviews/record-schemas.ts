import { z } from "zod";
import { civilDate } from "./schemas";

const id = z.string().min(1).max(64);

export const addNoteInput = z
  .object({
    interviewId: id,
    body: z.string().trim().min(1, "Write the note").max(5000, "Use at most 5000 characters"),
    /** Only the client can keep a note private; a coach's note is always shared. */
    visibility: z.enum(["SHARED", "PRIVATE"]).default("SHARED"),
  })
  .strict();
export const updateNoteInput = z
  .object({ id, body: z.string().trim().min(1, "Write the note").max(5000), visibility: z.enum(["SHARED", "PRIVATE"]) })
  .strict();
export const noteIdInput = z.object({ id }).strict();

export const addItemInput = z
  .object({
    interviewId: id,
    kind: z.enum(["MATERIAL", "REQUEST"]),
    title: z.string().trim().min(1, "Say what it is").max(200),
    dueOn: civilDate.nullish(),
  })
  .strict();
export const itemIdInput = z.object({ id }).strict();

const callFields = {
  /** Defaults to now, by the server's clock. */
  calledAt: z.coerce.date({ error: "Enter when you called" }).optional(),
  answered: z.boolean(),
  notes: z.string().trim().max(2000, "Use at most 2000 characters").optional(),
};
export const logCallInput = z.object({ interviewId: id, ...callFields }).strict();
/** A correction: when the call was, whether they answered, the notes. */
export const updateCallInput = z.object({ id, ...callFields, calledAt: callFields.calledAt.unwrap() }).strict();

const expenseFields = {
  description: z.string().trim().min(1, "Say what it was for").max(200),
  amount: z.number({ error: "Enter the amount" }).positive("Enter an amount above zero").max(1_000_000),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like USD"),
  receiptNote: z.string().trim().max(500).optional(),
};
export const addExpenseInput = z.object({ interviewId: id, ...expenseFields }).strict();
export const updateExpenseInput = z.object({ id, ...expenseFields }).strict();
export const expenseMarkInput = z.object({ id, at: z.coerce.date().optional() }).strict();
export const recordIdInput = z.object({ id }).strict();
