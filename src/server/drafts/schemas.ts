import "server-only";
import { z } from "zod";
import { idInput, pageInput, recordId as id, text } from "@/lib/validation/fields";

/** A letter or email body: long enough for any real one, and the cap on what a template may write. */
export const DRAFT_BODY_MAX_LENGTH = 20_000;

/** A draft goes to one person on the interview, or to one reference from the client's book. */
export const createDraftInput = z
  .object({ interviewId: id, recipientPersonId: id.optional(), referenceId: id.optional(), templateId: id, taskId: id.optional() })
  .strict()
  .refine((v) => !!v.recipientPersonId !== !!v.referenceId, { message: "Choose one recipient", path: ["recipientPersonId"] });
export const saveDraftInput = z
  .object({
    id,
    subject: text({ max: 200, required: "Write a subject" }),
    body: text({ max: DRAFT_BODY_MAX_LENGTH, required: "Write the letter", multiline: true }),
  })
  .strict();
export const draftIdInput = idInput;
export const submitDraftInput = z.object({ id, overrideReason: text({ max: 500, multiline: true }).optional() }).strict();
export const commentInput = z.object({ id, body: text({ max: 5000, required: "Write a comment", multiline: true }) }).strict();
export const reviewInput = z.object({ id, comment: text({ max: 5000, multiline: true }).optional() }).strict();
export const markLetterInput = z.object({ id, state: z.enum(["PRINTED", "MAILED"]) }).strict();
export const draftFromTaskInput = z.object({ taskId: id }).strict();

export const REVIEW_PAGE_SIZE = 20;
/** A page of the review queue, nearest send deadline first. */
export const reviewQueueInput = pageInput(REVIEW_PAGE_SIZE);
