import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/server/config";
import { BAD_REQUEST_PAGE } from "@/server/http/bad-request-page.mjs";
import { planSecurityHeaders } from "@/server/security/security-headers.mjs";

/**
 * Sets the security headers under `next dev` (and under a bare `next start`), before every request: pages, API routes
 * and static files alike. A page gets a fresh nonce: Next.js reads it from the request's Content-Security-Policy header
 * while rendering and puts it on its scripts, so every page renders dynamically (see the root layout).
 *
 * `npm start`'s server (scripts/web-server.mjs) sets the same headers from the same module before Next.js sees the
 * request and marks it, so this proxy does not run there: running it cost about a twentieth of a page's server time.
 */
export function proxy(request: NextRequest) {
  const settings = { appUrl: getConfig().appUrl, isDevelopment: process.env.NODE_ENV === "development" };
  const plan = planSecurityHeaders(request.nextUrl.pathname, settings);
  const requestHeaders = new Headers(request.headers);
  if (plan.requestPolicy !== undefined) requestHeaders.set("Content-Security-Policy", plan.requestPolicy);
  // A rewrite to a page would answer 200: the app's own 400 page is answered here.
  const response = plan.malformed
    ? new NextResponse(BAD_REQUEST_PAGE, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(plan.headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every path, unless the production server has already set the headers (it always writes this header itself). A
  // literal, as Next.js reads the matcher at build time; proxy.test.ts checks it is SECURED_REQUEST_HEADER.
  matcher: [{ source: "/:path*", missing: [{ type: "header", key: "x-followthrough-secured" }] }],
};
