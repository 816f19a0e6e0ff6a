/**
 * DOMAIN.md "Emails": a client's email goes out from the product's verified domain under
 * the client's own name, and replies go to the client. The display name is quoted and
 * stripped of characters that could open a second address or header.
 */
import "server-only";
export function buildClientSender(client: { name: string | null; email: string }, mailFromDomain: string): { from: string; replyTo: string } {
  const name = (client.name ?? client.email.split("@")[0] ?? "").replace(/[\r\n"<>\\,;:]/g, " ").replace(/\s+/g, " ").trim();
  const address = `notes@${mailFromDomain}`;
  return { from: name ? `"${name}" <${address}>` : address, replyTo: client.email };
}

/** Resend's idempotency key for one content version of one email. */
export function buildIdempotencyKey(emailId: string, contentVersion: number): string {
  return `email:${emailId}:v${contentVersion}`;
}
