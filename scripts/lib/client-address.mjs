// Plain JavaScript: scripts/web-server.mjs runs under node itself, without tsx's loader.
import { isIP } from "node:net";

/**
 * Whether a peer may be one of our own reverse proxies: loopback or a private network. A
 * request straight from the internet is never believed about who its client is.
 *
 * @param {string | undefined} address
 */
export function isPrivateAddress(address) {
  const ip = (address ?? "").replace(/^::ffff:/, "");
  if (isIP(ip) === 4) {
    const [a, b] = ip.split(".").map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (isIP(ip) === 6) return ip === "::1" || /^f[cd]/i.test(ip) || /^fe[89ab]/i.test(ip);
  return false;
}

/**
 * The client's address, from the socket or from the proxies the deployment says it trusts.
 * With `trustedProxies` hops in front, each appends the address it saw to X-Forwarded-For,
 * so the client is that many entries from the right; anything further left was written by
 * the client and proves nothing. The header is believed only when the socket's peer is a
 * private address (a proxy of ours), never from a direct connection off the internet.
 *
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} socketAddress the TCP peer
 * @param {number} trustedProxies hops of reverse proxies in front of this server
 * @returns {string}
 */
export function resolveClientAddress(forwardedFor, socketAddress, trustedProxies) {
  if (trustedProxies > 0 && isPrivateAddress(socketAddress)) {
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

/** Set by this server only: the request came over loopback, straight, through no proxy. */
export const LOCAL_REQUEST_HEADER = "x-followthrough-local";

/**
 * Rewrites the request's forwarding headers before Next.js sees them: X-Forwarded-For holds
 * exactly the client's address as this server decided it; X-Forwarded-Host and -Proto are
 * APP_URL's (Next.js checks a server action's Origin against them, and a proxy's own Host
 * must not break that); the rest are dropped. So no code downstream can be steered by a
 * forged header. A request from this machine that came through no proxy is marked as local:
 * a proxy on the same host connects over loopback too, but always adds forwarding headers.
 *
 * @param {import("node:http").IncomingMessage} request
 * @param {number} trustedProxies
 * @param {URL} appUrl
 */
export function normalizeForwardingHeaders(request, trustedProxies, appUrl) {
  const headers = request.headers;
  const client = resolveClientAddress(headers["x-forwarded-for"], request.socket.remoteAddress, trustedProxies);
  const forwarded = UNTRUSTED_FORWARDING_HEADERS.some((name) => headers[name] !== undefined);
  const socket = (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
  for (const name of [...UNTRUSTED_FORWARDING_HEADERS, LOCAL_REQUEST_HEADER]) delete headers[name];
  headers["x-forwarded-for"] = client;
  headers["x-forwarded-host"] = appUrl.host;
  headers["x-forwarded-proto"] = appUrl.protocol.replace(/:$/, "");
  if (!forwarded && (socket === "127.0.0.1" || socket === "::1")) headers[LOCAL_REQUEST_HEADER] = "1";
}
