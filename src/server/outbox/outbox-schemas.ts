import "server-only";
import { z } from "zod";

/** `jane@example.com` or `"Jane Doe" <jane@example.com>`, as Resend takes them; it refuses anything else. */
const mailbox = z.string().refine((value) => z.email().safeParse(/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value.trim()).success, {
  message: "Invalid email address.",
});
const addressList = z.union([mailbox, z.array(mailbox).min(1)]);

/** The subset of Resend's POST /emails body that this app sends. */
export const resendEmailPayload = z.object({
  from: mailbox,
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
