import { describe, expect, it } from "vitest";
import type { Db } from "@/server/db/client";
import { listOutboxMessages } from "@/server/outbox/list-outbox-messages";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";

const NOW = new Date("2026-03-02T16:00:00Z");
const HOUR = 3_600_000;

/** More of everything the pages list: templates, references, invitations, outbox messages, interviews with tasks. */
async function addRows(db: Db, ids: Record<DemoKey, string>, count: number, prefix: string) {
  const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
  for (let i = 0; i < count; i++) {
    await db.template.create({ data: { practiceId, kind: "THANK_YOU_EMAIL", name: `${prefix} template ${i}`, versions: { create: { version: 1, subject: "Hi", body: "Thanks" } } } });
  }
  await db.reference.createMany({ data: Array.from({ length: count }, (_, i) => ({ clientId: ids.jane, name: `${prefix} reference ${i}`, relationship: "Manager" })) });
  await db.invitation.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      practiceId,
      kind: "CLIENT" as const,
      email: `${prefix}.${i}@example.com`,
      invitedById: ids.owner,
      tokenHash: `${prefix}-hash-${i}`,
      expiresAt: new Date(NOW.getTime() + 86_400_000),
    })),
  });
  await db.outboxMessage.createMany({
    data: Array.from({ length: count }, (_, i) => ({ fromAddress: "app@example.com", to: [`${prefix}${i}@example.com`], replyTo: [], subject: `${prefix} ${i}`, rawRequest: {} })),
  });
  await db.interview.createMany({
    data: Array.from({ length: count }, (_, i) => ({ clientId: ids.jane, company: `${prefix} ${i}`, jobTitle: "Analyst", stage: "FIRST_ROUND" as const, startsAt: new Date(NOW.getTime() - (i + 1) * HOUR) })),
  });
  const interviews = await db.interview.findMany({ where: { clientId: ids.jane, company: { startsWith: prefix } }, select: { id: true } });
  await db.followUpTask.createMany({
    data: interviews.flatMap((interview) => [
      { interviewId: interview.id, kind: "THANK_YOU", title: "Thank-you", channel: "EMAIL" as const, dueAt: new Date(NOW.getTime() - HOUR) },
      { interviewId: interview.id, kind: "FOLLOW_UP_CALL", title: "Call", channel: "PHONE" as const, dueAt: new Date(NOW.getTime() + HOUR) },
      { interviewId: interview.id, kind: "DEBRIEF", title: "Debrief", channel: "NONE" as const, dueAt: new Date(NOW.getTime() - 2 * HOUR), status: "DONE" as const, completedAt: NOW },
    ]),
  });
}

describe("the list pages at a practice's size: a fixed number of statements", () => {
  const { db, url } = useTestDatabase();

  /** The statements each page's reads send (as the page calls them, the session and actor included). */
  async function countStatements(ids: Record<DemoKey, string>) {
    const counting = createQueryCountingClient(url);
    const as = (key: DemoKey) => callerFor(counting.db, ids[key], () => NOW);
    const measure = async (load: () => Promise<unknown>) => {
      counting.reset();
      await load();
      return counting.queries();
    };
    try {
      const secondPlanPage = async () => {
        const first = await as("owner").client.plan({ id: ids.jane, limit: 2 });
        expect(first.nextCursor).not.toBeNull();
        return as("owner").client.plan({ id: ids.jane, limit: 2, cursor: first.nextCursor });
      };
      return {
        clientPage: await measure(() => Promise.all([as("owner").client.get({ id: ids.jane }), as("owner").client.plan({ id: ids.jane })])),
        clientPlan: await measure(() => as("owner").client.plan({ id: ids.jane })),
        clientPlanSecondPage: await measure(secondPlanPage),
        templates: await measure(() => as("coach").template.page({})),
        references: await measure(() => Promise.all([as("jane").reference.list({}), as("jane").template.list({})])),
        invitations: await measure(() => as("owner").invitation.list({})),
        outbox: await measure(() => listOutboxMessages(counting.db)),
        settings: await measure(() => Promise.all([as("owner").me.settings(), as("owner").calendar.status()])),
      };
    } finally {
      await counting.disconnect();
    }
  }

  it("the client page, templates, references, invitations, the outbox and settings send as many statements with 60 more rows of each", async () => {
    const ids = await seedDemoWorld(db, NOW);
    await addRows(db, ids, 3, "small");
    const small = await countStatements(ids);
    await addRows(db, ids, 60, "large");
    const large = await countStatements(ids);

    expect(large).toEqual(small);
    // Two pages of the plan cost twice one page: nothing is read again per row or per page before.
    expect(small.clientPlanSecondPage).toBe(2 * small.clientPlan);
    // The pages themselves stay bounded: 10 interviews of the plan, 50 templates, references and outbox messages, 25 invitations.
    const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW);
    expect((await as("owner").client.plan({ id: ids.jane })).interviews).toHaveLength(10);
    expect((await as("coach").template.page({})).items).toHaveLength(50);
    expect((await as("jane").reference.list({})).items).toHaveLength(50);
    expect((await as("owner").invitation.list({})).items).toHaveLength(25);
    expect((await listOutboxMessages(db)).items).toHaveLength(50);
  });
});
