import { z } from "zod";
import { emailAddress, recordId, text } from "./fields";

/** Inviting a client (any coach) or a coach (practice owners) takes the same fields; the invitation form checks them too. */
export const inviteInput = z
  .object({
    email: emailAddress,
    name: text({ max: 120 }).optional(),
    /** Needed only by someone who belongs to several practices. */
    practiceId: recordId.optional(),
  })
  .strict();
