import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { loadActor, type Actor } from "@/server/access/actor";
import { getNow } from "@/server/clock";
import { db as appDb, type Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { consumeRateLimit, type RateLimitName } from "@/server/rate-limits/rate-limits";
import { reportInternalError } from "@/server/internal-errors";

export type TRPCContext = {
  db: Db;
  headers: Headers;
  /** The signed-in actor (role, practices), read from the database, never from the cookie; null when signed out. */
  getActor: () => Promise<Actor | null>;
  getNow: () => Date;
};

export function createTRPCContext(opts: {
  headers: Headers;
  /** The signed-in user's id from the session cookie, or null. */
  getSessionUserId: () => Promise<string | null>;
  /** How this context reads the actor. By default, from the session, on every call. */
  getActor?: () => Promise<Actor | null>;
  db?: Db;
  now?: () => Date;
}): TRPCContext {
  const db = opts.db ?? appDb;
  const readActor = async () => {
    const userId = await opts.getSessionUserId();
    return userId ? loadActor(db, userId) : null;
  };
  return { db, headers: opts.headers, getActor: opts.getActor ?? readActor, getNow: opts.now ?? getNow };
}

/**
 * A context that lives one request (an HTTP batch of calls): the session and the actor are read once
 * for the whole request, and again on the next one.
 */
export function createRequestContext(opts: Parameters<typeof createTRPCContext>[0]): TRPCContext {
  const perCall = createTRPCContext(opts);
  let actor: Promise<Actor | null> | undefined;
  return { ...perCall, getActor: () => (actor ??= perCall.getActor()) };
}

/** "limit: Too big: expected number to be <=100; stage: Invalid option …" */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error, path }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    // An internal failure shows a reference only; the log has the error under the same one.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? reportInternalError(error.cause ?? error, `tRPC ${path ?? "?"}`)
        : zodError
          ? `Invalid input: ${describeZodError(zodError)}`
          : shape.message;
    return {
      ...shape,
      message,
      data: {
        ...shape.data,
        fieldErrors: zodError && error.code !== "INTERNAL_SERVER_ERROR" ? zodError.flatten().fieldErrors : null,
        // Stack traces stay on the server.
        stack: undefined,
      },
    };
  },
});

const APP_ERROR_CODES = {
  NOT_FOUND: "NOT_FOUND",
  BAD_INPUT: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
} as const satisfies Record<AppError["code"], TRPCError["code"]>;

/** The one place where service errors become API errors. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: APP_ERROR_CODES[cause.code], message: cause.message, cause });
    }
    // Input is parsed once, by `.input()`; a ZodError that still comes from deeper down is bad input, not a 500.
    if (cause instanceof ZodError && result.error.code === "INTERNAL_SERVER_ERROR") {
      throw new TRPCError({ code: "BAD_REQUEST", message: describeZodError(cause), cause });
    }
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);

/** Signed in, with the actor (role, practices) read from the database on every call. */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const actor = await ctx.getActor();
  if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, actor, now: ctx.getNow() } });
});

/**
 * Counts the call against `limit` for the signed-in user (src/server/rate-limits holds the
 * numbers). Used after `.input()`, so input the schema refuses is answered without a write.
 */
export function limitRate(limit: RateLimitName) {
  return t.middleware(async ({ ctx, next }) => {
    const { actor } = ctx as TRPCContext & { actor?: { id: string } };
    if (!actor) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
    await consumeRateLimit(ctx.db, limit, actor.id);
    return next();
  });
}
