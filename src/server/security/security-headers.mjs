/**
 * The security headers of every response: a Content-Security-Policy with a per-request nonce on pages, a locked-down
 * one elsewhere, and the headers that need no nonce. docs/SECURITY.md ("Security headers") says why each value is what
 * it is.
 *
 * Plain JavaScript (types in security-headers.d.mts) because two servers apply it: `npm start`'s Node server
 * (scripts/web-server.mjs, which runs under node itself) sets the headers before Next.js sees the request, and
 * `next dev` applies them in the proxy (src/proxy.ts). Running Next.js's proxy on every request cost the production
 * server about a twentieth of its time per page (issue 14, docs/PERFORMANCE.md), so in production it does not run.
 * No `import "server-only"` (node cannot load it outside Next.js): the lint rule that keeps client code away from
 * `@/server` still applies to importing it.
 */

/**
 * @typedef {{ appUrl: string; isDevelopment: boolean }} SecurityHeaderSettings
 * `appUrl`: the public address of the app, from the environment (APP_URL), never from the request.
 * `isDevelopment`: `next dev`, where React rebuilds server error stacks with eval and the dev overlay injects styles
 * without a nonce.
 */

/**
 * The request header by which the production server tells Next.js that the security headers are set, so the proxy's
 * matcher skips the request. The server always writes it itself, over whatever the client sent.
 */
export const SECURED_REQUEST_HEADER = "x-followthrough-secured";

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
/** @returns {string} */
export function createNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The policy of a page: only scripts carrying this request's nonce (and what they load) run. */
/**
 * @param {SecurityHeaderSettings} settings
 * @param {string} nonce
 * @returns {string}
 */
export function buildPageContentSecurityPolicy(settings, nonce) {
  const { isDevelopment } = settings;
  const styleElements = isDevelopment ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`, ...SONNER_STYLE_HASHES];
  /** @type {Record<string, string[]>} */
  const directives = {
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
/**
 * @param {SecurityHeaderSettings} settings
 * @returns {string}
 */
export function buildResourceContentSecurityPolicy(settings) {
  return serializePolicy({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] }, isHttps(settings.appUrl));
}

/**
 * All security headers of one response. With a nonce they are a page's; without one, an API answer's or a static
 * file's.
 */
/**
 * @param {SecurityHeaderSettings} settings
 * @param {string} [nonce]
 * @returns {Record<string, string>}
 */
export function buildSecurityHeaders(settings, nonce) {
  /** @type {Record<string, string>} */
  const headers = {
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

/** @param {string} appUrl */
function isHttps(appUrl) {
  return new URL(appUrl).protocol === "https:";
}

/**
 * @param {Record<string, string[]>} directives
 * @param {boolean} upgradeInsecureRequests
 */
function serializePolicy(directives, upgradeInsecureRequests) {
  const parts = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`);
  // Over https, a stray http:// subresource is fetched over https instead of being blocked as mixed content.
  if (upgradeInsecureRequests) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}

/**
 * What one request's response carries: its security headers; for a page, the policy to put on the request too (Next.js
 * reads the nonce from the request's Content-Security-Policy header while rendering and puts it on its scripts); and
 * whether the path cannot be decoded (a broken %-escape), which gets the app's own 400 page
 * (src/server/http/bad-request-page.mjs) rather than the framework's bare "400 Bad Request".
 * @param {string} pathname
 * @param {SecurityHeaderSettings} settings
 * @returns {{ headers: Record<string, string>; requestPolicy: string | undefined; malformed: boolean }}
 */
export function planSecurityHeaders(pathname, settings) {
  const nonce = isPagePath(pathname) ? createNonce() : undefined;
  const headers = buildSecurityHeaders(settings, nonce);
  return { headers, requestPolicy: nonce === undefined ? undefined : headers["Content-Security-Policy"], malformed: isMalformedPath(pathname) };
}

/** @param {string} pathname */
function isPagePath(pathname) {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
}

/**
 * Whether a segment of the path is not valid percent-encoding (decodeURIComponent throws on it).
 * @param {string} pathname
 */
export function isMalformedPath(pathname) {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}
