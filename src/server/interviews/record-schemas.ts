import "server-only";
import { z } from "zod";
import { instant, optionalCivilDate, idInput, recordId as id, text } from "@/lib/validation/fields";

export const addNoteInput = z
  .object({
    interviewId: id,
    body: text({ max: 5000, required: "Write the note", multiline: true }),
    /** Only the client can keep a note private; a coach's note is always shared. */
    visibility: z.enum(["SHARED", "PRIVATE"]).default("SHARED"),
  })
  .strict();
export const updateNoteInput = z
  .object({ id, body: text({ max: 5000, required: "Write the note", multiline: true }), visibility: z.enum(["SHARED", "PRIVATE"]) })
  .strict();
export const noteIdInput = idInput;

export const addItemInput = z
  .object({
    interviewId: id,
    kind: z.enum(["MATERIAL", "REQUEST"]),
    title: text({ max: 200, required: "Say what it is" }),
    dueOn: optionalCivilDate,
  })
  .strict();
export const itemIdInput = idInput;

const callFields = {
  /** Defaults to now, by the server's clock. */
  calledAt: instant("Enter when you called").optional(),
  answered: z.boolean(),
  notes: text({ max: 2000, multiline: true }).optional(),
};
export const logCallInput = z.object({ interviewId: id, ...callFields }).strict();
/** A correction: when the call was, whether they answered, the notes. */
export const updateCallInput = z.object({ id, ...callFields, calledAt: callFields.calledAt.unwrap() }).strict();

const expenseFields = {
  description: text({ max: 200, required: "Say what it was for" }),
  amount: z.number({ error: "Enter the amount" }).positive("Enter an amount above zero").max(1_000_000, "Enter an amount up to 1,000,000"),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Use a three-letter currency code, like USD"),
  receiptNote: text({ max: 500, multiline: true }).optional(),
};
export const addExpenseInput = z.object({ interviewId: id, ...expenseFields }).strict();
export const updateExpenseInput = z.object({ id, ...expenseFields }).strict();
export const expenseMarkInput = z.object({ id, at: instant("Enter when it happened").optional() }).strict();
export const recordIdInput = idInput;
