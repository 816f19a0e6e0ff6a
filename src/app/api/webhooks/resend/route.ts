import { getNow } from "@/server/clock";
import { getConfig } from "@/server/config";
import { db } from "@/server/db/client";
import { handleResendWebhook } from "@/server/email/handle-resend-webhook";
import { withErrorReference } from "@/server/internal-errors";

/** Resend's delivery events, signed with Svix. */
export const POST = withErrorReference("Resend webhook", (request: Request) =>
  handleResendWebhook(db, request, getConfig().resendWebhookSecret, getNow()),
);
