import { beforeEach, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { TRANSACTION_OPTIONS } from "@/server/db/client";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * Checks that moved into src/server/access/policy.ts, through the API as the pages use it.
 * Demo world: Jane is Olivia's client, Sam is Ben's, both in Northstar (owned by Olivia).
 */
describe("abilities and role rules decided by policy.ts", () => {
  const { db, url } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let janeInterview: string;
  let samInterview: string;
  const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW);

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    janeInterview = (await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" } })).id;
    samInterview = (await db.interview.findFirstOrThrow({ where: { company: "Initech" } })).id;
  });

  it("an interview's abilities: the client edits and plans; the assigned coach plans; the owner who is not the coach only reads", async () => {
    const abilities = async (key: DemoKey, id: string) => {
      const { canEdit, canAddTasks } = await as(key).interview.get({ id });
      return { canEdit, canAddTasks };
    };
    expect(await abilities("jane", janeInterview)).toEqual({ canEdit: true, canAddTasks: true });
    expect(await abilities("owner", janeInterview)).toEqual({ canEdit: false, canAddTasks: true }); // Olivia coaches Jane
    expect(await abilities("coach", samInterview)).toEqual({ canEdit: false, canAddTasks: true }); // Ben coaches Sam
    expect(await abilities("owner", samInterview)).toEqual({ canEdit: false, canAddTasks: false }); // Olivia owns Northstar, Sam is Ben's
    // The abilities say what the API then allows.
    expect(await as("owner").task.add({ interviewId: janeInterview, title: "Mock interview", dueAt: NOW })).toBeTruthy();
    await expect(as("owner").task.add({ interviewId: samInterview, title: "x", dueAt: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The client's assignments, loaded to decide, are not handed out with the interview.
    expect(Object.keys((await as("owner").interview.get({ id: janeInterview })).client).sort()).toEqual(["email", "id", "name", "timeZone"]);
  });

  it("an interview's abilities come from the interview as loaded: no COUNT query", async () => {
    const statements: string[] = [];
    const logged = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), transactionOptions: TRANSACTION_OPTIONS, log: [{ emit: "event", level: "query" }] });
    logged.$on("query", (event) => statements.push(event.query));
    try {
      for (const [key, id] of [["jane", janeInterview], ["owner", samInterview]] as const) {
        await callerFor(logged, ids[key], () => NOW).interview.get({ id });
      }
    } finally {
      await logged.$disconnect();
    }
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((sql) => /\bCOUNT\(/i.test(sql))).toEqual([]);
  });

  it("archived templates: a coach may ask to see them, a client only ever sees live ones", async () => {
    const [first] = await as("coach").template.list({ kind: "THANK_YOU_EMAIL" });
    const { id: archived } = await as("coach").template.duplicate({ id: first!.id });
    await as("coach").template.archive({ id: archived });
    expect((await as("coach").template.list({ includeArchived: true })).map((t) => t.id)).toContain(archived);
    const janeSees = (await as("jane").template.list({ includeArchived: true })).map((t) => t.id);
    expect(janeSees).toContain(first!.id);
    expect(janeSees).not.toContain(archived);
  });

  it("a client has no coach's dashboard, and a coach has no 'due today' reminder setting", async () => {
    expect(await as("jane").dashboard.coach({})).toEqual({ clients: [], nextCursor: null });
    await expect(as("coach").account.setDueTodayReminders({ enabled: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.coach } })).dueTodayReminders).toBe(false);
  });
});
