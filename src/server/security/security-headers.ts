/**
 * The security headers of every response: a Content-Security-Policy with a per-request nonce on pages, a locked-down
 * one elsewhere, and the headers that need no nonce. Pure: the proxy (src/proxy.ts) supplies the settings and nonce.
 * docs/SECURITY.md ("Security headers") says why each value is what it is.
 */

import "server-only";
export type SecurityHeaderSettings = {
  /** The public address of the app, from the environment (APP_URL), never from the request. */
  appUrl: string;
  /** `next dev`: React rebuilds server error stacks with eval, and the dev overlay injects styles without a nonce. */
  isDevelopment: boolean;
};

/**
 * sonner (the toasts) adds its stylesheet as a `<style>` element with no nonce when it loads in the browser: first
 * empty, then with its text. The hashes of those two texts let exactly that element in. security-headers.test.ts
 * recomputes them from the installed sonner, so an upgrade that changes the text fails there, not in the browser.
 */
export const SONNER_STYLE_HASHES = ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", "'sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY='"];

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "idle-detection=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy of a page: only scripts carrying this request's nonce (and what they load) run. */
export function buildPageContentSecurityPolicy(settings: SecurityHeaderSettings, nonce: string): string {
  const { isDevelopment } = settings;
  const styleElements = isDevelopment ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`, ...SONNER_STYLE_HASHES];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    // Tailwind's stylesheet comes from 'self'; Next.js puts the nonce on the styles it inlines. In development the dev
    // overlay injects styles without it, and a nonce in the list would make browsers ignore 'unsafe-inline'.
    "style-src-elem": styleElements,
    // Emails are styled with style attributes, and the email previews show them in sandboxed srcdoc frames, which
    // inherit this policy. See docs/SECURITY.md ("Security headers") for why this cannot be limited to the preview pages.
    "style-src-attr": ["'unsafe-inline'"],
    // For browsers without the two directives above (they then refuse style attributes).
    "style-src": styleElements,
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return serializePolicy(directives, isHttps(settings.appUrl));
}

/** The policy of everything else (API answers, scripts, stylesheets): nothing loads, nothing frames it. */
export function buildResourceContentSecurityPolicy(settings: SecurityHeaderSettings): string {
  return serializePolicy({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] }, isHttps(settings.appUrl));
}

/**
 * All security headers of one response. With a nonce they are a page's; without one, an API answer's or a static
 * file's.
 */
export function buildSecurityHeaders(settings: SecurityHeaderSettings, nonce?: string): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy":
      nonce === undefined ? buildResourceContentSecurityPolicy(settings) : buildPageContentSecurityPolicy(settings, nonce),
    "X-Content-Type-Options": "nosniff",
    // Same-origin requests keep the full referrer; other sites get none, so the tokens in sign-in, invitation and
    // unsubscribe URLs never leave. Not "no-referrer": it would also send "Origin: null" on our own form posts, which
    // the server-action and Auth.js origin checks refuse.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers that predate CSP's frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (isHttps(settings.appUrl)) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

function isHttps(appUrl: string): boolean {
  return new URL(appUrl).protocol === "https:";
}

function serializePolicy(directives: Record<string, string[]>, upgradeInsecureRequests: boolean): string {
  const parts = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`);
  // Over https, a stray http:// subresource is fetched over https instead of being blocked as mixed content.
  if (upgradeInsecureRequests) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}
