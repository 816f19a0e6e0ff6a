import { beforeEach, describe, expect, it } from "vitest";
import { getPracticeSettings } from "@/server/practices/practice-settings";
import { practiceReplanScope, runReplan } from "@/server/tasks/replan-in-batches";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { actorOf } from "./support/emails";

const NOW = new Date("2026-03-02T16:00:00Z");

describe("practice planning settings", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let practiceId: string;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
  });

  const settings = (overrides: Record<string, unknown> = {}) => ({
    practiceId,
    tonightTime: "20:00",
    firstThingTime: "08:00",
    postDaysMin: 2,
    postDaysMax: 3,
    overnightDays: 1,
    keepInTouchWeeks: 6,
    holidays: [{ date: "2026-03-09", name: "Practice day off" }],
    ...overrides,
  });

  it("the owner changes tonight's hour and the holidays, and open plans follow at once", async () => {
    const jane = callerFor(db, ids.jane, () => NOW);
    const { id } = await jane.interview.create({
      company: "Initrode",
      jobTitle: "Analyst",
      stage: "FIRST_ROUND",
      startsAtLocal: "2026-03-02T10:00",
      timeZone: "America/New_York",
      people: [{ role: "INTERVIEWER", name: "Peter Gibbons" }],
    });
    const result = await callerFor(db, ids.owner, () => NOW).practice.updateSettings(settings({ reviewRequired: false }));
    expect(result.replanning).toBeGreaterThan(0);
    // The plans follow when the re-plan job runs (tests/replan-jobs.test.ts covers the job itself).
    await runReplan(db, practiceReplanScope(practiceId), () => NOW);
    expect((await callerFor(db, ids.owner, () => NOW).me.settings()).practices.map((p) => [p.id, p.reviewRequired])).toEqual([[practiceId, false]]);
    const thankYou = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, kind: "THANK_YOU" } });
    expect(thankYou.dueAt.toISOString()).toBe("2026-03-03T01:00:00.000Z"); // 20:00 EST
    // No timeline: the first call is 5 working days on, one later for the holiday on Monday 9th, at 08:00.
    const call = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, key: "call:1" } });
    expect(call.dueAt.toISOString()).toBe("2026-03-10T12:00:00.000Z");
  });

  it("belongs to the owner: another coach gets NOT_FOUND and changes nothing", async () => {
    expect(await codeOf(callerFor(db, ids.coach, () => NOW).practice.updateSettings(settings()))).toBe("NOT_FOUND");
    // Settings show only the practices the actor owns; the service refuses anyone else's.
    expect((await callerFor(db, ids.coach, () => NOW).me.settings()).practices).toEqual([]);
    expect((await callerFor(db, ids.otherOwner, () => NOW).me.settings()).practices.map((p) => p.id)).not.toContain(practiceId);
    expect(await codeOf(getPracticeSettings(db, await actorOf(db, ids.coach), practiceId))).toBe("NOT_FOUND");
    expect(await codeOf(getPracticeSettings(db, await actorOf(db, ids.otherOwner), practiceId))).toBe("NOT_FOUND");
    expect((await db.practice.findUniqueOrThrow({ where: { id: practiceId } })).tonightTime).toBe("19:00");
    expect(await db.replanRun.count()).toBe(0);
  });

  it("refuses impossible settings with a clear message and writes nothing", async () => {
    const owner = callerFor(db, ids.owner, () => NOW);
    expect(await codeOf(owner.practice.updateSettings(settings({ postDaysMin: 4, postDaysMax: 2 })))).toBe("BAD_REQUEST");
    expect(await codeOf(owner.practice.updateSettings(settings({ tonightTime: "25:00" })))).toBe("BAD_REQUEST");
    expect(await db.practiceHoliday.count()).toBe(0);
    expect(await db.replanRun.count()).toBe(0);
  });
});
