import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/client";
import { listOutboxMessages } from "@/server/outbox/list-outbox-messages";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";

const NOW = new Date("2026-03-02T16:00:00Z");
const HOUR = 3_600_000;
const TIE = new Date("2026-02-20T15:00:00Z");

type Page<T> = { items: T[]; nextCursor: string | null };

/** Every page of a list in turn, from the first, each read after the cursor of the one before. */
async function readAllPages<T>(read: (cursor: string | null) => Promise<Page<T>>): Promise<{ rows: T[]; pages: number }> {
  const rows: T[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<T> = await read(cursor);
    rows.push(...page.items);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 100) throw new Error("The list never ended.");
  } while (cursor);
  return { rows, pages };
}

/** The list read a few rows a page: each row once, in the same order as one big page, over several pages. */
async function expectPagesMatchOnePage<T extends { id: string }>(read: (cursor: string | null, limit: number) => Promise<Page<T>>) {
  const whole = await read(null, 50);
  expect(whole.nextCursor).toBeNull();
  const paged = await readAllPages((cursor) => read(cursor, 3));
  expect(paged.pages).toBeGreaterThan(2);
  expect(paged.rows.map((r) => r.id)).toEqual(whole.items.map((r) => r.id));
  expect(new Set(paged.rows.map((r) => r.id)).size).toBe(paged.rows.length);
  return whole.items;
}

/** A cursor from the middle of a list, as the browser would send back for the second page. */
async function secondPageCursor<T>(read: (cursor: string | null, limit: number) => Promise<Page<T>>) {
  const cursor = (await read(null, 2)).nextCursor;
  expect(cursor).not.toBeNull();
  return cursor!;
}

async function addTiedInterviews(db: Db, clientId: string, count: number) {
  await db.interview.createMany({
    data: Array.from({ length: count }, (_, i) => ({ clientId, company: `Tied ${i}`, jobTitle: "Analyst", stage: "FIRST_ROUND" as const, startsAt: TIE })),
  });
  const interviews = await db.interview.findMany({ where: { clientId, startsAt: TIE }, select: { id: true } });
  await db.followUpTask.createMany({
    data: interviews.flatMap((interview) => [
      { interviewId: interview.id, kind: "THANK_YOU", title: "Late thank-you", channel: "EMAIL" as const, dueAt: new Date(NOW.getTime() - HOUR) },
      { interviewId: interview.id, kind: "FOLLOW_UP_CALL", title: "Call", channel: "PHONE" as const, dueAt: new Date(NOW.getTime() + HOUR) },
      { interviewId: interview.id, kind: "DEBRIEF", title: "Debrief", channel: "NONE" as const, dueAt: new Date(NOW.getTime() - 2 * HOUR), status: "DONE" as const, completedAt: NOW },
    ]),
  });
}

describe("lists paged with a cursor: every row once across pages, ties included, and only in scope", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW);
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  it("the coach's client page: the plan by interview, ten at a time, tied start times included; another practice reads nothing", async () => {
    await addTiedInterviews(db, ids.jane, 9);
    const read = (cursor: string | null, limit: number) =>
      as("owner").client.plan({ id: ids.jane, cursor, limit: Math.min(limit, 20) }).then((p) => ({ items: p.interviews, nextCursor: p.nextCursor }));
    const whole = await read(null, 20);
    const paged = await readAllPages((cursor) => read(cursor, 3));
    expect(paged.rows.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
    expect(new Set(paged.rows.map((i) => i.id)).size).toBe(paged.rows.length);
    const withTasks = await db.interview.count({ where: { clientId: ids.jane, tasks: { some: {} } } });
    expect(paged.rows).toHaveLength(withTasks);
    expect((await as("owner").client.plan({ id: ids.jane })).interviews).toHaveLength(Math.min(10, withTasks));

    // Grouped by status: overdue and coming open tasks apart, finished ones on their own (folded on the page).
    const tied = paged.rows.find((i) => i.company === "Tied 0")!;
    expect(tied.overdue.map((t) => t.title)).toEqual(["Late thank-you"]);
    expect(tied.upcoming.map((t) => t.title)).toEqual(["Call"]);
    expect(tied.finished.map((t) => [t.title, t.status])).toEqual([["Debrief", "DONE"]]);

    // Another practice's owner: nothing of Jane's, from the first page or from a cursor of Olivia's.
    const cursor = await secondPageCursor(read);
    expect((await as("otherOwner").client.plan({ id: ids.jane })).interviews).toEqual([]);
    expect((await as("otherOwner").client.plan({ id: ids.jane, cursor })).interviews).toEqual([]);
    // The client's own page is unaffected by a cursor naming another client's position.
    const sams = await as("owner").client.plan({ id: ids.sam, cursor });
    expect(sams.interviews.every((i) => !paged.rows.some((j) => j.id === i.id))).toBe(true);
  });

  it("templates: by name then id, tied names included; another practice's cursor shows only its own templates", async () => {
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    for (let i = 0; i < 7; i++) {
      await db.template.create({ data: { practiceId, kind: "THANK_YOU_EMAIL", name: "Same name", versions: { create: { version: 1, subject: "Hi", body: "Thanks" } } } });
    }
    const read = (cursor: string | null, limit: number) => as("coach").template.page({ cursor, limit });
    const rows = await expectPagesMatchOnePage(read);
    const inPractice = await db.template.findMany({ where: { practiceId, archivedAt: null }, select: { id: true } });
    expect(rows.map((t) => t.id).sort()).toEqual(inPractice.map((t) => t.id).sort());

    const cursor = await secondPageCursor(read);
    const elsewhere = await readAllPages((c) => as("otherOwner").template.page({ cursor: c ?? cursor }));
    expect(elsewhere.rows.some((t) => inPractice.some((p) => p.id === t.id))).toBe(false);
  });

  it("references: a client's book by name then id, tied names included; nobody else's book through a cursor", async () => {
    await db.reference.createMany({ data: Array.from({ length: 7 }, () => ({ clientId: ids.jane, name: "Sam Same", relationship: "Manager" })) });
    const read = (cursor: string | null, limit: number) => as("jane").reference.list({ cursor, limit });
    const rows = await expectPagesMatchOnePage(read);
    expect(rows).toHaveLength(await db.reference.count({ where: { clientId: ids.jane } }));

    const cursor = await secondPageCursor(read);
    expect((await as("otherClient").reference.list({ cursor })).items).toEqual([]);
    expect((await as("otherClient").reference.list({ clientId: ids.jane })).items).toEqual([]);
  });

  it("invitations: newest first, tied times included; another practice's owner sees none of them, with or without a cursor", async () => {
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    await db.invitation.createMany({
      data: Array.from({ length: 8 }, (_, i) => ({
        practiceId,
        kind: "CLIENT" as const,
        email: `person${i}@example.com`,
        invitedById: ids.coach,
        tokenHash: `hash-${i}`,
        expiresAt: new Date(NOW.getTime() + 86_400_000),
        createdAt: TIE,
      })),
    });
    const read = (cursor: string | null, limit: number) => as("owner").invitation.list({ cursor, limit });
    const rows = await expectPagesMatchOnePage(read);
    expect(rows).toHaveLength(8);

    const cursor = await secondPageCursor(read);
    expect((await as("otherOwner").invitation.list({ cursor })).items).toEqual([]);
    expect((await as("otherOwner").invitation.list({})).items).toEqual([]);
  });

  it("the dev outbox: newest arrival first, however the app's clock moved", async () => {
    await db.outboxMessage.createMany({
      data: Array.from({ length: 8 }, (_, i) => ({ fromAddress: "app@example.com", to: [`to${i}@example.com`], replyTo: [], subject: `Message ${i}`, rawRequest: {}, receivedAt: TIE })),
    });
    const rows = await expectPagesMatchOnePage((cursor, limit) => listOutboxMessages(db, { cursor, limit }));
    const arrivals = rows.map((m) => m.arrival);
    expect(arrivals).toEqual([...arrivals].sort((a, b) => b - a));
    expect(rows).toHaveLength(await db.outboxMessage.count());
  });

  it("a cursor the list did not write is refused with a clear BAD_REQUEST", async () => {
    const forged = Buffer.from(JSON.stringify(["x'; DROP TABLE", "not an id!"])).toString("base64url");
    const wrongShape = Buffer.from(JSON.stringify(["not a date", "abc"])).toString("base64url");
    expect(await codeOf(as("coach").template.page({ cursor: forged }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("jane").reference.list({ cursor: "%%%" }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("owner").invitation.list({ cursor: wrongShape }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("owner").client.plan({ id: ids.jane, cursor: wrongShape }))).toBe("BAD_REQUEST");
    expect(await codeOf(as("owner").client.plan({ id: ids.jane, limit: 21 }))).toBe("BAD_REQUEST");
    await expect(listOutboxMessages(db, { cursor: forged })).rejects.toThrow("start again from the first page");
  });
});
