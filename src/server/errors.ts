/**
 * Typed errors thrown by services. Only the API layer turns them into TRPCError,
 * so services stay usable from scripts, jobs and tests.
 */
import "server-only";
export type AppErrorCode = "NOT_FOUND" | "BAD_INPUT" | "CONFLICT" | "UNAUTHENTICATED" | "FORBIDDEN" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** The record does not exist for this person: DOMAIN.md never answers FORBIDDEN. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super("NOT_FOUND", `${what} was not found.`);
  }
}

export class BadInputError extends AppError {
  constructor(message: string) {
    super("BAD_INPUT", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** The action is not one this role takes (a coach logging an interview, a client inviting). */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

/** Too many attempts of something expensive; the message says when to try again. */
export class RateLimitedError extends AppError {
  constructor(
    what: string,
    readonly retryAfterMs: number,
  ) {
    super("RATE_LIMITED", `Too many ${what} just now. Try again in ${describeWait(retryAfterMs)}.`);
  }
}

function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return seconds === 1 ? "a second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/**
 * A write carries the tenant scope in its own `where` (policy.ts), so a record outside it is
 * simply not written: a count of 0 is NOT_FOUND, whatever an earlier read saw.
 */
export function requireWritten({ count }: { count: number }, what: string): void {
  if (count === 0) throw new NotFoundError(what);
}
