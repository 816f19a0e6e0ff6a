import "server-only";

import { cache } from "react";
import { redirect } from "next/navigation";
import { loadActor, type Actor } from "@/server/access/actor";
import { db } from "@/server/db/client";
import { auth } from "./auth";

export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}

/** The signed-in actor for this request (one database read per request), or null. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const userId = await getSessionUserId();
  return userId ? loadActor(db, userId) : null;
});

/** For pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
