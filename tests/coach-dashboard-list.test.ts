import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/server/access/actor";
import { getCoachDashboard, type ClientHealth } from "@/server/dashboard/coach-dashboard";
import { CLIENT_SORTS, type ClientFilter, type ClientSort } from "@/server/dashboard/dashboard-schemas";
import type { Db } from "@/server/db/client";
import { callerFor, codeOf, errorOf } from "./support/callers";
import { useTestDatabase } from "./support/database";

// 02:00 UTC on 3 March: still the evening of 2 March in New York, already the afternoon of 3 March in Auckland.
const NOW = new Date("2026-03-03T02:00:00Z");
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR);
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

async function createUser(db: Db, email: string, name: string | null, role: "CLIENT" | "COACH", timeZone = "America/New_York") {
  return (await db.user.create({ data: { email, name, role, timeZone } })).id;
}

async function createPractice(db: Db, slug: string, ownerId: string, coachIds: string[]) {
  const practice = await db.practice.create({ data: { name: slug, slug, ownerId } });
  await db.practiceCoach.createMany({ data: [ownerId, ...coachIds].map((coachId) => ({ practiceId: practice.id, coachId })) });
  return practice.id;
}

type InterviewSpec = {
  timeline?: { kind: "DECISION" | "NEXT_ROUND" | "NONE"; date: string };
  coldAt?: Date;
  updatedAt: Date;
};

async function createInterview(db: Db, clientId: string, spec: InterviewSpec) {
  const interview = await db.interview.create({
    data: {
      clientId,
      company: "Acme",
      jobTitle: "Analyst",
      stage: "FIRST_ROUND",
      startsAt: ago(200),
      timelineKind: spec.timeline?.kind ?? "NONE",
      timelineDate: spec.timeline ? day(spec.timeline.date) : null,
      coldAt: spec.coldAt ?? null,
      createdAt: ago(300),
      updatedAt: spec.updatedAt,
    },
  });
  return interview.id;
}

async function createTask(db: Db, interviewId: string, task: { dueAt: Date; status?: "OPEN" | "DONE" | "SKIPPED"; completedAt?: Date }) {
  await db.followUpTask.create({
    data: { interviewId, kind: "FOLLOW_UP_CALL", title: "Call", channel: "PHONE", rules: ["R06"], dueAt: task.dueAt, status: task.status ?? "OPEN", completedAt: task.completedAt ?? null },
  });
}

/**
 * A small world made by hand: Northstar (owner Olivia, coach Ben) with Ava and Bob (Ben's) and
 * Dana (Olivia's), and Harbor (owner Carl) with Yan.
 */
async function seedHandMadeWorld(db: Db) {
  const olivia = await createUser(db, "olivia@northstar.example", "Olivia Owner", "COACH");
  const ben = await createUser(db, "ben@northstar.example", "Ben Coach", "COACH");
  const carl = await createUser(db, "carl@harbor.example", "Carl Other", "COACH");
  const ava = await createUser(db, "ava@example.com", "Ava Adams", "CLIENT", "America/New_York");
  // Lower case: the list sorts names without regard to case.
  const bob = await createUser(db, "bob@example.com", "bob Brown", "CLIENT", "Pacific/Auckland");
  const dana = await createUser(db, "dana@example.com", "Dana Diaz", "CLIENT", "Europe/London");
  const yan = await createUser(db, "yan@example.com", "Yan Young", "CLIENT");
  const northstar = await createPractice(db, "northstar", olivia, [ben]);
  const harbor = await createPractice(db, "harbor", carl, []);
  await db.coachClient.createMany({
    data: [
      { practiceId: northstar, coachId: ben, clientId: ava },
      { practiceId: northstar, coachId: ben, clientId: bob },
      { practiceId: northstar, coachId: olivia, clientId: dana },
      { practiceId: harbor, coachId: carl, clientId: yan },
    ],
  });

  // Ava (New York): a decision today in her zone, another next week; two overdue tasks; one lead cold.
  const a1 = await createInterview(db, ava, { timeline: { kind: "DECISION", date: "2026-03-02" }, updatedAt: ago(48) });
  await createTask(db, a1, { dueAt: ago(1) });
  await createTask(db, a1, { dueAt: new Date(NOW.getTime() - 60_000) });
  await createTask(db, a1, { dueAt: new Date(NOW.getTime() + HOUR) });
  await createTask(db, a1, { dueAt: ago(40), status: "DONE", completedAt: ago(30) });
  await createTask(db, a1, { dueAt: ago(30), status: "SKIPPED", completedAt: ago(20) });
  const a2 = await createInterview(db, ava, { timeline: { kind: "DECISION", date: "2026-03-09" }, coldAt: ago(72), updatedAt: ago(72) });
  await db.debriefNote.create({ data: { interviewId: a2, authorId: ben, body: "Shared by Ben", visibility: "SHARED", createdAt: ago(10) } });
  // Ava's private note is later than everything else, but it does not exist for her coaches.
  await db.debriefNote.create({ data: { interviewId: a2, authorId: ava, body: "Private", visibility: "PRIVATE", createdAt: ago(1) } });
  await db.callLog.create({ data: { interviewId: a2, calledAt: ago(15), answered: false, createdAt: ago(15) } });

  // Bob (Auckland, already 3 March): 2 March is past for him; a date with no timeline kind does not count.
  await createInterview(db, bob, { timeline: { kind: "DECISION", date: "2026-03-02" }, updatedAt: ago(100) });
  await createInterview(db, bob, { timeline: { kind: "NONE", date: "2026-03-03" }, coldAt: ago(90), updatedAt: ago(90) });
  await createInterview(db, bob, { timeline: { kind: "NEXT_ROUND", date: "2026-03-03" }, updatedAt: ago(80) });

  // Yan, in another practice, has overdue work too.
  const y1 = await createInterview(db, yan, { timeline: { kind: "DECISION", date: "2026-03-05" }, updatedAt: ago(5) });
  await createTask(db, y1, { dueAt: ago(2) });

  const actor = async (id: string) => (await loadActor(db, id))!;
  return { ids: { olivia, ben, carl, ava, bob, dana, yan }, actors: { olivia: await actor(olivia), ben: await actor(ben), carl: await actor(carl), ava: await actor(ava) } };
}

/** Every client over every page, following the cursor. */
async function readAllPages(db: Db, actor: Actor, options: { sort?: ClientSort; filter?: ClientFilter; search?: string; limit: number }) {
  const rows: ClientHealth[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const page: Awaited<ReturnType<typeof getCoachDashboard>> = await getCoachDashboard(db, actor, NOW, { ...options, cursor });
    expect(page.clients.length).toBeLessThanOrEqual(options.limit);
    rows.push(...page.clients);
    if (!page.nextCursor) return rows;
    cursor = page.nextCursor;
  }
  throw new Error("The pages never ended.");
}

describe("coach dashboard: client health computed in SQL", () => {
  const { db } = useTestDatabase();

  it("R14, R06: counts overdue tasks and cold leads, finds the next decision in the client's own zone and the last activity the coach may see", async () => {
    const { ids, actors } = await seedHandMadeWorld(db);
    const { clients } = await getCoachDashboard(db, actors.ben, NOW);
    expect(clients).toEqual([
      { id: ids.ava, name: "Ava Adams", email: "ava@example.com", timeZone: "America/New_York", interviewCount: 2, overdueCount: 2, coldLeads: 1, nextDecision: "2026-03-02", lastActivity: ago(10) },
      { id: ids.bob, name: "bob Brown", email: "bob@example.com", timeZone: "Pacific/Auckland", interviewCount: 3, overdueCount: 0, coldLeads: 1, nextDecision: "2026-03-03", lastActivity: ago(80) },
    ]);
  });

  it("a client with no interviews has zero counts, no next decision and no activity", async () => {
    const { ids, actors } = await seedHandMadeWorld(db);
    const { clients } = await getCoachDashboard(db, actors.olivia, NOW, { search: "dana" });
    expect(clients).toEqual([{ id: ids.dana, name: "Dana Diaz", email: "dana@example.com", timeZone: "Europe/London", interviewCount: 0, overdueCount: 0, coldLeads: 0, nextDecision: null, lastActivity: null }]);
  });

  it("who sees what: a coach sees their clients, the owner the practice's, nobody another practice's, a client nobody", async () => {
    const { ids, actors } = await seedHandMadeWorld(db);
    const idsOf = async (actor: Actor) => (await getCoachDashboard(db, actor, NOW)).clients.map((c) => c.id);
    expect(await idsOf(actors.ben)).toEqual([ids.ava, ids.bob]);
    expect(await idsOf(actors.olivia)).toEqual([ids.ava, ids.bob, ids.dana]);
    expect(await idsOf(actors.carl)).toEqual([ids.yan]);
    expect(await idsOf(actors.ava)).toEqual([]);
    // Through the API too, and a search for another practice's client finds nothing.
    expect((await callerFor(db, ids.ben).dashboard.coach({ search: "yan" })).clients).toEqual([]);
    expect((await callerFor(db, ids.carl).dashboard.coach({ search: "ava" })).clients).toEqual([]);
  });

  it("sorts by name (ignoring case), most overdue, next decision and least recent activity", async () => {
    const { ids, actors } = await seedHandMadeWorld(db);
    const order = async (sort: ClientSort) => (await getCoachDashboard(db, actors.olivia, NOW, { sort })).clients.map((c) => c.id);
    expect(await order("name")).toEqual([ids.ava, ids.bob, ids.dana]);
    expect((await order("overdue"))[0]).toBe(ids.ava);
    // No decision comes last; no activity comes first.
    expect(await order("decision")).toEqual([ids.ava, ids.bob, ids.dana]);
    expect(await order("activity")).toEqual([ids.dana, ids.bob, ids.ava]);
  });

  it("filters by overdue tasks, cold leads or either, and searches names and emails (wildcards taken literally)", async () => {
    const { ids, actors } = await seedHandMadeWorld(db);
    const find = async (options: { filter?: ClientFilter; search?: string }) => (await getCoachDashboard(db, actors.olivia, NOW, options)).clients.map((c) => c.id);
    expect(await find({ filter: "overdue" })).toEqual([ids.ava]);
    expect(await find({ filter: "cold" })).toEqual([ids.ava, ids.bob]);
    expect(await find({ filter: "attention" })).toEqual([ids.ava, ids.bob]);
    expect(await find({ search: "BROWN" })).toEqual([ids.bob]);
    expect(await find({ search: "dana@" })).toEqual([ids.dana]);
    expect(await find({ search: "example.com", filter: "overdue" })).toEqual([ids.ava]);
    expect(await find({ search: "%" })).toEqual([]);
    expect(await find({ search: "a_a" })).toEqual([]);
  });

  it("refuses a bad sort, filter, page size or cursor with BAD_REQUEST, and a cursor of another sort", async () => {
    const { ids } = await seedHandMadeWorld(db);
    const olivia = callerFor(db, ids.olivia, () => NOW);
    const first = await olivia.dashboard.coach({ limit: 1, sort: "name" });
    expect(first.nextCursor).not.toBeNull();
    expect(await codeOf(olivia.dashboard.coach({ sort: "email" as ClientSort }))).toBe("BAD_REQUEST");
    expect(await codeOf(olivia.dashboard.coach({ filter: "everyone" as ClientFilter }))).toBe("BAD_REQUEST");
    expect(await codeOf(olivia.dashboard.coach({ limit: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(olivia.dashboard.coach({ cursor: "not-a-cursor" }))).toBe("BAD_REQUEST");
    const forged = Buffer.from(JSON.stringify(["overdue", "1; DROP TABLE", ids.ava])).toString("base64url");
    expect(await errorOf(olivia.dashboard.coach({ sort: "overdue", cursor: forged }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("first page") });
    expect(await codeOf(olivia.dashboard.coach({ sort: "activity", cursor: first.nextCursor }))).toBe("BAD_REQUEST");
  });
});

describe("coach dashboard: pages", () => {
  const { db } = useTestDatabase();

  /** 23 clients of one owner, with ties on every sort key: the same name, overdue count, decision date and activity. */
  async function seedTiedPractice() {
    const owner = await createUser(db, "owner@tied.example", "Owner", "COACH");
    const practiceId = await createPractice(db, "tied", owner, []);
    for (let i = 0; i < 23; i += 1) {
      const client = await createUser(db, `client${i}@tied.example`, i < 10 ? "Same Name" : `Client ${String.fromCharCode(65 + i)}`, "CLIENT");
      await db.coachClient.create({ data: { practiceId, coachId: owner, clientId: client } });
      if (i % 4 === 0) continue;
      const interview = await createInterview(db, client, { timeline: i % 3 === 0 ? undefined : { kind: "DECISION", date: i % 2 ? "2026-03-05" : "2026-03-06" }, updatedAt: ago(i % 3) });
      for (let t = 0; t < i % 3; t += 1) await createTask(db, interview, { dueAt: ago(1) });
    }
    return (await loadActor(db, owner))!;
  }

  it("every client appears exactly once across pages, in the same order as one big page, for every sort and filter", async () => {
    const owner = await seedTiedPractice();
    const all = (await getCoachDashboard(db, owner, NOW, { limit: 50 })).clients;
    expect(all).toHaveLength(23);
    for (const sort of CLIENT_SORTS) {
      for (const filter of ["all", "overdue"] as const) {
        const onePage = (await getCoachDashboard(db, owner, NOW, { sort, filter, limit: 50 })).clients.map((c) => c.id);
        const paged = (await readAllPages(db, owner, { sort, filter, limit: 4 })).map((c) => c.id);
        expect(new Set(paged).size).toBe(paged.length);
        expect(paged).toEqual(onePage);
      }
    }
    const byOverdue = await readAllPages(db, owner, { sort: "overdue", limit: 3 });
    expect(byOverdue.map((c) => c.overdueCount)).toEqual([...byOverdue.map((c) => c.overdueCount)].sort((a, b) => b - a));
    const byDecision = await readAllPages(db, owner, { sort: "decision", limit: 3 });
    const decisions = byDecision.map((c) => c.nextDecision ?? "9999-12-31");
    expect(decisions).toEqual([...decisions].sort());
    const byActivity = await readAllPages(db, owner, { sort: "activity", limit: 3 });
    const times = byActivity.map((c) => c.lastActivity?.getTime() ?? -Infinity);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(byActivity.map((c) => c.id))).toEqual(new Set(all.map((c) => c.id)));
  });

  it("who sees what, over generated practices: every page together is exactly the clients the actor reaches", async () => {
    let world = 0;
    const assignment = fc.record({ coach: fc.nat({ max: 5 }), client: fc.nat({ max: 6 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(assignment, { maxLength: 12 }), fc.nat({ max: 5 }), async (assignments, actorIndex) => {
        world += 1;
        const tag = `w${world}`;
        // Coaches 0-2 are in practice A (0 owns it), 3-5 in practice B (3 owns it).
        const coaches = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => createUser(db, `coach${i}.${tag}@example.com`, `Coach ${i}`, "COACH")));
        const clients = await Promise.all([0, 1, 2, 3, 4, 5, 6].map((i) => createUser(db, `client${i}.${tag}@example.com`, `Client ${i}`, "CLIENT")));
        const practices = [await createPractice(db, `a-${tag}`, coaches[0]!, coaches.slice(1, 3)), await createPractice(db, `b-${tag}`, coaches[3]!, coaches.slice(4))];
        const practiceOf = (coach: number) => (coach < 3 ? 0 : 1);
        const unique = new Map(assignments.map((a) => [`${a.coach}:${a.client}`, a]));
        await db.coachClient.createMany({
          data: [...unique.values()].map((a) => ({ practiceId: practices[practiceOf(a.coach)]!, coachId: coaches[a.coach]!, clientId: clients[a.client]! })),
        });
        const isOwner = actorIndex === 0 || actorIndex === 3;
        const expected = new Set(
          [...unique.values()]
            .filter((a) => a.coach === actorIndex || (isOwner && practiceOf(a.coach) === practiceOf(actorIndex)))
            .map((a) => clients[a.client]!),
        );
        const actor = (await loadActor(db, coaches[actorIndex]!))!;
        const seen = (await readAllPages(db, actor, { limit: 2 })).map((c) => c.id);
        expect(new Set(seen).size).toBe(seen.length);
        expect(new Set(seen)).toEqual(expected);
      }),
      { numRuns: 15, seed: 14 },
    );
  });
});
