import "server-only";
import { pageInput } from "@/server/pagination/keyset";
import { z } from "zod";
import { idInput, recordId as id, text } from "@/lib/validation/fields";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";

/** The most a template body may hold; the engine's parse limit is the same number. */
export const TEMPLATE_BODY_MAX_LENGTH = 20_000;
const subject = text({ max: 200, required: "Write a subject" });
// A template keeps its own layout: Liquid tags and blank lines are the coach's to place.
const body = text({ max: TEMPLATE_BODY_MAX_LENGTH, required: "Write the template", multiline: true, trim: false });
const name = text({ max: 120, required: "Name the template" });

export const templateContent = z.object({ subject, body }).strict();
export const createTemplateInput = z
  .object({ kind: z.enum(TEMPLATE_KINDS), name, subject, body, practiceId: id.optional() })
  .strict();
export const updateTemplateInput = z.object({ id, name, subject, body }).strict();
export const templateIdInput = idInput;
export const listTemplatesInput = z.object({ kind: z.enum(TEMPLATE_KINDS).optional(), includeArchived: z.boolean().default(false) }).strict();

export const TEMPLATE_PAGE_SIZE = 50;
/** A page of the templates list, by name (see src/server/pagination/keyset.ts). */
export const templatePageInput = z.object({ includeArchived: z.boolean().default(false), ...pageInput(TEMPLATE_PAGE_SIZE) }).strict();
