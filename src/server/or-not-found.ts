import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { recordId } from "@/lib/validation/fields";
import { BadInputError } from "@/server/errors";

/** For pages: what the procedure answered, or Next's 404 page when it answered NOT_FOUND (the actor may not see it). */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** For pages: the id from the URL, or Next's 404 page when it cannot be an id (a NUL byte, say). */
export async function readRecordId(params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  if (!recordId.safeParse(id).success) notFound();
  return id;
}

/**
 * For pages paged by a cursor in the address: what the list answered, or the first page when the cursor is not
 * one the list wrote (an old or edited link), rather than an error page.
 */
export async function orFirstPage<T>(promise: Promise<T>, firstPage: string): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof BadInputError || (error instanceof TRPCError && error.code === "BAD_REQUEST")) redirect(firstPage);
    throw error;
  }
}
