import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { hasFollowUpPlan } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { replanInterview } from "@/server/tasks/replan-interview";
import { profileInput, type ProfileInput } from "./profile-schemas";

export async function getProfile(db: Db, actor: Actor): Promise<ProfileInput> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, timeZone: true } });
  return { name: user.name ?? "", timeZone: user.timeZone };
}

/**
 * Saves the person's own name and time zone. A client's plan is worked out in their zone
 * ("tonight", "first thing", working days), so a new zone re-plans every interview of theirs
 * in the same transaction: open planned tasks move to the new zone's hours; done and
 * hand-edited tasks stay. Emails already scheduled keep their instant.
 */
export async function saveProfile(db: Db, actor: Actor, input: z.infer<typeof profileInput>, now: Date): Promise<ProfileInput & { replanned: number }> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name, timeZone: input.timeZone } });
    let replanned = 0;
    if (hasFollowUpPlan(actor) && before.timeZone !== input.timeZone) {
      const interviews = await tx.interview.findMany({ where: { clientId: actor.id }, select: { id: true } });
      // One at a time: a transaction is one connection.
      for (const { id } of interviews) await replanInterview(tx, id, now);
      replanned = interviews.length;
    }
    return { ...input, replanned };
    // Re-planning every interview of a busy client takes longer than Prisma's default 5 s.
  }, { timeout: 60_000 });
}
