import { getNow } from "@/server/clock";
import { getConfig } from "@/server/config";
import { db } from "@/server/db/client";
import { handleResendWebhook } from "@/server/email/handle-resend-webhook";

/** Resend's delivery events, signed with Svix. */
export async function POST(request: Request) {
  return handleResendWebhook(db, request, getConfig().resendWebhookSecret, getNow());
}
