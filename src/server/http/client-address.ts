import "server-only";

/**
 * The client's address for this request. In production, scripts/web-server.mjs has replaced
 * X-Forwarded-For with the one address it decided (the socket's, or the trusted proxies'), so
 * the header can be read as it is. Under `next dev` a client could write it: development only.
 */
export function getClientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/**
 * Whether the request came from this machine through no proxy: scripts/web-server.mjs sets
 * this header itself (and drops any copy a client sent). A proxy on the same host connects
 * over loopback too, so the socket's address alone would not tell.
 */
export function isLocalRequest(headers: Headers): boolean {
  return headers.get("x-followthrough-local") === "1";
}
