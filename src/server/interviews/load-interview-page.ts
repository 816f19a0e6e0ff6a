import "server-only";

import { notFound } from "next/navigation";
import type { Actor } from "@/server/access/actor";
import { db } from "@/server/db/client";
import { NotFoundError } from "@/server/errors";
import { getInterview } from "./get-interview";

/** For pages: the interview, or Next's 404 page when the actor may not see it. */
export async function loadInterviewOr404(actor: Actor, id: string) {
  try {
    return await getInterview(db, actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
