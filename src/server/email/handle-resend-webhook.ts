import "server-only";
import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db, DbOrTx } from "@/server/db/client";

const resendEvent = z.object({
  type: z.string().min(1),
  data: z.looseObject({ email_id: z.string().min(1).optional(), bounce: z.looseObject({ message: z.string().optional() }).optional() }),
});
type ResendEvent = z.infer<typeof resendEvent>;

function json(body: unknown, status: number): Response {
  return Response.json(body, { status });
}

/** Moves the email forward; a late "delivered" never overwrites a bounce or a complaint. */
async function applyEvent(tx: DbOrTx, event: ResendEvent, now: Date): Promise<string | null> {
  const providerId = event.data.email_id;
  if (!providerId) return null;
  const email = await tx.email.findFirst({ where: { providerId }, select: { id: true, recipientPersonId: true, referenceId: true } });
  if (!email) return null;
  if (event.type === "email.delivered") {
    await tx.email.updateMany({ where: { id: email.id, status: "SENT" }, data: { status: "DELIVERED", deliveredAt: now } });
  } else if (event.type === "email.bounced") {
    const reason = event.data.bounce?.message ?? "The recipient's mail server refused it.";
    await tx.email.update({ where: { id: email.id }, data: { status: "BOUNCED", bouncedAt: now, failureReason: `Bounced: ${reason}` } });
    // The address is wrong or gone: flag it on the person, so the client fixes it before the next email.
    // updateMany: the person or reference may have been removed since; the bounce is still recorded.
    if (email.recipientPersonId) await tx.interviewPerson.updateMany({ where: { id: email.recipientPersonId }, data: { emailBouncedAt: now } });
    if (email.referenceId) await tx.reference.updateMany({ where: { id: email.referenceId }, data: { emailBouncedAt: now } });
  } else if (event.type === "email.complained") {
    await tx.email.update({ where: { id: email.id }, data: { status: "COMPLAINED" } });
  }
  return email.id;
}

/**
 * Resend's delivery events (delivered, bounced, complained). The Svix signature is
 * checked first; then the svix-id is stored, so a replayed delivery is refused and
 * changes nothing. The event and its effect are one transaction.
 */
export async function handleResendWebhook(db: Db, request: Request, secret: string | undefined, now: Date): Promise<Response> {
  if (!secret) return json({ error: "The webhook is not configured: set RESEND_WEBHOOK_SECRET." }, 503);
  const payload = await request.text();
  const headers = {
    "svix-id": request.headers.get("svix-id") ?? "",
    "svix-timestamp": request.headers.get("svix-timestamp") ?? "",
    "svix-signature": request.headers.get("svix-signature") ?? "",
  };
  let verified: unknown;
  try {
    verified = new Webhook(secret).verify(payload, headers);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return json({ error: "The signature is not valid." }, 401);
    throw error;
  }
  const event = resendEvent.safeParse(verified);
  if (!event.success) return json({ error: "This is not a Resend email event." }, 422);
  try {
    await db.$transaction(async (tx) => {
      await tx.webhookEvent.create({ data: { svixId: headers["svix-id"], type: event.data.type } });
      const emailId = await applyEvent(tx, event.data, now);
      if (emailId) await tx.webhookEvent.update({ where: { svixId: headers["svix-id"] }, data: { emailId } });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return json({ error: "This event was already received." }, 409);
    }
    throw error;
  }
  return json({ received: true }, 200);
}
