import { z } from "zod";

export const TEMPLATE_KINDS = [
  "THANK_YOU_EMAIL",
  "THANK_YOU_LETTER",
  "REFERENCE_REQUEST",
  "CHARACTER_REFERENCE_REQUEST",
  "FOLLOW_UP_EMAIL",
  "RECRUITER_THANK_YOU",
  "RECRUITER_KEEP_IN_TOUCH",
] as const;

const id = z.string().min(1).max(64);
const subject = z.string().trim().min(1, "Write a subject").max(200, "Use at most 200 characters");
/** The most a template body may hold; the engine's parse limit is the same number. */
export const TEMPLATE_BODY_MAX_LENGTH = 20_000;
const body = z.string().min(1, "Write the template").max(TEMPLATE_BODY_MAX_LENGTH, "Use at most 20,000 characters");

export const templateContent = z.object({ subject, body }).strict();
export const createTemplateInput = z
  .object({ kind: z.enum(TEMPLATE_KINDS), name: z.string().trim().min(1, "Name the template").max(120), subject, body, practiceId: id.optional() })
  .strict();
export const updateTemplateInput = z.object({ id, name: z.string().trim().min(1, "Name the template").max(120), subject, body }).strict();
export const templateIdInput = z.object({ id }).strict();
export const listTemplatesInput = z.object({ kind: z.enum(TEMPLATE_KINDS).optional(), includeArchived: z.boolean().default(false) }).strict();
