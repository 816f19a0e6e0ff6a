import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { db as appDb, type Db } from "@/server/db/client";
import { AppError } from "@/server/errors";

export type TRPCContext = { db: Db; headers: Headers };

export function createTRPCContext(opts: { headers: Headers; db?: Db }): TRPCContext {
  return { db: opts.db ?? appDb, headers: opts.headers };
}

/** "limit: Too big: expected number to be <=100; stage: Invalid option …" */
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

const t = initTRPC.context<TRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? `Invalid input: ${describeZodError(zodError)}` : shape.message,
      data: {
        ...shape.data,
        fieldErrors: zodError ? zodError.flatten().fieldErrors : null,
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
} as const satisfies Record<AppError["code"], TRPCError["code"]>;

/** The one place where service errors become API errors. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: APP_ERROR_CODES[cause.code], message: cause.message, cause });
  }
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAppErrors);
