import "server-only";
import { getConfig, type SignUpSetting } from "@/server/config";

/** The part after the last "@", lowercased: "Ana@Mail.Coaches.example" → "mail.coaches.example". */
function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();
}

/**
 * Whether the deployment lets this address start a practice. An allowed domain admits its
 * subdomains ("coaches.example" admits "eu.coaches.example"), never a look-alike
 * ("badcoaches.example") or a domain that only ends the same way.
 */
export function isSignUpAllowed(setting: SignUpSetting, email: string): boolean {
  if (setting.kind === "anyone") return true;
  if (setting.kind === "invite-only") return false;
  const domain = domainOf(email);
  return setting.domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

/** What the sign-up page says about who may use it; the same words refuse an address outside it. */
export function describeSignUpSetting(setting: SignUpSetting): string {
  if (setting.kind === "anyone") return "Any coach can start a practice here.";
  if (setting.kind === "invite-only") return "New practices on this Followthrough start by invitation only. Ask whoever runs it to set one up for you.";
  const list = setting.domains.map((d) => `@${d}`).join(", ");
  return `Practices here can be started with an address at ${list} (or a subdomain of it).`;
}

/** The deployment's setting as the sign-up page shows it. */
export function readSignUpSetting(setting: SignUpSetting = getConfig().signUp) {
  return { open: setting.kind !== "invite-only", description: describeSignUpSetting(setting) };
}
