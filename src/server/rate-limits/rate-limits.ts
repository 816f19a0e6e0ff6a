import "server-only";

import { createHash } from "node:crypto";
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getConfig } from "@/server/config";
import type { Db } from "@/server/db/client";
import { RateLimitedError } from "@/server/errors";

/**
 * Every limit on what a person can make expensive, in one place. Counters live in
 * PostgreSQL (the RateLimit table, through rate-limiter-flexible's Prisma store), so two web
 * servers share them. Windows run on the real clock: moving the test clock does not reset them.
 */
export type RateLimitName = keyof ReturnType<typeof describeRateLimits>;

function describeRateLimits() {
  const { signInEmailsPerAddress, signInEmailsPerIp } = getConfig().rateLimits;
  return {
    // Sign-in emails (links and "no account" notes alike, so the answer reveals nothing).
    signInPerAddress: { points: signInEmailsPerAddress, seconds: 15 * 60, what: "sign-in emails for this address" },
    signInPerIp: { points: signInEmailsPerIp, seconds: 15 * 60, what: "sign-in emails from this network" },
    // Each invitation is an email to someone who never asked for it.
    invitationsPerCoach: { points: 30, seconds: 60 * 60, what: "invitations" },
    // Rendering is bounded per call; these bound the calls.
    templatePreviewsPerUser: { points: 120, seconds: 60, what: "previews" },
    templateSavesPerUser: { points: 30, seconds: 60, what: "template saves" },
    // An export reads every record of a person or a practice into memory.
    exportsPerUser: { points: 10, seconds: 60 * 60, what: "exports" },
  } satisfies Record<string, { points: number; seconds: number; what: string }>;
}

const limiters = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

function getLimiter(db: Db, name: RateLimitName): { limiter: RateLimiterPrisma; what: string } {
  const limit = describeRateLimits()[name];
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  const cacheKey = `${name}:${limit.points}`;
  let limiter = byName.get(cacheKey);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: name,
      points: limit.points,
      duration: limit.seconds,
      // Should the database be unreachable, each process still limits on its own.
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds }),
    });
    byName.set(cacheKey, limiter);
  }
  return { limiter, what: limit.what };
}

/** What the store keeps for `key` under `name`: rate-limiter-flexible's "<prefix>:<key>", the key hashed. */
function toStoredKey(name: RateLimitName, key: string): string {
  return `${name}:${createHash("sha256").update(key).digest("base64url")}`;
}

/** Counts one attempt against `name` for `key`; over the limit, throws with when to try again. */
export async function consumeRateLimit(db: Db, name: RateLimitName, key: string): Promise<void> {
  const { limiter, what } = getLimiter(db, name);
  try {
    // Hashed: a key of any length fits the table's column, and no address is stored in clear.
    await limiter.consume(toStoredKey(name, key).slice(name.length + 1));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new RateLimitedError(what, rejection.msBeforeNext);
  }
}

/**
 * Sign-in emails, per client address first and then per inbox: a network over its limit does
 * not also use up the victims' own counts, which would lock them out of signing in.
 */
export async function consumeSignInEmail(db: Db, params: { email: string; clientAddress: string }): Promise<void> {
  await consumeRateLimit(db, "signInPerIp", toNetworkKey(params.clientAddress));
  await consumeRateLimit(db, "signInPerAddress", toInboxKey(params.email));
}

/** jane+1@example.com and jane+2@example.com reach one inbox: they share a count. */
export function toInboxKey(email: string): string {
  const [local = "", domain = ""] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  return `${local.split("+")[0]}@${domain}`;
}

/** One IPv6 client usually holds a whole /64: count it as one network. */
export function toNetworkKey(address: string): string {
  if (!address.includes(":") || address.startsWith("::ffff:")) return address;
  const [head = "", tail = ""] = address.split("::");
  const groups = [...head.split(":").filter(Boolean), ...Array(8).fill("0")].slice(0, 8);
  if (tail && head.split(":").filter(Boolean).length < 4) {
    const tailGroups = tail.split(":").filter(Boolean);
    groups.splice(8 - tailGroups.length, tailGroups.length, ...tailGroups);
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/**
 * The counters that name one person (by user id, or by their inbox), as stored: a deleted
 * account takes them along. The per-network count names no one and stays.
 */
export function listStoredKeysOf(user: { id: string; email: string }): string[] {
  const perUser = (Object.keys(describeRateLimits()) as RateLimitName[]).filter((name) => name.endsWith("PerUser") || name === "invitationsPerCoach");
  return [...perUser.map((name) => toStoredKey(name, user.id)), toStoredKey("signInPerAddress", toInboxKey(user.email))];
}
