import "server-only";
import type { z } from "zod";
import type { Actor } from "@/server/access/actor";
import { hasFollowUpPlan } from "@/server/access/policy";
import type { Db } from "@/server/db/client";
import { queueReplan } from "@/server/jobs/job-queue";
import { clientReplanScope, startReplanRun } from "@/server/tasks/replan-in-batches";
import { profileInput, type ProfileInput } from "./profile-schemas";

export async function getProfile(db: Db, actor: Actor): Promise<ProfileInput> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true, timeZone: true } });
  return { name: user.name ?? "", timeZone: user.timeZone };
}

/**
 * Saves the person's own name and time zone. A client's plan is worked out in their zone
 * ("tonight", "first thing", working days), so a new zone restarts the client's re-plan run in
 * the same short transaction, and a job re-plans every interview of theirs in batches
 * (src/server/tasks/replan-in-batches.ts): open planned tasks move to the new zone's hours; done
 * and hand-edited tasks stay. Emails already scheduled keep their instant.
 */
export async function saveProfile(db: Db, actor: Actor, input: z.infer<typeof profileInput>, now: Date): Promise<ProfileInput & { replanning: number }> {
  const scope = clientReplanScope(actor.id);
  const replanning = await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
    await tx.user.update({ where: { id: actor.id }, data: { name: input.name, timeZone: input.timeZone } });
    if (!hasFollowUpPlan(actor) || before.timeZone === input.timeZone) return null;
    return (await startReplanRun(tx, scope, now)).total;
  });
  if (replanning !== null) await queueReplan(scope);
  return { ...input, replanning: replanning ?? 0 };
}
