import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones";
import { emailAddress, idInput, linkToken, recordId, text } from "@/lib/validation/fields";

/** Inviting a client (any coach) or a coach (practice owners) takes the same fields. */
export const inviteInput = z
  .object({
    email: emailAddress,
    name: text({ max: 120 }).optional(),
    /** Needed only by someone who belongs to several practices. */
    practiceId: recordId.optional(),
  })
  .strict();

export const invitationIdInput = idInput;
/** The link as it arrived: anyone can edit it, and a token that cannot be one is simply not found. */
export const invitationLinkInput = z.object({ token: z.string() }).strict();
export const invitationToken = linkToken(20, 100, "This invitation link is not valid.");
export const invitationTokenInput = z
  .object({
    token: invitationToken,
    /** The accepting browser's zone: a new account starts in it rather than in a default. */
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
