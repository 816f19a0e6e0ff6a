import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { recordId } from "@/lib/validation/fields";

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
