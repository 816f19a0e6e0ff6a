import "server-only";

import { notFound } from "next/navigation";
import { NotFoundError } from "@/server/errors";

/** For pages: the record, or Next's 404 page when the actor may not see it. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
