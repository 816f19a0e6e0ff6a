import "server-only";
import { pageInput } from "@/server/pagination/keyset";
import { z } from "zod";
import { optionalEmailAddress, recordId as id, text } from "@/lib/validation/fields";

export const REFERENCE_STATUSES = ["NOT_ASKED", "ASKED", "AGREED", "DECLINED", "LETTER_RECEIVED"] as const;

export const addReferenceInput = z
  .object({
    name: text({ max: 120, required: "Enter the name" }),
    relationship: text({ max: 200, required: "Say how you know them, e.g. former manager" }),
    kind: z.enum(["EMPLOYMENT", "CHARACTER"]).default("EMPLOYMENT"),
    email: optionalEmailAddress,
    phone: text({ max: 40 }).optional(),
  })
  .strict();
export const REFERENCE_PAGE_SIZE = 50;
/** A page of a reference book, by name (see src/server/pagination/keyset.ts). */
export const listReferencesInput = z.object({ clientId: id.optional(), ...pageInput(REFERENCE_PAGE_SIZE) }).strict();
export const referenceStatusInput = z.object({ id, status: z.enum(REFERENCE_STATUSES) }).strict();
export const giveReferenceInput = z.object({ referenceId: id, interviewId: id }).strict();
export const referenceDraftInput = z.object({ referenceId: id, interviewId: id, templateId: id }).strict();
