import { z } from "zod";

const id = z.string().min(1).max(64);
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
    subject: z.string().trim().min(1, "Write a subject").max(200),
    body: z.string().trim().min(1, "Write the letter").max(DRAFT_BODY_MAX_LENGTH),
  })
  .strict();
export const draftIdInput = z.object({ id }).strict();
export const submitDraftInput = z.object({ id, overrideReason: z.string().trim().max(500).optional() }).strict();
export const commentInput = z.object({ id, body: z.string().trim().min(1, "Write a comment").max(5000) }).strict();
export const reviewInput = z.object({ id, comment: z.string().trim().max(5000).optional() }).strict();
export const markLetterInput = z.object({ id, state: z.enum(["PRINTED", "MAILED"]) }).strict();
export const draftFromTaskInput = z.object({ taskId: id }).strict();
