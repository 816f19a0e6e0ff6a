import { DEMO_USERS, seedDemoData } from "../../scripts/db/seed-demo";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { Db } from "@/server/db/client";

export type DemoKey = keyof typeof DEMO_USERS;

/** A tRPC caller signed in as `userId` (null: anonymous), as the HTTP route would build it. */
export function callerFor(db: Db, userId: string | null, now = () => new Date("2026-11-22T12:00:00Z")) {
  return createCaller(createTRPCContext({ headers: new Headers(), db, getSessionUserId: async () => userId, now }));
}

/** Seeds the demo world and returns each demo user's id by key. */
export async function seedDemoWorld(db: Db, now = new Date("2026-11-22T12:00:00Z")): Promise<Record<DemoKey, string>> {
  await seedDemoData(db, now);
  const users = await db.user.findMany({ select: { id: true, email: true } });
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  return Object.fromEntries(Object.entries(DEMO_USERS).map(([key, user]) => [key, byEmail.get(user.email)!])) as Record<DemoKey, string>;
}

/** The rejection's tRPC code, or "OK" when the call succeeded. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** The rejection's tRPC code and message; fails the test when the call succeeded. */
export async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    return { code: code ?? "UNKNOWN", message };
  }
  throw new Error("Expected the call to fail, but it succeeded.");
}
