import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

/**
 * DOMAIN.md "Who sees what", row "interviews, people, …", one test per cell.
 * Demo world: Jane is Olivia's client, Sam is Ben's, both in Northstar (owned by Olivia);
 * Carlos owns Harbor, an unrelated practice. "—" cells must answer NOT_FOUND.
 */
describe("who sees what: interviews and their people", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let janeInterview: string;
  let samInterview: string;

  beforeEach(async () => {
    ids = await seedDemoWorld(db);
    janeInterview = (await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" } })).id;
    samInterview = (await db.interview.findFirstOrThrow({ where: { company: "Initech" } })).id;
  });

  const editOf = (id: string) => ({
    id,
    company: "Renamed",
    jobTitle: "PM",
    stage: "FINAL" as const,
    startsAtLocal: "2026-11-20T10:00",
    timeZone: "America/New_York",
    people: [],
  });

  async function expectReadOnly(as: DemoKey, interviewId: string, clientKey: DemoKey) {
    const caller = callerFor(db, ids[as]);
    const interview = await caller.interview.get({ id: interviewId });
    expect(interview.people.length).toBeGreaterThan(0);
    expect(interview.canEdit).toBe(false);
    expect((await caller.interview.list({ clientId: ids[clientKey] })).items.map((i) => i.id)).toContain(interviewId);
    expect((await caller.client.get({ id: ids[clientKey] })).id).toBe(ids[clientKey]);
    expect(await codeOf(caller.interview.update(editOf(interviewId)))).toBe("NOT_FOUND");
    expect(await codeOf(caller.interview.delete({ id: interviewId }))).toBe("NOT_FOUND");
    expect(await db.interview.count({ where: { id: interviewId, company: "Renamed" } })).toBe(0);
  }

  async function expectNothing(as: DemoKey | null, interviewId: string, clientKey: DemoKey, code = "NOT_FOUND") {
    const caller = callerFor(db, as ? ids[as] : null);
    expect(await codeOf(caller.interview.get({ id: interviewId }))).toBe(code);
    expect(await codeOf(caller.client.get({ id: ids[clientKey] }))).toBe(code);
    expect(await codeOf(caller.interview.update(editOf(interviewId)))).toBe(code);
    expect(await codeOf(caller.interview.delete({ id: interviewId }))).toBe(code);
    if (as) {
      const listed = await caller.interview.list({ clientId: ids[clientKey] });
      expect(listed.items.map((i) => i.id)).not.toContain(interviewId);
    }
    expect(await db.interview.count({ where: { id: interviewId } })).toBe(1);
  }

  it("the client reads and writes their own interview", async () => {
    const jane = callerFor(db, ids.jane);
    expect((await jane.interview.get({ id: janeInterview })).canEdit).toBe(true);
    await jane.interview.update(editOf(janeInterview));
    expect((await jane.interview.get({ id: janeInterview })).company).toBe("Renamed");
    await jane.interview.delete({ id: janeInterview });
    expect(await db.interview.count({ where: { id: janeInterview } })).toBe(0);
  });

  it("the assigned coach reads but does not write", async () => {
    await expectReadOnly("owner", janeInterview, "jane"); // Olivia coaches Jane
    await expectReadOnly("coach", samInterview, "sam"); // Ben coaches Sam
  });

  it("the practice owner reads an interview of a client assigned to another coach", async () => {
    await expectReadOnly("owner", samInterview, "sam"); // Olivia owns Northstar; Sam is Ben's
  });

  it("another coach in the same practice gets NOT_FOUND", async () => {
    await expectNothing("coach", janeInterview, "jane"); // Ben is not Jane's coach and does not own Northstar
  });

  it("another client gets NOT_FOUND", async () => {
    await expectNothing("sam", janeInterview, "jane");
  });

  it("a coach of another practice gets NOT_FOUND", async () => {
    await expectNothing("otherOwner", janeInterview, "jane");
  });

  it("anyone signed out gets UNAUTHORIZED and learns nothing", async () => {
    await expectNothing(null, janeInterview, "jane", "UNAUTHORIZED");
    expect(await codeOf(callerFor(db, null).interview.get({ id: "does-not-exist" }))).toBe("UNAUTHORIZED");
  });

  it("an id that does not exist and an id that is not yours answer the same", async () => {
    const sam = callerFor(db, ids.sam);
    const missing = await errorOf(sam.interview.get({ id: "cmdoesnotexist000000000000" }));
    const hidden = await errorOf(sam.interview.get({ id: janeInterview }));
    expect([missing.code, missing.message]).toEqual([hidden.code, hidden.message]);
  });

  it("a coach opens exactly the client pages of the clients they reach", async () => {
    const clients = ["jane", "priya", "sam", "otherClient"] as const;
    const answers = async (key: DemoKey) => {
      const caller = callerFor(db, ids[key]);
      return Object.fromEntries(await Promise.all(clients.map(async (client) => [client, await codeOf(caller.client.get({ id: ids[client] }))])));
    };
    expect(await answers("owner")).toEqual({ jane: "OK", priya: "OK", sam: "OK", otherClient: "NOT_FOUND" });
    expect(await answers("coach")).toEqual({ jane: "NOT_FOUND", priya: "OK", sam: "OK", otherClient: "NOT_FOUND" });
    expect(await answers("otherOwner")).toEqual({ jane: "NOT_FOUND", priya: "NOT_FOUND", sam: "NOT_FOUND", otherClient: "OK" });
    // A client reaches only their own.
    expect(await answers("jane")).toEqual({ jane: "OK", priya: "NOT_FOUND", sam: "NOT_FOUND", otherClient: "NOT_FOUND" });
  });

  it("reads the role from the database on every call, not from the session", async () => {
    const ben = callerFor(db, ids.coach);
    expect((await ben.client.get({ id: ids.sam })).id).toBe(ids.sam);
    // Ben leaves the practice: his assignments go, and the very next call sees it.
    await db.coachClient.deleteMany({ where: { coachId: ids.coach } });
    expect(await codeOf(ben.client.get({ id: ids.sam }))).toBe("NOT_FOUND");
    expect(await codeOf(ben.interview.get({ id: samInterview }))).toBe("NOT_FOUND");
  });
});
