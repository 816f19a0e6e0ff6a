import { loadActor, type Actor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { callerFor, type DemoKey } from "./callers";

export async function actorOf(db: Db, userId: string): Promise<Actor> {
  const actor = await loadActor(db, userId);
  if (!actor) throw new Error(`No user ${userId}`);
  return actor;
}

/**
 * Jane's thank-you to one person on her Acme interview, written from the practice's
 * template, submitted and approved by her coach (the practice requires review).
 */
export async function createApprovedThankYou(db: Db, ids: Record<DemoKey, string>, personName: string, body: string, now: Date): Promise<string> {
  const jane = callerFor(db, ids.jane, () => now);
  const interview = await db.interview.findFirstOrThrow({
    where: { company: "Acme Robotics" },
    select: { id: true, people: { where: { name: personName }, select: { id: true } } },
  });
  const templateId = (await jane.template.list({ kind: "THANK_YOU_EMAIL" }))[0]!.id;
  const { id } = await jane.draft.create({ interviewId: interview.id, recipientPersonId: interview.people[0]!.id, templateId });
  // A personal body per person, so R01's near-duplicate check passes.
  await jane.draft.save({ id, subject: `Thank you, ${personName}`, body });
  await jane.draft.submit({ id });
  await callerFor(db, ids.owner, () => now).draft.approve({ id });
  return id;
}
