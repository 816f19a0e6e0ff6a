import "server-only";
import { buildAppUrl } from "@/server/config";

/** How long a session lasts, and how often its expiry moves on while it is used (Auth.js's default). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/** Secure cookies when the app is served over https, as Auth.js decides by default, stated once for both readers. */
export function usesSecureCookies(): boolean {
  return buildAppUrl("/").startsWith("https:");
}

/** The session cookie's name, as Auth.js names it (src/server/auth/auth.ts); session.ts reads it too. */
export function sessionCookieName(): string {
  return `${usesSecureCookies() ? "__Secure-" : ""}authjs.session-token`;
}

/**
 * The value of one cookie of a request's Cookie header, or null. A value that is not valid percent-encoding
 * is kept as it is, as Auth.js's cookie parser keeps it: a crafted cookie finds no session, it never throws.
 */
export function readCookie(requestHeaders: Headers, name: string): string | null {
  for (const pair of (requestHeaders.get("cookie") ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return decodeCookieValue(pair.slice(at + 1).trim());
  }
  return null;
}

function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Whether a session with this expiry can be used as it is: not expired, and extended within the last
 * `updateAge` (Auth.js extends it, with a write, once a day while it is used).
 */
export function isSessionFresh(expires: Date, nowMs: number): boolean {
  return expires.getTime() > nowMs && expires.getTime() - (SESSION_MAX_AGE_SECONDS - SESSION_UPDATE_AGE_SECONDS) * 1000 > nowMs;
}
