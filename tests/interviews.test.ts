import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_INTERVIEWS, seedDemoData } from "../scripts/db/seed-demo";
import { appRouter, createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-11-22T12:00:00Z");

describe("interview.list", () => {
  const { db } = useTestDatabase();
  const caller = () => createCaller(createTRPCContext({ headers: new Headers(), db }));

  beforeEach(async () => {
    await seedDemoData(db, NOW);
  });

  it("lists the seeded interviews, most recent first, with their people in order", async () => {
    const interviews = await caller().interview.list({});
    expect(interviews.map((i) => i.company)).toEqual(["Umbrella Health", "Acme Robotics", "Initech", "Globex"]);
    const times = interviews.map((i) => i.startsAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const acme = interviews.find((i) => i.company === "Acme Robotics")!;
    expect(acme.people.map((p) => p.name)).toEqual(DEMO_INTERVIEWS.find((i) => i.company === "Acme Robotics")!.people.map((p) => p.name));
    expect(acme.client.name).toBe("Jane Doe");
  });

  it("filters by stage and honours the limit", async () => {
    expect((await caller().interview.list({ stage: "SECOND_ROUND" })).map((i) => i.company)).toEqual(["Initech"]);
    expect(await caller().interview.list({ limit: 2 })).toHaveLength(2);
  });

  it.each([
    [{ limit: 0 }, "limit"],
    [{ limit: 1000 }, "limit"],
    [{ stage: "LUNCH" }, "stage"],
    [{ unexpected: true }, "unexpected"],
  ])("refuses bad input %j with BAD_REQUEST naming the field", async (input, field) => {
    const error = await caller()
      .interview.list(input as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(JSON.stringify((error as TRPCError).cause)).toContain(field);
  });

  it("answers bad input over HTTP with 400 and a readable message", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { limit: 0, stage: "LUNCH" } }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(`http://localhost/api/trpc/interview.list?input=${input}`),
      router: appRouter,
      createContext: () => createTRPCContext({ headers: new Headers(), db }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { json: { message: string; data: { fieldErrors: Record<string, string[]> } } } };
    expect(body.error.json.message).toMatch(/^Invalid input: limit: Too small.*; stage: Invalid option/);
    expect(Object.keys(body.error.json.data.fieldErrors).sort()).toEqual(["limit", "stage"]);
  });
});
