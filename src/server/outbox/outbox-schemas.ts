import { z } from "zod";

const addressList = z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]);

/** The subset of Resend's POST /emails body that this app sends. */
export const resendEmailPayload = z.object({
  from: z.string().min(3),
  to: addressList,
  subject: z.string().min(1),
  html: z.string().optional(),
  text: z.string().optional(),
  reply_to: addressList.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  scheduled_at: z.string().optional(),
});

export type ResendEmailPayload = z.infer<typeof resendEmailPayload>;
