import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_INTERVIEWS, DEMO_USERS, isDatabaseEmpty, seedDemoData } from "../scripts/db/seed-demo";
import { startEmbeddedDatabase } from "../scripts/db/pglite-server";
import { prepareDatabase } from "../scripts/lib/prepare-database";
import { createPrismaClient } from "@/server/db/client";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-03-09T15:00:00Z"); // the Monday after New York's DST change

describe("demo seed", () => {
  const { db, url } = useTestDatabase();

  it("loads a practice with its owner and second coach, the clients and their interviews", async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemoData(db, NOW);

    const practice = await db.practice.findFirstOrThrow({
      select: { name: true, owner: { select: { email: true } }, coaches: { select: { coach: { select: { email: true } } } } },
    });
    expect(practice.owner.email).toBe(DEMO_USERS.owner.email);
    expect(practice.coaches.map((c) => c.coach.email).sort()).toEqual([DEMO_USERS.coach.email, DEMO_USERS.owner.email].sort());

    expect(await db.user.count({ where: { role: "CLIENT" } })).toBe(4);
    expect(await db.interview.count()).toBe(DEMO_INTERVIEWS.length);
    // A client can have more than one coach.
    const priya = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.priya.email }, select: { clientOf: true } });
    expect(priya.clientOf).toHaveLength(2);
    // R18: an assistant is one of the people on the interview.
    expect(await db.interviewPerson.count({ where: { role: "ASSISTANT" } })).toBeGreaterThan(0);
  });

  it("dates the interviews in each client's own zone", async () => {
    await seedDemoData(db, NOW);
    const acme = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { startsAt: true } });
    // 10:00 on the day before, in New York. The clocks went forward at 02:00 that day, so it is EDT (UTC-4).
    expect(acme.startsAt.toISOString()).toBe("2026-03-08T14:00:00.000Z");
    const umbrella = await db.interview.findFirstOrThrow({ where: { company: "Umbrella Health" }, select: { startsAt: true } });
    expect(umbrella.startsAt.toISOString()).toBe("2026-03-10T11:00:00.000Z"); // London is on GMT in March before the 29th
  });

  it("writes nothing when the seed fails part-way", async () => {
    await db.user.create({ data: { email: DEMO_USERS.sam.email, name: "Existing Sam" } });
    await expect(seedDemoData(db, NOW)).rejects.toThrow();
    expect(await db.user.count()).toBe(1);
    expect(await db.practice.count()).toBe(0);
  });

  it("seeds on the first start only", async () => {
    const first = await prepareDatabase(url, { seedDemo: true, now: NOW });
    expect(first.seeded).toBe(true);
    const users = await db.user.count();
    const second = await prepareDatabase(url, { seedDemo: true, now: NOW });
    expect(second).toEqual({ applied: [], seeded: false });
    expect(await db.user.count()).toBe(users);
  });
});

describe("embedded default", () => {
  it("keeps its data across a restart and does not seed a second time", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "followthrough-pglite-"));
    try {
      const first = await startEmbeddedDatabase({ dataDir });
      const firstRun = await prepareDatabase(first.url, { seedDemo: true, now: NOW });
      expect(firstRun.applied.length).toBeGreaterThan(0);
      expect(firstRun.seeded).toBe(true);
      await first.stop();

      const second = await startEmbeddedDatabase({ dataDir });
      try {
        expect(await prepareDatabase(second.url, { seedDemo: true, now: NOW })).toEqual({ applied: [], seeded: false });
        const db = createPrismaClient(second.url, { max: 1 });
        expect(await db.interview.count()).toBe(DEMO_INTERVIEWS.length);
        await db.$disconnect();
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
