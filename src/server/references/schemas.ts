import { z } from "zod";

const id = z.string().min(1).max(64);
export const REFERENCE_STATUSES = ["NOT_ASKED", "ASKED", "AGREED", "DECLINED", "LETTER_RECEIVED"] as const;

export const addReferenceInput = z
  .object({
    name: z.string().trim().min(1, "Enter the name").max(120),
    relationship: z.string().trim().min(1, "Say how you know them, e.g. former manager").max(200),
    kind: z.enum(["EMPLOYMENT", "CHARACTER"]).default("EMPLOYMENT"),
    email: z
      .string()
      .trim()
      .transform((v) => (v === "" ? null : v.toLowerCase()))
      .pipe(z.email("Enter a valid email address").nullable())
      .optional(),
    phone: z.string().trim().max(40).optional(),
  })
  .strict();
export const referenceStatusInput = z.object({ id, status: z.enum(REFERENCE_STATUSES) }).strict();
export const giveReferenceInput = z.object({ referenceId: id, interviewId: id }).strict();
export const referenceDraftInput = z.object({ referenceId: id, interviewId: id, templateId: id }).strict();
