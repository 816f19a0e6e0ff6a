import "server-only";
import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones";
import { idInput, linkToken } from "@/lib/validation/fields";

export const invitationIdInput = idInput;
export const invitationToken = linkToken(20, 100, "This invitation link is not valid.");
export const invitationTokenInput = z
  .object({
    token: invitationToken,
    /** The accepting browser's zone: a new account starts in it rather than in a default. */
    timeZone: timeZoneSchema.optional(),
  })
  .strict();
