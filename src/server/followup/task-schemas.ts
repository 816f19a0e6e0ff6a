import { z } from "zod";

const id = z.string().min(1).max(64);
export const TASK_CHANNELS = ["EMAIL", "LETTER", "HANDWRITTEN_CARD", "PHONE", "IN_PERSON", "NONE"] as const;

export const taskIdInput = z.object({ id }).strict();
/** Without `until`, a snooze pushes the task a day past now or its due time, whichever is later. */
export const snoozeTaskInput = z.object({ id, until: z.coerce.date({ error: "Choose when to be reminded" }).optional() }).strict();
export const moveTaskInput = z.object({ id, dueAt: z.coerce.date({ error: "Choose a new due time" }) }).strict();
export const addTaskInput = z
  .object({
    interviewId: id,
    title: z.string().trim().min(1, "Say what needs doing").max(200, "Use at most 200 characters"),
    dueAt: z.coerce.date({ error: "Choose when it is due" }),
    channel: z.enum(TASK_CHANNELS).default("NONE"),
    recipientPersonId: id.optional(),
  })
  .strict();
