import { describe, expect, it, vi } from "vitest";
import { loadActor, type Actor } from "@/server/access/actor";
import { readRequestActor } from "@/server/auth/session";
import type { Db } from "@/server/db/client";
import { getInterviewView } from "@/server/interviews/get-interview-view";
import { listInterviews } from "@/server/interviews/list-interviews";
import { listInterviewsInput } from "@/server/interviews/schemas";
import { readPlanPrompts } from "@/server/tasks/replan-interview";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";

/**
 * Issue 14's hot paths: a request reads its session and actor in one statement, `interview.list` is one
 * statement a page (cursor-paginated), and the interview page reads a fixed number of statements, without
 * running the planner. Each count is taken at two data sizes and must not change.
 */

// Auth.js's auth() needs a Next request; it is the slow path, counted here to show when it is (not) taken.
const auth = vi.hoisted(() => ({ calls: 0, userId: null as string | null }));
vi.mock("@/server/auth/auth", () => ({
  auth: async () => {
    auth.calls += 1;
    return auth.userId ? { user: { id: auth.userId } } : null;
  },
  signIn: async () => {
    throw new Error("signIn was reached");
  },
  signOut: async () => {
    throw new Error("signOut was reached");
  },
  handlers: {},
}));

const NOW = new Date("2026-11-22T12:00:00Z");
const DAY = 24 * 3_600_000;

/** Adds `perClient` interviews (two people, three tasks, a note and a call each) to every client named. */
async function addInterviews(db: Db, clientIds: string[], perClient: number, startsAt: (i: number) => Date) {
  await db.interview.createMany({
    data: clientIds.flatMap((clientId) =>
      Array.from({ length: perClient }, (_, i) => ({ clientId, company: `Bulk ${i}`, jobTitle: "Analyst", stage: "FIRST_ROUND" as const, startsAt: startsAt(i) })),
    ),
  });
  const interviews = await db.interview.findMany({ where: { company: { startsWith: "Bulk " }, clientId: { in: clientIds } }, select: { id: true, clientId: true } });
  await db.interviewPerson.createMany({
    data: interviews.flatMap(({ id }) => [
      { interviewId: id, role: "INTERVIEWER" as const, name: "Ann Example", position: 0 },
      { interviewId: id, role: "RECRUITER" as const, name: "Rob Example", position: 1 },
    ]),
  });
  await addRecord(db, interviews);
}

/** Tasks, a note and a call on each interview. */
async function addRecord(db: Db, interviews: { id: string; clientId: string }[]) {
  await db.followUpTask.createMany({
    data: interviews.flatMap(({ id }) => [
      { interviewId: id, kind: "THANK_YOU", title: "Thank-you", channel: "EMAIL" as const, dueAt: new Date(NOW.getTime() + DAY), rules: ["R01"] },
      { interviewId: id, kind: "FOLLOW_UP_CALL", title: "Call", channel: "PHONE" as const, dueAt: new Date(NOW.getTime() - DAY), rules: ["R06"] },
      { interviewId: id, kind: "DEBRIEF", title: "Debrief", channel: "NONE" as const, dueAt: new Date(NOW.getTime() - DAY), rules: ["R05"], status: "DONE" as const, completedAt: NOW },
    ]),
  });
  await db.debriefNote.createMany({ data: interviews.map(({ id, clientId }) => ({ interviewId: id, authorId: clientId, body: "How it went" })) });
  await db.callLog.createMany({ data: interviews.map(({ id }) => ({ interviewId: id, calledAt: new Date(NOW.getTime() - DAY), answered: true })) });
}

describe("the session and the actor", () => {
  const { db, url } = useTestDatabase();

  async function addSession(userId: string, expiresInMs: number) {
    const token = `token-${Math.random().toString(36).slice(2)}`;
    await db.session.create({ data: { sessionToken: token, userId, expires: new Date(Date.now() + expiresInMs) } });
    return new Headers({ cookie: `theme=dark; authjs.session-token=${token}` });
  }

  it("a fresh session's actor, memberships included, is read in one statement, without Auth.js", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const counting = createQueryCountingClient(url);
    try {
      auth.calls = 0;
      // Extended an hour ago: Auth.js would neither extend nor delete it.
      const actor = await readRequestActor(await addSession(ids.owner, 30 * DAY - 3_600_000), counting.db);
      expect(counting.queries()).toBe(1);
      expect(auth.calls).toBe(0);
      expect(actor).toEqual(await loadActor(db, ids.owner));
      expect(actor!.practices).toEqual([expect.objectContaining({ isOwner: true, practiceName: "Northstar Career Coaching" })]);
    } finally {
      await counting.disconnect();
    }
  });

  it("leaves a session due to be extended, an expired or unknown one, and a request with no cookie to Auth.js", async () => {
    const ids = await seedDemoWorld(db, NOW);
    auth.userId = ids.jane;
    try {
      for (const headers of [
        await addSession(ids.jane, 2 * DAY), // last extended 28 days ago: Auth.js extends it
        await addSession(ids.jane, -3_600_000), // expired: Auth.js deletes it
        new Headers({ cookie: "authjs.session-token=no-such-token" }),
        new Headers({ cookie: "authjs.session-token=%E0%A4%A" }), // not percent-encoding: no session, never a 500
        new Headers(),
      ]) {
        auth.calls = 0;
        expect((await readRequestActor(headers, db))?.id).toBe(ids.jane);
        expect(auth.calls).toBe(1);
      }
      auth.userId = null;
      expect(await readRequestActor(await addSession(ids.jane, -3_600_000), db)).toBeNull();
    } finally {
      auth.userId = null;
    }
  });
  it("over https (useSecureCookies) reads only the __Secure- cookie: an unprefixed one, which a sibling host or plain http could set, goes to Auth.js", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const unprefixed = (await addSession(ids.owner, 30 * DAY - 3_600_000)).get("cookie")!.replace("theme=dark; ", "");
    vi.stubEnv("APP_URL", "https://followthrough.example");
    try {
      auth.calls = 0;
      expect((await readRequestActor(new Headers({ cookie: `__Secure-${unprefixed}` }), db))?.id).toBe(ids.owner);
      expect(auth.calls).toBe(0);
      expect(await readRequestActor(new Headers({ cookie: unprefixed }), db)).toBeNull();
      expect(auth.calls).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("interview.list: one statement a page, paged by a cursor", () => {
  const { db, url } = useTestDatabase();

  async function actorsOf(ids: Record<DemoKey, string>) {
    return { jane: (await loadActor(db, ids.jane))!, ben: (await loadActor(db, ids.coach))!, olivia: (await loadActor(db, ids.owner))! };
  }

  /** The statements of a first page and of a first and second page, for each actor. */
  async function countPages(actors: Record<string, Actor>) {
    const counting = createQueryCountingClient(url);
    try {
      const counts: Record<string, [number, number]> = {};
      for (const [name, actor] of Object.entries(actors)) {
        counting.reset();
        const first = await listInterviews(counting.db, actor, listInterviewsInput.parse({ limit: 1 }));
        const one = counting.queries();
        expect(first.nextCursor).not.toBeNull();
        await listInterviews(counting.db, actor, listInterviewsInput.parse({ limit: 1, cursor: first.nextCursor }));
        counts[name] = [one, counting.queries()];
      }
      return counts;
    } finally {
      await counting.disconnect();
    }
  }

  it("sends as many statements for 40 more interviews per client as before: one per page", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const actors = await actorsOf(ids);
    const small = await countPages(actors);
    await addInterviews(db, [ids.jane, ids.sam, ids.priya], 40, (i) => new Date(NOW.getTime() - i * DAY));
    const large = await countPages(actors);
    expect(large).toEqual(small);
    expect(small).toEqual({ jane: [1, 2], ben: [1, 2], olivia: [1, 2] });
  });

  it("pages through every interview the actor reads exactly once, in the order of one big page, ties broken by id", async () => {
    const ids = await seedDemoWorld(db, NOW);
    // Ten interviews at the same instant, so the id alone orders them.
    await addInterviews(db, [ids.jane, ids.sam], 15, (i) => new Date(NOW.getTime() - (i < 10 ? 0 : i) * DAY));
    for (const who of ["jane", "coach", "owner", "otherOwner"] as const) {
      const caller = callerFor(db, ids[who], () => NOW);
      const all = (await caller.interview.list({ limit: 100 })).items.map((i) => i.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof caller.interview.list>> = await caller.interview.list({ limit: 7, cursor });
        expect(page.items.length).toBeLessThanOrEqual(7);
        paged.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      // Who sees what (DOMAIN.md): exactly the interviews of the clients the actor reads.
      const readable = await db.interview.count({
        where: who === "jane" ? { clientId: ids.jane } : { client: { clientOf: { some: who === "coach" ? { coachId: ids.coach } : { practice: { ownerId: ids[who] } } } } },
      });
      expect(all).toHaveLength(readable);
    }
  });

  it("a cursor positions a page and never widens it: another client's cursor shows only one's own interviews", async () => {
    const ids = await seedDemoWorld(db, NOW);
    await addInterviews(db, [ids.jane, ids.sam], 5, (i) => new Date(NOW.getTime() - i * DAY));
    const samsFirst = await callerFor(db, ids.sam, () => NOW).interview.list({ limit: 1 });
    const janes = await callerFor(db, ids.jane, () => NOW).interview.list({ limit: 100, cursor: samsFirst.nextCursor });
    const janesIds = new Set((await db.interview.findMany({ where: { clientId: ids.jane }, select: { id: true } })).map((i) => i.id));
    expect(janes.items.length).toBeGreaterThan(0);
    expect(janes.items.every((i) => janesIds.has(i.id))).toBe(true);
  });

  it.each([
    ["not base64 JSON", "%%%"],
    ["a cursor of another shape", Buffer.from(JSON.stringify(["name", "x", "y"])).toString("base64url")],
    ["an impossible instant", Buffer.from(JSON.stringify(["2026-13-45T99:00:00.000Z", "abc"])).toString("base64url")],
    ["an id that is not one", Buffer.from(JSON.stringify(["2026-11-22T12:00:00.000Z", "a b"])).toString("base64url")],
  ])("refuses %s as a cursor with BAD_REQUEST", async (_label, cursor) => {
    const ids = await seedDemoWorld(db, NOW);
    expect(await codeOf(callerFor(db, ids.jane, () => NOW).interview.list({ cursor }))).toBe("BAD_REQUEST");
  });
});

describe("the interview page: a fixed number of statements, and the plan's prompts as the last re-plan stored them", () => {
  const { db, url } = useTestDatabase();

  async function countView(actor: Actor, interviewId: string) {
    const counting = createQueryCountingClient(url);
    try {
      const view = await getInterviewView(counting.db, actor, interviewId, NOW);
      return { view, statements: counting.queries() };
    } finally {
      await counting.disconnect();
    }
  }

  it("reads as many statements for a larger record and more interviews as before, for the client and the practice owner", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const jane = (await loadActor(db, ids.jane))!;
    const olivia = (await loadActor(db, ids.owner))!;
    const { id } = await db.interview.findFirstOrThrow({ where: { clientId: ids.jane }, orderBy: { startsAt: "desc" }, select: { id: true } });

    const small = { jane: (await countView(jane, id)).statements, olivia: (await countView(olivia, id)).statements };
    await addRecord(db, Array.from({ length: 5 }, () => ({ id, clientId: ids.jane })));
    await addInterviews(db, [ids.jane], 30, (i) => new Date(NOW.getTime() - i * DAY));
    const large = { jane: (await countView(jane, id)).statements, olivia: (await countView(olivia, id)).statements };

    expect(large).toEqual(small);
    // Four statements, no planner run among them: the record with its relations in one (interview, client,
    // assignments, people, notes with authors, items, calls, expenses, tasks with recipients, drafts with their
    // latest version: Prisma's relation joins), where each task's letter stands, the emails with their relations,
    // and the template names. (Before relation joins: 20, one per relation.)
    expect(small.jane).toBe(4);
  });

  it("R16: the plan's prompts are stored at re-plan time and shown without running the planner; a record not re-planned since still shows them", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const jane = (await loadActor(db, ids.jane))!;
    const client = callerFor(db, ids.jane, () => NOW);
    const { id } = await client.interview.create({
      company: "Initrode",
      jobTitle: "Business Analyst",
      stage: "FIRST_ROUND",
      startsAtLocal: "2026-12-04T10:00",
      timeZone: "America/New_York",
      people: [{ role: "INTERVIEWER", name: "Peter Gibbons" }],
      timelineKind: "DECISION",
      timelineDate: "2026-12-14",
      questionsInvited: true,
    });
    const stored = await db.interview.findUniqueOrThrow({ where: { id }, select: { planPrompts: true, updatedAt: true } });
    const planned = await readPlanPrompts(db, id, NOW);
    expect(planned).toContainEqual(expect.objectContaining({ rule: "R16" }));
    expect(stored.planPrompts).toEqual(planned);

    const withStored = await countView(jane, id);
    expect(withStored.view.planPrompts).toEqual(planned);

    // A row from before the prompts were stored: the page works them out, with the planner's statements on top.
    await db.$executeRaw`UPDATE "Interview" SET "planPrompts" = NULL WHERE id = ${id}`;
    const legacy = await countView(jane, id);
    expect(legacy.view.planPrompts).toEqual(planned);
    expect(legacy.statements).toBeGreaterThan(withStored.statements);

    // A change that re-plans stores them again; re-planning alone does not move the interview's last activity.
    await client.record.logCall({ interviewId: id, answered: true });
    const after = await db.interview.findUniqueOrThrow({ where: { id }, select: { planPrompts: true, updatedAt: true } });
    expect(after.planPrompts).toEqual(await readPlanPrompts(db, id, NOW));
    expect(after.updatedAt).toEqual(stored.updatedAt);
  });
});
