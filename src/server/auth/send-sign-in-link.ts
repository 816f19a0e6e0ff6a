import "server-only";
import { createElement } from "react";
import { NoAccountEmail } from "@/emails/no-account-email";
import { renderEmail } from "@/emails/render-email";
import { SignInLinkEmail } from "@/emails/sign-in-link-email";
import { toSafeCallbackUrl } from "@/lib/safe-callback-url";
import { buildAppUrl } from "@/server/config";
import { sendMail } from "@/server/mail/send-mail";
import { SIGN_IN_LINK_MINUTES } from "./sign-in-link";

/**
 * Auth.js hands over its callback URL. The email links to our own page instead, which
 * tells valid, expired and used links apart and lets the person continue with a click,
 * so a mail scanner that fetches links does not use the link up. Only the token, the
 * address and the callback's path are taken from it: the host is APP_URL's, always.
 */
export function buildSignInPageUrl(authCallbackUrl: string): string {
  const callback = new URL(authCallbackUrl);
  const page = new URL(buildAppUrl("/sign-in/verify"));
  for (const key of ["token", "email"]) {
    const value = callback.searchParams.get(key);
    if (value) page.searchParams.set(key, value);
  }
  const next = callback.searchParams.get("callbackUrl");
  if (next) page.searchParams.set("callbackUrl", toSafeCallbackUrl(next));
  return page.toString();
}

export async function sendSignInLink(params: { identifier: string; url: string }): Promise<void> {
  const { html, text } = await renderEmail(
    createElement(SignInLinkEmail, { url: buildSignInPageUrl(params.url), expiresInMinutes: SIGN_IN_LINK_MINUTES }),
  );
  await sendMail({ to: params.identifier, subject: "Your Followthrough sign-in link", html, text });
}

export async function sendNoAccountNotice(email: string): Promise<void> {
  const { html, text } = await renderEmail(createElement(NoAccountEmail, { email }));
  await sendMail({ to: email, subject: "Signing in to Followthrough", html, text });
}
