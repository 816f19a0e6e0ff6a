import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254));

/** Inviting a client (any coach) or a coach (practice owners) takes the same fields. */
export const inviteInput = z
  .object({
    email,
    name: z.string().trim().max(120, "Use at most 120 characters").optional(),
    /** Needed only by someone who belongs to several practices. */
    practiceId: z.string().min(1).max(64).optional(),
  })
  .strict();

export const invitationIdInput = z.object({ id: z.string().min(1).max(64) }).strict();
export const invitationTokenInput = z
  .object({
    token: z.string().min(20).max(100),
    /** The accepting browser's zone: a new account starts in it rather than in a default. */
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
