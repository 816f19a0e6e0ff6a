import { describe, expect, it } from "vitest";
import { loadActor } from "@/server/access/actor";
import { getCoachDashboard } from "@/server/dashboard/coach-dashboard";
import type { Db } from "@/server/db/client";
import { seedDemoWorld } from "./support/callers";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-03-02T16:00:00Z");

describe("coach dashboard with many clients", () => {
  const { db } = useTestDatabase();

  async function addClients(coachId: string, practiceId: string, count: number) {
    const emails = Array.from({ length: count }, (_, i) => `bulk.client.${i}@example.com`);
    await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `Bulk Client ${String(i).padStart(3, "0")}` })) });
    const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
    await db.coachClient.createMany({ data: users.map((u) => ({ coachId, clientId: u.id, practiceId })) });
    await db.interview.createMany({
      data: users.map((u, i) => ({ clientId: u.id, company: `Company ${i}`, jobTitle: "Analyst", stage: "FIRST_ROUND" as const, startsAt: NOW, timelineKind: "DECISION" as const, timelineDate: new Date("2026-03-10T00:00:00Z") })),
    });
  }

  it("lists 100 more clients with their health, in the same number of queries as for 2", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    const ben = (await loadActor(db, ids.coach))!;

    let operations = 0;
    const counting = db.$extends({
      query: {
        $allOperations: async ({ args, query }) => {
          operations += 1;
          return query(args);
        },
      },
    }) as unknown as Db;

    const before = await getCoachDashboard(counting, ben, NOW);
    const queriesForFew = operations;
    await addClients(ids.coach, practiceId, 100);
    operations = 0;
    const after = await getCoachDashboard(counting, ben, NOW);

    expect(before.clients).toHaveLength(2);
    expect(after.clients).toHaveLength(102);
    expect(operations).toBe(queriesForFew);
    const bulk = after.clients.find((c) => c.name === "Bulk Client 042")!;
    expect(bulk).toMatchObject({ interviewCount: 1, nextDecision: "2026-03-10", coldLeads: 0 });
  });
});
