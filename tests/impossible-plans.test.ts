import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { callerFor, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

/**
 * docs/PLANNER.md, invariant 6: input no plan can be made from is refused at the API with a
 * clear 4xx and writes nothing; a stored row that has it anyway does not break re-plans, and
 * the plan says why. Invariant 2: what cannot be fitted before a decision is said on the plan.
 */
const NOW = new Date("2026-11-22T12:00:00Z"); // Sunday; the interviews below are after it

const interview = {
  company: "Initrode",
  jobTitle: "Business Analyst",
  stage: "FIRST_ROUND" as const,
  startsAtLocal: "2026-12-04T07:00", // Friday
  timeZone: "America/New_York",
  durationMinutes: 45,
  people: [{ role: "INTERVIEWER" as const, name: "Peter Gibbons" }],
};

describe("impossible plans", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  async function createOverHttp(input: unknown) {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/interview.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      }),
      router: appRouter,
      createContext: () => createTRPCContext({ headers: new Headers(), db, getSessionUserId: async () => ids.jane, now: () => NOW }),
    });
    const body = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } } };
    return { status: response.status, message: body.error.json.message, fieldErrors: body.error.json.data.fieldErrors };
  }

  const counts = async () => ({ interviews: await db.interview.count(), tasks: await db.followUpTask.count() });

  it.each([
    ["R20: a decision", "DECISION"],
    ["R08: a next round", "NEXT_ROUND"],
  ] as const)("%s before the interview is refused with 400 on its date field, and nothing is written", async (_label, timelineKind) => {
    const before = await counts();
    const refused = await createOverHttp({ ...interview, timelineKind, timelineDate: "2026-12-03" });
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors).toEqual({ timelineDate: ["The decision or the next round can't come before the interview: choose its day or a later one"] });
    expect(await counts()).toEqual(before);
    // The interview's own day is fine (R07: a decision within 48 hours).
    const { id } = await callerFor(db, ids.jane, () => NOW).interview.create({ ...interview, timelineKind, timelineDate: "2026-12-04" });
    expect(await db.followUpTask.count({ where: { interviewId: id } })).toBeGreaterThan(0);
  });

  it("a zone the runtime doesn't know is refused with 400 on the zone, and nothing is written", async () => {
    const before = await counts();
    const refused = await createOverHttp({ ...interview, timeZone: "Mars/Olympus" });
    expect(refused.status).toBe(400);
    expect(refused.fieldErrors).toEqual({ timeZone: ["Choose a valid time zone"] });
    expect(await counts()).toEqual(before);
  });

  it("R10: an edit that moves the decision before the interview is refused and changes nothing", async () => {
    const client = callerFor(db, ids.jane, () => NOW);
    const { id } = await client.interview.create({ ...interview, timelineKind: "DECISION", timelineDate: "2026-12-16" });
    const tasksBefore = await db.followUpTask.findMany({ where: { interviewId: id }, orderBy: { key: "asc" } });
    const error = await errorOf(client.interview.update({ ...interview, id, timelineKind: "DECISION", timelineDate: "2026-11-30" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("can't come before the interview");
    expect((await db.interview.findUniqueOrThrow({ where: { id } })).timelineDate?.toISOString()).toBe("2026-12-16T00:00:00.000Z");
    expect(await db.followUpTask.findMany({ where: { interviewId: id }, orderBy: { key: "asc" } })).toEqual(tasksBefore);
  });

  it("R07: a call that cannot come before the decision is not planned, and the plan says so", async () => {
    const client = callerFor(db, ids.jane, () => NOW);
    // Friday 07:00 with the decision on Sunday: "first thing the next morning" is a Saturday.
    const { id } = await client.interview.create({ ...interview, timelineKind: "DECISION", timelineDate: "2026-12-06" });
    const record = await client.interview.record({ id });
    expect(record.tasks.filter((t) => t.kind === "FOLLOW_UP_CALL")).toEqual([]);
    expect(record.planPrompts).toEqual([
      { rule: "R07", text: "No time is left before the decision on Sunday 6 December 2026 for a call first thing in the morning, so it is not planned." },
    ]);
  });

  it.each([
    ["R20: a decision stored before the interview", { timelineKind: "DECISION", timelineDate: new Date("2026-12-01T00:00:00Z") }, null, "is before the interview"],
    ["R21: a client zone the runtime doesn't know", {}, "Mars/Olympus", 'The time zone "Mars/Olympus" is not one this server knows'],
  ] as const)("%s does not break re-plans: the tasks stay, the change goes through, and the plan says why", async (_label, row, zone, why) => {
    const client = callerFor(db, ids.jane, () => NOW);
    const { id } = await client.interview.create(interview);
    const tasksBefore = await db.followUpTask.findMany({ where: { interviewId: id }, orderBy: { key: "asc" } });
    // Rows written before the API refused them (or a zone a runtime update dropped).
    await db.interview.update({ where: { id }, data: row });
    if (zone) await db.user.update({ where: { id: ids.jane }, data: { timeZone: zone } });

    const later = callerFor(db, ids.jane, () => new Date("2026-12-08T15:00:00Z"));
    await later.record.logCall({ interviewId: id, answered: false, calledAt: new Date("2026-12-07T15:00:00Z") });
    expect(await db.callLog.count({ where: { interviewId: id } })).toBe(1);
    expect(await db.followUpTask.findMany({ where: { interviewId: id }, orderBy: { key: "asc" } })).toEqual(tasksBefore);
    const record = await later.interview.record({ id });
    expect(record.planPrompts).toEqual([{ text: expect.stringContaining(why) }]);
    expect(record.planPrompts[0]!.text).toMatch(/^No plan could be made: /);
  });
});
