import "server-only";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { ZodError } from "zod";
import { AppError } from "@/server/errors";

/**
 * Internal failures (a bug, the database gone) never show their text to the person: they
 * see a short reference, and the server log holds the whole error under the same one.
 */

/** A short random reference, such as "E-7K3QX9PA", easy to read out to support. */
export function createErrorReference(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  return `E-${[...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join("")}`;
}

export function describeReference(reference: string): string {
  return `Something went wrong (reference ${reference}). Please try again; if it keeps happening, tell us the reference.`;
}

/** Logs the error, stack included, under a new reference and returns the message for the person. */
export function reportInternalError(error: unknown, where: string): string {
  const reference = createErrorReference();
  console.error(`[${reference}] ${where} failed:`, error);
  return describeReference(reference);
}

/** zod's messages, one sentence each, for a form. */
export function describeZodIssues(error: ZodError): string {
  return error.issues.map((issue) => issue.message).join(" ");
}

/**
 * For server actions: a typed service error or bad input becomes its own message; anything
 * else is logged and becomes the reference message. The person never sees internal text.
 */
export function toActionErrorMessage(error: unknown, where: string): string {
  // Next's redirect() and notFound() travel as errors; they are not failures.
  unstable_rethrow(error);
  if (error instanceof AppError) return error.message;
  if (error instanceof ZodError) return describeZodIssues(error);
  return reportInternalError(error, where);
}

/** Wraps a route handler so an unexpected throw answers 500 with a reference, never the error's text. */
export function withErrorReference<Args extends unknown[]>(where: string, handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      return Response.json({ error: reportInternalError(error, where) }, { status: 500 });
    }
  };
}
