import "server-only";
import { pageInput } from "@/server/pagination/keyset";
import { z } from "zod";
import { isValidTimeZone } from "@/lib/time-zones";
import { idInput, linkToken } from "@/lib/validation/fields";

export const invitationIdInput = idInput;

export const INVITATION_PAGE_SIZE = 25;
/** A page of the invitations sent, newest first (see src/server/pagination/keyset.ts). */
export const listInvitationsInput = z.object(pageInput(INVITATION_PAGE_SIZE)).strict();
/** The link as it arrived: anyone can edit it, and a token that cannot be one is simply not found. */
export const invitationLinkInput = z.object({ token: z.string() }).strict();
export const invitationToken = linkToken(20, 100, "This invitation link is not valid.");
/** The form on the invitation page: the link's token and the accepting browser's zone. */
export const acceptInvitationInput = z.object({
  token: invitationToken,
  // A new account starts in the browser's zone rather than a default; a zone this server does
  // not know is dropped, not an error.
  timeZone: z
    .string()
    .max(64)
    .optional()
    .transform((zone) => (zone && isValidTimeZone(zone) ? zone : undefined)),
});
