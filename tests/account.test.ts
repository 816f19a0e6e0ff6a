import { beforeEach, describe, expect, it } from "vitest";
import { getProfile, saveProfile } from "@/server/account/manage-profile";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { clientReplanScope, runReplan } from "@/server/tasks/replan-in-batches";
import { queryOnce, useTestDatabase } from "./support/database";
import { interviewFields } from "./support/interviews";
import { actorOf } from "./support/emails";

// Monday 2 March 2026, 11:00 in New York (16:00 in London).
const NOW = new Date("2026-03-02T16:00:00Z");

describe("your profile: name and time zone", () => {
  const { db, url } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  it("a client's new zone re-plans their open plan in that zone; done and hand-moved tasks stay where they were", async () => {
    const jane = callerFor(db, ids.jane, () => NOW);
    const { id } = await jane.interview.create(interviewFields);
    const thankYous = await db.followUpTask.findMany({ where: { interviewId: id, kind: "THANK_YOU" }, orderBy: { id: "asc" } });
    // R21: tonight at 19:00 in New York.
    expect(thankYous.map((t) => t.dueAt.toISOString())).toEqual(["2026-03-03T00:00:00.000Z", "2026-03-03T00:00:00.000Z"]);
    await jane.task.complete({ id: thankYous[0]!.id });
    const debrief = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, kind: "DEBRIEF" } });
    await callerFor(db, ids.owner, () => NOW).task.move({ id: debrief.id, dueAt: new Date("2026-03-02T21:00:00Z") });

    const saved = await saveProfile(db, await actorOf(db, ids.jane), { name: "Jane A. Doe", timeZone: "Europe/London" }, NOW);
    const total = await db.interview.count({ where: { clientId: ids.jane } });
    expect(saved).toEqual({ name: "Jane A. Doe", timeZone: "Europe/London", replanning: total });
    expect(await getProfile(db, await actorOf(db, ids.jane))).toEqual({ name: "Jane A. Doe", timeZone: "Europe/London" });
    // The save only queued the re-plan: the plan moves when the job runs, and the settings show how far it is.
    const scope = clientReplanScope(ids.jane);
    expect(await queryOnce(url, `SELECT state FROM pgboss.job WHERE name = 'plan-replan' AND singleton_key = '${scope}'`)).toEqual([{ state: "created" }]);
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: thankYous[1]!.id } })).dueAt.toISOString()).toBe("2026-03-03T00:00:00.000Z");
    expect((await callerFor(db, ids.jane, () => NOW).me.settings()).profile.replan).toEqual({ total, done: 0, finished: false });
    expect(await runReplan(db, scope, () => NOW)).toEqual({ batches: 1, replanned: total });
    expect((await callerFor(db, ids.jane, () => NOW).me.settings()).profile.replan).toEqual({ total, done: total, finished: true });

    const after = await db.followUpTask.findMany({ where: { id: { in: [...thankYous.map((t) => t.id), debrief.id] } }, select: { id: true, dueAt: true, status: true } });
    const byId = new Map(after.map((t) => [t.id, t]));
    // The open thank-you is now tonight at 19:00 in London; the done one and the coach's move are kept.
    expect(byId.get(thankYous[1]!.id)!.dueAt.toISOString()).toBe("2026-03-02T19:00:00.000Z");
    expect(byId.get(thankYous[0]!.id)).toMatchObject({ status: "DONE", dueAt: new Date("2026-03-03T00:00:00.000Z") });
    expect(byId.get(debrief.id)!.dueAt.toISOString()).toBe("2026-03-02T21:00:00.000Z");
  });

  it("a coach's zone changes what they see, and re-plans nothing", async () => {
    const before = await db.followUpTask.findMany({ orderBy: { id: "asc" }, select: { dueAt: true } });
    const saved = await saveProfile(db, await actorOf(db, ids.owner), { name: "Olivia Owens", timeZone: "Asia/Tokyo" }, NOW);
    expect(saved.replanning).toBe(0);
    expect(await db.replanRun.count()).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.owner } })).timeZone).toBe("Asia/Tokyo");
    expect(await db.followUpTask.findMany({ orderBy: { id: "asc" }, select: { dueAt: true } })).toEqual(before);
  });

  it("refuses a zone that does not exist or an empty name, with a clear message, and writes nothing", async () => {
    const jane = callerFor(db, ids.jane, () => NOW);
    await expect(jane.account.saveProfile({ name: "Jane", timeZone: "Mars/Olympus" })).rejects.toThrow("Choose a valid time zone");
    await expect(jane.account.saveProfile({ name: "  ", timeZone: "Europe/London" })).rejects.toThrow("Enter your name");
    await expect(jane.account.saveProfile({ name: "Jane", timeZone: "Europe/London", role: "COACH" } as { name: string; timeZone: string })).rejects.toThrow();
    expect(await db.user.findUniqueOrThrow({ where: { id: ids.jane }, select: { name: true, timeZone: true, role: true } })).toEqual({ name: "Jane Doe", timeZone: "America/New_York", role: "CLIENT" });
  });
});
