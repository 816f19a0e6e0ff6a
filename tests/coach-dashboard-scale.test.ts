import { describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/server/access/actor";
import { getClientDashboard, PIPELINE_SHOWN } from "@/server/dashboard/client-dashboard";
import { getCoachDashboard } from "@/server/dashboard/coach-dashboard";
import { listNotifications } from "@/server/notifications/manage-notifications";
import { listNotificationsInput } from "@/server/notifications/notification-schemas";
import { coachDashboardInput } from "@/server/dashboard/dashboard-schemas";
import type { Db } from "@/server/db/client";
import { seedDemoWorld } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";

const NOW = new Date("2026-03-02T16:00:00Z");
const HOUR = 3_600_000;

/** Adds `count` clients to a coach, each with interviews carrying open, overdue and done tasks, notes and calls. */
async function addClients(db: Db, coachId: string, practiceId: string, count: number, prefix: string) {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}.${i}@example.com`);
  await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `${prefix} Client ${String(i).padStart(3, "0")}` })) });
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  await db.coachClient.createMany({ data: users.map((u) => ({ coachId, clientId: u.id, practiceId })) });
  await addInterviews(db, users.map((u) => u.id), 3);
}

async function addInterviews(db: Db, clientIds: string[], perClient: number) {
  await db.interview.createMany({
    data: clientIds.flatMap((clientId, c) =>
      Array.from({ length: perClient }, (_, i) => ({
        clientId,
        company: `Company ${c}-${i}`,
        jobTitle: "Analyst",
        stage: "FIRST_ROUND" as const,
        startsAt: new Date(NOW.getTime() - (i + 1) * 24 * HOUR),
        timelineKind: "DECISION" as const,
        timelineDate: new Date("2026-03-10T00:00:00Z"),
        coldAt: i === 0 ? NOW : null,
        // Fixed, so "last activity" does not follow the machine's clock.
        createdAt: new Date(NOW.getTime() - 10 * HOUR),
        updatedAt: new Date(NOW.getTime() - 10 * HOUR),
      })),
    ),
  });
  const interviews = await db.interview.findMany({ where: { clientId: { in: clientIds } }, select: { id: true, clientId: true } });
  await db.followUpTask.createMany({
    data: interviews.flatMap((interview) => [
      { interviewId: interview.id, kind: "THANK_YOU", title: "Thank-you", channel: "EMAIL" as const, dueAt: new Date(NOW.getTime() - HOUR), rules: ["R01"] },
      { interviewId: interview.id, kind: "FOLLOW_UP_CALL", title: "Call", channel: "PHONE" as const, dueAt: new Date(NOW.getTime() + 2 * HOUR), rules: ["R06"] },
      { interviewId: interview.id, kind: "DEBRIEF", title: "Debrief", channel: "NONE" as const, dueAt: new Date(NOW.getTime() - 3 * HOUR), rules: ["R05"], status: "DONE" as const, completedAt: new Date(NOW.getTime() - 2 * HOUR) },
    ]),
  });
  await db.debriefNote.createMany({ data: interviews.map((interview) => ({ interviewId: interview.id, authorId: interview.clientId, body: "How it went", createdAt: new Date(NOW.getTime() - 4 * HOUR) })) });
  await db.callLog.createMany({ data: interviews.map((interview) => ({ interviewId: interview.id, calledAt: new Date(NOW.getTime() - 5 * HOUR), answered: false, createdAt: new Date(NOW.getTime() - 5 * HOUR) })) });
}

describe("dashboards at a practice's size: a fixed number of queries", () => {
  const { db, url } = useTestDatabase();

  /** The SQL statements each dashboard sends, for the coach, the owner and a client. */
  async function countQueries(actors: { ben: Actor; olivia: Actor; jane: Actor }) {
    const counting = createQueryCountingClient(url);
    const measure = async (load: (counted: Db) => Promise<unknown>) => {
      counting.reset();
      await load(counting.db);
      return counting.queries();
    };
    try {
      const secondPage = async (counted: Db, actor: Actor) => {
        const first = await getCoachDashboard(counted, actor, NOW, coachDashboardInput.parse({ limit: 1, sort: "activity" }));
        expect(first.nextCursor).not.toBeNull();
        return getCoachDashboard(counted, actor, NOW, coachDashboardInput.parse({ limit: 1, sort: "activity", cursor: first.nextCursor }));
      };
      return {
        coach: await measure((counted) => getCoachDashboard(counted, actors.ben, NOW)),
        coachFiltered: await measure((counted) => getCoachDashboard(counted, actors.ben, NOW, coachDashboardInput.parse({ search: "client", sort: "overdue", filter: "attention" }))),
        coachTwoPages: await measure((counted) => secondPage(counted, actors.ben)),
        owner: await measure((counted) => getCoachDashboard(counted, actors.olivia, NOW, coachDashboardInput.parse({ sort: "decision" }))),
        ownerTwoPages: await measure((counted) => secondPage(counted, actors.olivia)),
        notifications: await measure((counted) => listNotifications(counted, actors.olivia, listNotificationsInput.parse({}))),
        client: await measure((counted) => getClientDashboard(counted, actors.jane, NOW)),
      };
    } finally {
      await counting.disconnect();
    }
  }

  it("the coach's, the owner's and the client's dashboards send as many statements for 120 more clients and 40 more interviews as before", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    const actors = { ben: (await loadActor(db, ids.coach))!, olivia: (await loadActor(db, ids.owner))!, jane: (await loadActor(db, ids.jane))! };

    const small = await countQueries(actors);
    await addClients(db, ids.coach, practiceId, 120, "bulk");
    await addInterviews(db, [ids.jane], 40);
    const large = await countQueries(actors);

    expect(large).toEqual(small);
    // One statement per page of clients (the page and its health together), one for the notifications.
    expect(small).toMatchObject({ coach: 1, coachFiltered: 1, coachTwoPages: 2, owner: 1, ownerTwoPages: 2, notifications: 1 });
    // The two task lists with their interviews and where each task's letter stands; the pipeline
    // with its counts (the notifications are the panel's own statement, counted above).
    expect(small.client).toBe(2);

    const page = await getCoachDashboard(db, actors.ben, NOW, coachDashboardInput.parse({ search: "Bulk Client 042" }));
    expect(page.clients).toHaveLength(1);
    expect(page.clients[0]).toMatchObject({ interviewCount: 3, overdueCount: 3, coldLeads: 1, nextDecision: "2026-03-10" });
    expect(page.clients[0]!.lastActivity).toEqual(new Date(NOW.getTime() - 2 * HOUR));
  });

  it("a page is bounded whatever the data: 25 clients by default, at most 50, and the client's pipeline at most 100 interviews", async () => {
    const ids = await seedDemoWorld(db, NOW);
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    await addClients(db, ids.coach, practiceId, 60, "bulk");
    await addInterviews(db, [ids.jane], PIPELINE_SHOWN + 5);
    const olivia = (await loadActor(db, ids.owner))!;
    const jane = (await loadActor(db, ids.jane))!;

    expect((await getCoachDashboard(db, olivia, NOW)).clients).toHaveLength(25);
    expect((await getCoachDashboard(db, olivia, NOW, coachDashboardInput.parse({ limit: 50 }))).clients).toHaveLength(50);
    // Larger pages are refused at the edge, where the view is parsed.
    expect(coachDashboardInput.safeParse({ limit: 51 }).success).toBe(false);

    const dashboard = await getClientDashboard(db, jane, NOW);
    const janesInterviews = await db.interview.count({ where: { clientId: ids.jane } });
    expect(dashboard.pipeline).toHaveLength(PIPELINE_SHOWN);
    expect(dashboard.interviewCount).toBe(janesInterviews);
    expect(Object.values(dashboard.stageCounts).reduce((a, b) => a + b, 0)).toBe(janesInterviews);
  });
});
