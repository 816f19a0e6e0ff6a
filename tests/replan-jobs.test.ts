import { beforeEach, describe, expect, it } from "vitest";
import { practiceReplanScope, runReplan } from "@/server/tasks/replan-in-batches";
import { replanInterview } from "@/server/tasks/replan-interview";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { queryOnce, useTestDatabase } from "./support/database";
import { interviewFields } from "./support/interviews";

// Monday 2 March 2026, 11:00 in New York.
const NOW = new Date("2026-03-02T16:00:00Z");

describe("re-plans after a practice's settings change run as a job, in short batches", () => {
  const { db, url } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let practiceId: string;
  let scope: string;
  let total: number;
  let janeInterview: string;

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    scope = practiceReplanScope(practiceId);
    const jane = callerFor(db, ids.jane, () => NOW);
    ({ id: janeInterview } = await jane.interview.create(interviewFields));
    for (const company of ["Globex", "Umbrella", "Hooli"]) await jane.interview.create({ ...interviewFields, company });
    total = await db.interview.count({ where: { client: { clientOf: { some: { practiceId } } } } });
  });

  const settings = (tonightTime: string) => ({
    practiceId,
    tonightTime,
    firstThingTime: "08:00",
    postDaysMin: 2,
    postDaysMax: 3,
    overnightDays: 1,
    keepInTouchWeeks: 6,
    holidays: [],
  });
  const save = (tonightTime: string) => callerFor(db, ids.owner, () => NOW).practice.updateSettings(settings(tonightTime));
  const progress = async () => (await callerFor(db, ids.owner, () => NOW).me.settings()).practices.find((p) => p.id === practiceId)!.replan;
  const janeThankYouDue = async () =>
    (await db.followUpTask.findMany({ where: { interviewId: janeInterview, kind: "THANK_YOU" }, orderBy: { id: "asc" }, select: { dueAt: true } })).map((t) => t.dueAt.toISOString());
  /** Every task of the practice, in a fixed order: what a plan is. */
  const allTasks = () =>
    db.followUpTask.findMany({
      where: { interview: { client: { clientOf: { some: { practiceId } } } } },
      orderBy: { id: "asc" },
      select: { id: true, key: true, status: true, dueAt: true, title: true },
    });

  it("the save only stores the settings and queues the job; the job re-plans every interview, two per batch, and the progress goes from 0 to all", async () => {
    expect(total).toBeGreaterThan(4);
    expect(await save("20:00")).toEqual({ replanning: total });
    // Saved and queued, not yet re-planned: the thank-yous are still at 19:00 in New York.
    expect(await queryOnce(url, `SELECT state FROM pgboss.job WHERE name = 'plan-replan' AND singleton_key = '${scope}'`)).toEqual([{ state: "created" }]);
    expect(await janeThankYouDue()).toEqual(["2026-03-03T00:00:00.000Z", "2026-03-03T00:00:00.000Z"]);
    expect(await progress()).toEqual({ total, done: 0, finished: false });

    const seen: unknown[] = [];
    const result = await runReplan(db, scope, () => NOW, { batchSize: 2, afterBatch: async () => void seen.push(await progress()) });
    expect(result).toEqual({ batches: Math.ceil(total / 2), replanned: total });
    const expected = Array.from({ length: Math.ceil(total / 2) }, (_, i) => Math.min(total, 2 * (i + 1)));
    expect(seen.map((p) => (p as { done: number }).done)).toEqual(expected);
    expect(seen.at(-1)).toEqual({ total, done: total, finished: true });
    // R21: tonight is now 20:00 in New York.
    expect(await janeThankYouDue()).toEqual(["2026-03-03T01:00:00.000Z", "2026-03-03T01:00:00.000Z"]);
  });

  it("a job run again, or a duplicate, re-plans nothing more and changes nothing", async () => {
    await save("20:00");
    await runReplan(db, scope, () => NOW, { batchSize: 2 });
    const before = await allTasks();
    expect(await runReplan(db, scope, () => NOW, { batchSize: 2 })).toEqual({ batches: 0, replanned: 0 });
    expect(await allTasks()).toEqual(before);
    expect(await progress()).toEqual({ total, done: total, finished: true });
  });

  it("a job that died after a batch resumes after it when retried, and ends with every plan re-made", async () => {
    await save("20:00");
    const crash = new Error("the worker died");
    await expect(
      runReplan(db, scope, () => NOW, {
        batchSize: 2,
        afterBatch: async () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(await progress()).toEqual({ total, done: 2, finished: false });
    expect(await runReplan(db, scope, () => NOW, { batchSize: 2 })).toEqual({ batches: Math.ceil((total - 2) / 2), replanned: total - 2 });
    expect(await progress()).toEqual({ total, done: total, finished: true });
    expect(await janeThankYouDue()).toEqual(["2026-03-03T01:00:00.000Z", "2026-03-03T01:00:00.000Z"]);
  });

  it("a second change saved while the job runs restarts it: every plan ends made from the newest settings", async () => {
    await save("20:00");
    let changed = false;
    await runReplan(db, scope, () => NOW, {
      batchSize: 2,
      afterBatch: async () => {
        if (changed) return;
        changed = true;
        expect(await save("21:00")).toEqual({ replanning: total });
        expect(await progress()).toEqual({ total, done: 0, finished: false });
      },
    });
    expect(await progress()).toEqual({ total, done: total, finished: true });
    expect(await janeThankYouDue()).toEqual(["2026-03-03T02:00:00.000Z", "2026-03-03T02:00:00.000Z"]);
    // Re-planning each interview afresh from the newest settings changes nothing: no plan was left from 20:00.
    const after = await allTasks();
    const interviews = await db.interview.findMany({ where: { client: { clientOf: { some: { practiceId } } } }, select: { id: true } });
    for (const { id } of interviews) await db.$transaction((tx) => replanInterview(tx, id, NOW));
    expect(await allTasks()).toEqual(after);
  });

  it("two changes saved before the job runs end with the newest settings, and the queue holds one job for them", async () => {
    await save("20:00");
    await save("21:00");
    expect(await queryOnce(url, `SELECT state FROM pgboss.job WHERE name = 'plan-replan' AND singleton_key = '${scope}'`)).toEqual([{ state: "created" }]);
    expect(await runReplan(db, scope, () => NOW)).toEqual({ batches: 1, replanned: total });
    expect(await janeThankYouDue()).toEqual(["2026-03-03T02:00:00.000Z", "2026-03-03T02:00:00.000Z"]);
  });
});
