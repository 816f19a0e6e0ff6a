// Plain JavaScript: scripts/web-server.mjs runs under node itself, without tsx's loader.

/**
 * The client's address, from the socket or from the proxies the deployment says it trusts.
 * With `trustedProxies` hops in front, each appends the address it saw to X-Forwarded-For,
 * so the client is that many entries from the right; anything further left was written by
 * the client and proves nothing.
 *
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} socketAddress the TCP peer
 * @param {number} trustedProxies hops of reverse proxies in front of this server
 * @returns {string}
 */
export function resolveClientAddress(forwardedFor, socketAddress, trustedProxies) {
  if (trustedProxies > 0) {
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const client = hops[hops.length - trustedProxies];
    if (client) return client;
  }
  return socketAddress ?? "";
}

/** Headers a client could forge to pose as someone, somewhere or on another host. */
export const UNTRUSTED_FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites the request's forwarding headers before Next.js sees them: X-Forwarded-For holds
 * exactly the client's address as this server decided it, and the others are dropped, so no
 * code downstream can be steered by a forged header. Links are built from APP_URL alone.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {number} trustedProxies
 */
export function normalizeForwardingHeaders(request, trustedProxies) {
  const client = resolveClientAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress, trustedProxies);
  for (const name of UNTRUSTED_FORWARDING_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = client;
}
