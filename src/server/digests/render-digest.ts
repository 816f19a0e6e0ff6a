import "server-only";
import { createElement } from "react";
import { ClientDigestEmail } from "@/emails/client-digest-email";
import { CoachDigestEmail } from "@/emails/coach-digest-email";
import { renderEmail } from "@/emails/render-email";
import type { Digest } from "./digest-types";

export type DigestLinks = { appUrl: string; unsubscribeUrl: string; settingsUrl: string };

/** The digest's subject, HTML and text parts (react-email). */
export async function renderDigest(digest: Digest, links: DigestLinks): Promise<{ subject: string; html: string; text: string }> {
  if (digest.kind === "CLIENT") {
    const { html, text } = await renderEmail(createElement(ClientDigestEmail, { digest, ...links }));
    return { subject: `Your follow-ups for ${digest.weekLabel}`, html, text };
  }
  const { html, text } = await renderEmail(createElement(CoachDigestEmail, { digest, ...links }));
  return { subject: `Your clients: ${digest.weekLabel}`, html, text };
}
