import "server-only";

/**
 * The client's address for this request. In production, scripts/web-server.mjs has replaced
 * X-Forwarded-For with the one address it decided (the socket's, or the trusted proxies'), so
 * the header can be read as it is. Under `next dev` a client could write it: development only.
 */
export function getClientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

export function isLoopbackAddress(address: string): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}
