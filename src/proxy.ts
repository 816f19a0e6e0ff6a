import { NextResponse, type NextRequest } from "next/server";
import { getConfig } from "@/server/config";
import { BAD_REQUEST_PAGE } from "@/server/http/bad-request-page";
import { buildSecurityHeaders, createNonce } from "@/server/security/security-headers";

/**
 * Runs before every request (no matcher: pages, API routes and static files alike) and sets the security headers.
 * A page gets a fresh nonce: Next.js reads it from the request's Content-Security-Policy header while rendering and
 * puts it on its scripts, so every page renders dynamically (see the root layout).
 */
export function proxy(request: NextRequest) {
  const settings = { appUrl: getConfig().appUrl, isDevelopment: process.env.NODE_ENV === "development" };
  const nonce = isPage(request.nextUrl.pathname) ? createNonce() : undefined;
  const headers = buildSecurityHeaders(settings, nonce);
  const requestHeaders = new Headers(request.headers);
  if (nonce !== undefined) requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // A path that cannot be decoded (a broken %-escape) would get the framework's bare "400 Bad Request" page:
  // it gets the app's own page saying so instead, still with status 400 (a rewrite to a page would answer 200).
  const response = isMalformedPath(request.nextUrl.pathname)
    ? new NextResponse(BAD_REQUEST_PAGE, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");
}

/** Whether a segment of the path is not valid percent-encoding (decodeURIComponent throws on it). */
export function isMalformedPath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}
