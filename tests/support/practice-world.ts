import type { Db } from "@/server/db/client";
import { seedDemoWorld, type DemoKey } from "./callers";

export type PracticeKey = DemoKey | "cara";
export type DemoClient = "jane" | "sam" | "priya";

/**
 * The demo world for a practice's life: Northstar is Olivia's (owner); Ben coaches there. Jane is
 * Olivia's client, Sam is Ben's, Priya has both. Carlos owns Harbor, another practice. A third coach,
 * Cara, joins Northstar with no clients. Returns everyone's id, Northstar's, and each client's first interview.
 */
export async function seedPracticeWorld(db: Db, now: Date) {
  const demo = await seedDemoWorld(db, now);
  const northstar = (await db.practice.findFirstOrThrow({ where: { ownerId: demo.owner }, select: { id: true } })).id;
  const cara = await db.user.create({
    data: { email: "cara.coach@northstar.example", name: "Cara Coach", role: "COACH", practiceMembership: { create: { practiceId: northstar } } },
    select: { id: true },
  });
  const ids: Record<PracticeKey, string> = { ...demo, cara: cara.id };
  const first = async (clientId: string) => (await db.interview.findFirstOrThrow({ where: { clientId }, orderBy: { startsAt: "asc" } })).id;
  const interviewOf: Record<DemoClient, string> = { jane: await first(ids.jane), sam: await first(ids.sam), priya: await first(ids.priya) };
  return { ids, northstar, interviewOf };
}
