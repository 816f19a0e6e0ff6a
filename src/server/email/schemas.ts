import "server-only";
import { z } from "zod";
import { localDateTime, recordId as id } from "@/lib/validation/fields";

/** When an email goes out: now, a preset of the plan, or a wall-clock time in the client's zone. */
export const sendTimeInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("now") }).strict(),
  z.object({ kind: z.literal("preset"), preset: z.enum(["tonight", "first-thing"]) }).strict(),
  z
    .object({
      kind: z.literal("at"),
      localTime: localDateTime,
    })
    .strict(),
]);
export type SendTime = z.infer<typeof sendTimeInput>;

export const scheduleEmailInput = z.object({ draftId: id, when: sendTimeInput }).strict();
export const moveEmailInput = z.object({ emailId: id, when: sendTimeInput }).strict();
export const cancelEmailInput = z.object({ emailId: id }).strict();
export const reminderSettingInput = z.object({ enabled: z.boolean() }).strict();
