import { Resend } from "resend";
import { getConfig } from "@/server/config";

export type OutgoingMail = {
  to: string | string[];
  subject: string;
  html: string;
  text: string;
  from?: string;
  replyTo?: string | string[];
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
  /** Sent as Resend's Idempotency-Key, so a retried request is not a second email. */
  idempotencyKey?: string;
};

/** The provider refused or failed. `retryable` is true for 429, 5xx and network failures. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "MailDeliveryError";
  }
}

export function getSystemSender(config = getConfig()): string {
  return `Followthrough <hello@${config.mailFromDomain}>`;
}

function createResendClient(): Resend {
  const config = getConfig();
  if (!config.resendBaseUrl && !config.resendApiKey) {
    throw new MailDeliveryError(
      "No mail transport is configured: set RESEND_API_KEY, or FOLLOWTHROUGH_OUTBOX=1 with RESEND_BASE_URL for the dev outbox.",
      null,
      false,
    );
  }
  // The outbox does not check the key, but the SDK refuses to start without one.
  return new Resend(config.resendApiKey ?? "re_dev_outbox", { baseUrl: config.resendBaseUrl });
}

/**
 * The one way mail leaves the app: Resend's SDK, pointed at Resend or at the dev outbox.
 * The SDK reports failures in `error` instead of throwing; they become MailDeliveryError.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ providerId: string }> {
  const resend = createResendClient();
  let result: Awaited<ReturnType<Resend["emails"]["send"]>>;
  try {
    result = await resend.emails.send(
      {
        from: mail.from ?? getSystemSender(),
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        replyTo: mail.replyTo,
        headers: mail.headers,
        tags: mail.tags,
      },
      mail.idempotencyKey ? { idempotencyKey: mail.idempotencyKey } : undefined,
    );
  } catch (error) {
    throw new MailDeliveryError(`Could not reach the mail provider: ${(error as Error).message}`, null, true);
  }
  if (result.error) {
    const status = result.error.statusCode ?? null;
    // Resend answers 409 while a request with the same idempotency key is still in flight.
    const retryable = status === null || status === 429 || status >= 500 || result.error.name === "concurrent_idempotent_requests";
    throw new MailDeliveryError(`The mail provider refused the email: ${result.error.message}`, status, retryable);
  }
  return { providerId: result.data.id };
}
