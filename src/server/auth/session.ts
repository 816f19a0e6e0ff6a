import "server-only";

import { waitWhilePagesHeld } from "@/server/dev-tools/page-hold";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { loadActor, loadSessionActor, type Actor } from "@/server/access/actor";
import { db as appDb, type Db } from "@/server/db/client";
import { auth } from "./auth";
import { isSessionFresh, readCookie, sessionCookieName } from "./session-cookie";

export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}

/**
 * The signed-in actor of a request, read with its session in one statement. Only a session that is
 * valid and was extended within the last day is answered here; anything else (no cookie, an unknown,
 * expired or due-to-be-extended session) goes through Auth.js's `auth()`, which answers, deletes or
 * extends it exactly as it always has.
 */
export async function readRequestActor(requestHeaders: Headers, db: Db = appDb): Promise<Actor | null> {
  const token = readCookie(requestHeaders, sessionCookieName());
  const found = token ? await loadSessionActor(db, token) : null;
  // Auth.js's own clock is the real one (not the test clock): so is this.
  if (found && isSessionFresh(found.expires, Date.now())) return found.actor;
  const userId = await getSessionUserId();
  return userId ? loadActor(db, userId) : null;
}

/** The signed-in actor for this request (one database read per request), or null. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => readRequestActor(await headers()));

/** For pages: the actor, or a redirect to sign-in that comes back here afterwards. */
export async function requireActor(returnTo: string): Promise<Actor> {
  // Every signed-in page starts here, so a browser test can hold any of them on its loading state.
  await waitWhilePagesHeld();
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
