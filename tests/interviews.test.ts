import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_INTERVIEWS } from "../scripts/db/seed-demo";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

const validInterview = {
  company: "Initrode",
  jobTitle: "Business Analyst",
  stage: "FIRST_ROUND" as const,
  startsAtLocal: "2026-03-08T10:00",
  timeZone: "America/New_York",
  durationMinutes: 45,
  location: "",
  people: [
    { role: "INTERVIEWER" as const, name: "Peter Gibbons", title: "Team Lead", email: "Peter@Initrode.example" },
    { role: "INTERVIEWER" as const, name: "Samir Nagheenanajar", title: "", email: "" },
  ],
};

describe("interviews", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db);
  });

  it("lists a client's own interviews, most recent first, with their people in order", async () => {
    const { items: interviews } = await callerFor(db, ids.jane).interview.list({});
    expect(interviews.map((i) => i.company)).toEqual(["Acme Robotics", "Globex"]);
    const acme = interviews[0]!;
    expect(acme.people.map((p) => p.name)).toEqual(DEMO_INTERVIEWS.find((i) => i.company === "Acme Robotics")!.people.map((p) => p.name));
  });

  it("filters by stage and honours the limit", async () => {
    const owner = callerFor(db, ids.owner);
    expect((await owner.interview.list({ stage: "PHONE_SCREEN" })).items.map((i) => i.company)).toEqual(["Globex"]);
    expect((await owner.interview.list({ limit: 1 })).items).toHaveLength(1);
  });

  it("creates an interview at the wall-clock time in the chosen zone, across the DST change", async () => {
    const client = callerFor(db, ids.jane);
    const { id } = await client.interview.create(validInterview);
    const saved = await client.interview.get({ id });
    // 10:00 on 8 March 2026 in New York is after the 02:00 change: EDT, UTC-4.
    expect(saved.startsAt.toISOString()).toBe("2026-03-08T14:00:00.000Z");
    expect(saved.people.map((p) => [p.name, p.email, p.title])).toEqual([
      ["Peter Gibbons", "peter@initrode.example", "Team Lead"],
      ["Samir Nagheenanajar", null, null],
    ]);
    expect(saved.canEdit).toBe(true);
  });

  it("edits an interview, keeping the ids of people who stay and dropping the ones removed", async () => {
    const client = callerFor(db, ids.jane);
    const { id } = await client.interview.create(validInterview);
    const before = await client.interview.get({ id });
    const [peter] = before.people;
    await client.interview.update({
      ...validInterview,
      id,
      stage: "SECOND_ROUND",
      people: [
        { id: peter!.id, role: "INTERVIEWER", name: "Peter Gibbons", title: "Director" },
        { role: "ASSISTANT", name: "Nina", title: "Coordinator" },
      ],
    });
    const after = await client.interview.get({ id });
    expect(after.stage).toBe("SECOND_ROUND");
    expect(after.people.map((p) => [p.name, p.role, p.title])).toEqual([
      ["Peter Gibbons", "INTERVIEWER", "Director"],
      ["Nina", "ASSISTANT", "Coordinator"],
    ]);
    expect(after.people[0]!.id).toBe(peter!.id);
    expect(await db.interviewPerson.count({ where: { interviewId: id } })).toBe(2);
  });

  it("deletes an interview with its people", async () => {
    const client = callerFor(db, ids.jane);
    const { id } = await client.interview.create(validInterview);
    await client.interview.delete({ id });
    expect(await db.interview.count({ where: { id } })).toBe(0);
    expect(await db.interviewPerson.count({ where: { interviewId: id } })).toBe(0);
  });

  it("refuses a coach logging an interview", async () => {
    await expect(callerFor(db, ids.owner).interview.create(validInterview)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.interview.count({ where: { company: "Initrode" } })).toBe(0);
  });

  it.each([
    [{ limit: 0 }, "limit"],
    [{ limit: 1000 }, "limit"],
    [{ stage: "LUNCH" }, "stage"],
    [{ unexpected: true }, "unexpected"],
  ])("refuses bad list input %j with BAD_REQUEST naming the field", async (input, field) => {
    const error = await callerFor(db, ids.jane)
      .interview.list(input as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(JSON.stringify((error as TRPCError).cause)).toContain(field);
  });

  it.each([
    ["an empty company", { company: "  " }, "company"],
    ["an impossible time", { startsAtLocal: "yesterday" }, "startsAtLocal"],
    ["an unknown zone", { timeZone: "Mars/Olympus" }, "timeZone"],
    ["a bad interviewer email", { people: [{ role: "INTERVIEWER", name: "X", email: "not-an-email" }] }, "people.0.email"],
    ["a person without a name", { people: [{ role: "INTERVIEWER", name: "" }] }, "people.0.name"],
  ])("refuses %s and writes nothing", async (_label, change, field) => {
    const error = (await callerFor(db, ids.jane)
      .interview.create({ ...validInterview, ...change } as never)
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("BAD_REQUEST");
    const paths = (error.cause as unknown as { issues: { path: (string | number)[] }[] }).issues.map((i) => i.path.join("."));
    expect(paths).toContain(field);
    expect(await db.interview.count({ where: { company: "Initrode" } })).toBe(0);
  });

  it("leaves an interview untouched when an edit fails half-way", async () => {
    const client = callerFor(db, ids.jane);
    const { id } = await client.interview.create(validInterview);
    const before = await client.interview.get({ id });
    // The second person's id belongs to another interview: the update must not half-apply.
    const foreign = await db.interviewPerson.findFirstOrThrow({ where: { interview: { company: "Globex" } }, select: { id: true } });
    await db.$executeRawUnsafe(`ALTER TABLE "InterviewPerson" ADD CONSTRAINT test_no_nina CHECK (name <> 'Nina')`);
    try {
      await expect(
        client.interview.update({
          ...validInterview,
          id,
          company: "Changed Inc",
          people: [{ id: foreign.id, role: "INTERVIEWER", name: "Kept" }, { role: "ASSISTANT", name: "Nina" }],
        }),
      ).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "InterviewPerson" DROP CONSTRAINT test_no_nina`);
    }
    const after = await client.interview.get({ id });
    expect(after.company).toBe("Initrode");
    expect(after.people.map((p) => p.id)).toEqual(before.people.map((p) => p.id));
  });

  it("answers bad input over HTTP with 400 and a readable message", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { limit: 0, stage: "LUNCH" } }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/interview.list?input=${input}`),
      router: appRouter,
      createContext: () => createTRPCContext({ headers: new Headers(), db, getSessionUserId: async () => ids.jane }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } } };
    expect(body.error.json.message).toMatch(/^Invalid input: limit: Too small.*; stage: Invalid option/);
    expect(Object.keys(body.error.json.data.fieldErrors).sort()).toEqual(["limit", "stage"]);
  });

  it("answers an anonymous call over HTTP with 401", async () => {
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/interview.list?input=${encodeURIComponent(JSON.stringify({ json: {} }))}`),
      router: appRouter,
      createContext: () => createTRPCContext({ headers: new Headers(), db, getSessionUserId: async () => null }),
    });
    expect(response.status).toBe(401);
  });
});
