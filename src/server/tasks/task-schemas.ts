import "server-only";
import { z } from "zod";
import { instant, idInput, recordId as id, text } from "@/lib/validation/fields";

export const TASK_CHANNELS = ["EMAIL", "LETTER", "HANDWRITTEN_CARD", "PHONE", "IN_PERSON", "NONE"] as const;

export const taskIdInput = idInput;
/**
 * A snooze to a chosen time (`until`), or by whole days (`days`) counted from the task's due
 * time, or from now when it is overdue. Neither: one day.
 */
export const snoozeTaskInput = z
  .object({
    id,
    until: instant("Choose when to be reminded").optional(),
    days: z.number({ error: "Choose how many days" }).int("Choose whole days").min(1, "Snooze for at least a day").max(60, "Snooze for at most 60 days").optional(),
  })
  .strict()
  .refine((input) => input.until === undefined || input.days === undefined, { message: "Choose a time or a number of days, not both" });
/** Undo of a snooze: the task goes back to `dueAt` if it is still where the snooze put it (`snoozedTo`). */
export const undoSnoozeInput = z.object({ id, dueAt: instant("Choose the time to restore"), snoozedTo: instant("Say where the snooze put the task") }).strict();
export const moveTaskInput = z.object({ id, dueAt: instant("Choose a new due time") }).strict();
export const addTaskInput = z
  .object({
    interviewId: id,
    title: text({ max: 200, required: "Say what needs doing" }),
    dueAt: instant("Choose when it is due"),
    channel: z.enum(TASK_CHANNELS).default("NONE"),
    recipientPersonId: id.optional(),
  })
  .strict();
