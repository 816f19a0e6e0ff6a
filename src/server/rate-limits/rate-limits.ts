import "server-only";

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

/** Counts one attempt against `name` for `key`; over the limit, throws with when to try again. */
export async function consumeRateLimit(db: Db, name: RateLimitName, key: string): Promise<void> {
  const { limiter, what } = getLimiter(db, name);
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new RateLimitedError(what, rejection.msBeforeNext);
  }
}

/** Sign-in emails, per address and per client address: both must have room. */
export async function consumeSignInEmail(db: Db, params: { email: string; clientAddress: string }): Promise<void> {
  await consumeRateLimit(db, "signInPerAddress", params.email.trim().toLowerCase());
  await consumeRateLimit(db, "signInPerIp", params.clientAddress);
}
