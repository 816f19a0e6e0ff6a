import "server-only";
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
 * A provider call that hangs is given up (and retried under the same idempotency key) well
 * inside a worker's claim on the email (FOLLOWTHROUGH_JOB_EXPIRE_SECONDS, 120 s), so one slow
 * request cannot hold a whole fetch past its lease.
 */
const PROVIDER_TIMEOUT_MS = 30_000;

const globalLimiter = globalThis as unknown as { followthroughMailSlot?: number };

/**
 * Resend limits requests per second per account (2 by default); each process keeps its
 * calls at that pace instead of collecting 429s. Off for the dev outbox and benchmarks.
 */
async function waitForProviderSlot(): Promise<void> {
  const perSecond = getConfig().resendRequestsPerSecond;
  if (!perSecond) return;
  const now = Date.now();
  const slot = Math.max(now, globalLimiter.followthroughMailSlot ?? 0);
  globalLimiter.followthroughMailSlot = slot + 1000 / perSecond;
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}

function toMailError(error: { message: string; statusCode?: number | null; name?: string }): MailDeliveryError {
  const status = error.statusCode ?? null;
  // Resend answers 409 while a request with the same idempotency key is still in flight.
  const retryable = status === null || status === 429 || status >= 500 || error.name === "concurrent_idempotent_requests";
  return new MailDeliveryError(`The mail provider refused the email: ${error.message}`, status, retryable);
}

function toResendPayload(mail: OutgoingMail) {
  return {
    from: mail.from ?? getSystemSender(),
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    replyTo: mail.replyTo,
    headers: mail.headers,
    tags: mail.tags,
  };
}

/**
 * The one way mail leaves the app: Resend's SDK, pointed at Resend or at the dev outbox.
 * The SDK reports failures in `error` instead of throwing; they become MailDeliveryError.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ providerId: string }> {
  const resend = createResendClient();
  await waitForProviderSlot();
  let result: Awaited<ReturnType<Resend["emails"]["send"]>>;
  try {
    result = await resend.emails.send(toResendPayload(mail), { idempotencyKey: mail.idempotencyKey, signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
  } catch (error) {
    throw new MailDeliveryError(`Could not reach the mail provider: ${(error as Error).message}`, null, true);
  }
  if (result.error) throw toMailError(result.error);
  return { providerId: result.data.id };
}

/** One email of a batch: the provider's id, or why the provider refused that one email. */
export type BatchItemResult = { providerId: string } | { refused: string };

/**
 * Up to 100 emails in one call of Resend's batch endpoint, under one idempotency key, in its
 * permissive mode: an email the provider finds invalid (its address, say) is refused on its
 * own instead of taking the other 99 down with it. Results come back in the order sent.
 */
export async function sendMailBatch(mails: OutgoingMail[], idempotencyKey: string): Promise<BatchItemResult[]> {
  if (mails.length === 0 || mails.length > 100) throw new Error(`A batch holds 1 to 100 emails, not ${mails.length}.`);
  const resend = createResendClient();
  await waitForProviderSlot();
  let result: Awaited<ReturnType<Resend["batch"]["send"]>>;
  try {
    result = await resend.batch.send(mails.map(toResendPayload), { idempotencyKey, batchValidation: "permissive", signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
  } catch (error) {
    throw new MailDeliveryError(`Could not reach the mail provider: ${(error as Error).message}`, null, true);
  }
  if (result.error) throw toMailError(result.error);
  const body = result.data as { data: { id: string }[]; errors?: { index: number; message: string }[] };
  const refused = new Map((body.errors ?? []).map((e) => [e.index, e.message]));
  // The accepted emails' ids are listed in order, skipping the refused ones.
  const accepted = body.data.map((d) => d.id);
  if (accepted.length + refused.size !== mails.length) {
    throw new MailDeliveryError(`The mail provider answered for ${accepted.length + refused.size} of ${mails.length} emails.`, null, true);
  }
  let next = 0;
  return mails.map((_, index) => (refused.has(index) ? { refused: refused.get(index)! } : { providerId: accepted[next++]! }));
}
