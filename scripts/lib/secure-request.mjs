// Used by scripts/web-server.mjs. Plain JavaScript, as the server is (it runs under node itself).
import { BAD_REQUEST_PAGE } from "../../src/server/http/bad-request-page.mjs";
import { SECURED_REQUEST_HEADER, planSecurityHeaders } from "../../src/server/security/security-headers.mjs";

/**
 * Sets the security headers of the response (src/server/security/security-headers.mjs) before Next.js sees the
 * request, and marks the request so that the proxy (src/proxy.ts, which does the same under `next dev`) does not run.
 * A page's policy, with its nonce, is put on the request too: Next.js reads the nonce from there while rendering.
 * A path with a broken %-escape is answered here, 400, with the app's own page. Returns whether it answered.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {URL} appUrl the public address, from the environment (APP_URL)
 */
export function secureRequest(request, response, appUrl) {
  const pathname = readPathname(request.url ?? "/", appUrl);
  // A target no URL parser accepts ("//a:99999/x") is a bad request like a broken %-escape; it must not throw here,
  // outside Next.js's own error handling, where it would stop the server.
  const plan = planSecurityHeaders(pathname ?? "/", { appUrl: appUrl.href, isDevelopment: false });
  for (const [name, value] of Object.entries(plan.headers)) response.setHeader(name, value);
  if (plan.malformed || pathname === null) {
    response.writeHead(400, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(BAD_REQUEST_PAGE);
    return true;
  }
  // Whatever the client sent under these names is replaced, never trusted.
  request.headers[SECURED_REQUEST_HEADER] = "1";
  delete request.headers["content-security-policy-report-only"];
  if (plan.requestPolicy === undefined) delete request.headers["content-security-policy"];
  else request.headers["content-security-policy"] = plan.requestPolicy;
  return false;
}

/**
 * The path of the request's target, or null when it cannot be read as a URL.
 * @param {string} target
 * @param {URL} appUrl
 */
function readPathname(target, appUrl) {
  try {
    return new URL(target, appUrl).pathname;
  } catch {
    return null;
  }
}
