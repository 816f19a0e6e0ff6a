import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { fillPrompts } from "./support/drafts";

const NOW = new Date("2026-11-22T12:00:00Z");
const minutesAfter = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("the coach's triage: waiting reviews, the queue by send deadline, notifications", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let interviewId: string;
  let people: Record<"maria" | "tom" | "lisa" | "dana", string>;
  let templateId: string;
  const as = (key: DemoKey | null, now = NOW) => callerFor(db, key ? ids[key] : null, () => now);

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { select: { id: true, name: true } } } });
    interviewId = interview.id;
    const byName = (name: string) => interview.people.find((p) => p.name === name)!.id;
    people = { maria: byName("Maria Chen"), tom: byName("Tom Baker"), lisa: byName("Lisa Park"), dana: byName("Dana Ortiz") };
    templateId = (await as("jane").template.list({ kind: "THANK_YOU_EMAIL" }))[0]!.id;
  });

  /** A task of the interview with a due time of the test's choosing (the deadline the queue sorts by). */
  async function taskDueAt(dueAt: Date, title: string) {
    const task = await db.followUpTask.create({ data: { interviewId, kind: "CUSTOM", rules: [], title, channel: "EMAIL", dueAt, editedByHand: true }, select: { id: true } });
    return task.id;
  }

  /** Jane drafts a note to one person (for a task or not) and submits it at `submittedAt`. */
  async function submitDraft(person: keyof typeof people, submittedAt: Date, taskId?: string) {
    const { id } = await as("jane").draft.create({ interviewId, recipientPersonId: people[person], templateId, ...(taskId ? { taskId } : {}) });
    // A draft with the template's bracketed prompts still in it may not be submitted.
    await fillPrompts(as("jane"), id);
    // R01: the notes come from one template, so each is close to the others: Jane gives her reason.
    await as("jane", submittedAt).draft.submit({ id, overrideReason: "Each of them asked for the same summary." });
    return id;
  }

  it("orders the review queue by send deadline, then oldest submitted, drafts without a deadline last, a page at a time", async () => {
    const soon = await taskDueAt(new Date("2026-11-22T23:00:00Z"), "Thank Tom tonight");
    const later = await taskDueAt(new Date("2026-11-24T14:00:00Z"), "Thank Maria on Tuesday");
    const alsoLater = await taskDueAt(new Date("2026-11-24T14:00:00Z"), "Thank Dana on Tuesday");
    // Submitted in the opposite order to the deadlines, so "oldest first" alone would get it wrong.
    const noDeadline = await submitDraft("lisa", minutesAfter(1));
    const forDana = await submitDraft("dana", minutesAfter(2), alsoLater);
    const forMaria = await submitDraft("maria", minutesAfter(3), later);
    const forTom = await submitDraft("tom", minutesAfter(4), soon);

    const olivia = as("owner");
    const all = await olivia.draft.reviewQueue({});
    expect(all.items.map((d) => d.id)).toEqual([forTom, forDana, forMaria, noDeadline]);
    expect(all.items[0]!.sendBy).toEqual(new Date("2026-11-22T23:00:00Z"));
    expect(all.items[3]!.sendBy).toBeNull();
    expect(all.nextCursor).toBeNull();

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof olivia.draft.reviewQueue>> = await olivia.draft.reviewQueue({ limit: 1, cursor });
      expect(page.items).toHaveLength(1);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([forTom, forDana, forMaria, noDeadline]);

    expect(await olivia.draft.waitingCount()).toEqual({ count: 4 });
    await olivia.draft.approve({ id: forTom });
    expect(await olivia.draft.waitingCount()).toEqual({ count: 3 });
    expect((await olivia.draft.reviewQueue({})).items.map((d) => d.id)).toEqual([forDana, forMaria, noDeadline]);
  });

  it("shows the queue and its count only to the assigned coach: another coach, the client and strangers get nothing", async () => {
    const draftId = await submitDraft("maria", minutesAfter(1));
    expect((await as("owner").draft.waitingCount()).count).toBe(1);
    for (const key of ["coach", "otherOwner", "jane", "otherClient"] as const) {
      expect((await as(key).draft.waitingCount()).count).toBe(0);
      expect((await as(key).draft.reviewQueue({})).items).toEqual([]);
      // A cursor naming a draft the actor does not review is refused, and reveals nothing.
      expect(await codeOf(as(key).draft.reviewQueue({ cursor: draftId }))).toBe("BAD_REQUEST");
    }
    expect(await codeOf(as(null).draft.waitingCount())).toBe("UNAUTHORIZED");
  });

  it("tells the client who approved what, for whom and for which interview, linking to the draft", async () => {
    const draftId = await submitDraft("maria", minutesAfter(1));
    await as("owner", minutesAfter(5)).draft.approve({ id: draftId });
    const { items } = await as("jane").notification.list({});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: "DRAFT_APPROVED",
      message: "Your coach Olivia Owens approved your thank-you email to Maria Chen (Acme Robotics, Product Manager).",
      href: `/drafts/${draftId}`,
      readAt: null,
    });
  });

  it("lists notifications newest first a page at a time, keeps read ones (shown as read), and dismisses only the actor's own", async () => {
    const make = (userId: string, n: number) =>
      db.notification.create({ data: { userId, kind: "LEAD_COLD", message: `Note ${n}`, interviewId, createdAt: minutesAfter(n) }, select: { id: true } });
    const janes: string[] = [];
    for (let n = 1; n <= 5; n++) janes.push((await make(ids.jane, n)).id);
    const oliviaNote = (await make(ids.owner, 9)).id;
    const jane = as("jane", minutesAfter(30));

    const first = await jane.notification.list({ limit: 2 });
    expect(first.items.map((n) => n.message)).toEqual(["Note 5", "Note 4"]);
    expect(first.items[0]!.href).toBe(`/interviews/${interviewId}`);
    const second = await jane.notification.list({ limit: 2, cursor: first.nextCursor });
    expect(second.items.map((n) => n.message)).toEqual(["Note 3", "Note 2"]);
    const last = await jane.notification.list({ limit: 2, cursor: second.nextCursor });
    expect(last.items.map((n) => n.message)).toEqual(["Note 1"]);
    expect(last.nextCursor).toBeNull();

    // Someone else's notification: marking or dismissing it changes nothing, and says nothing about it.
    expect(await jane.notification.markRead({ id: oliviaNote })).toEqual({ updated: 0 });
    expect(await jane.notification.dismiss({ id: oliviaNote })).toEqual({ updated: 0 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: oliviaNote } })).readAt).toBeNull();

    expect(await jane.notification.markRead({ id: janes[0]! })).toEqual({ updated: 1 });
    const unreadOf = async () => (await jane.notification.list({})).items.filter((n) => n.readAt === null).length;
    const afterRead = await jane.notification.list({});
    expect(await unreadOf()).toBe(4);
    expect(afterRead.items.find((n) => n.id === janes[0])!.readAt).toEqual(minutesAfter(30));

    expect(await jane.notification.markAllRead()).toEqual({ updated: 4 });
    expect(await unreadOf()).toBe(0);
    expect((await jane.notification.list({})).items).toHaveLength(5);

    expect(await jane.notification.dismissAll()).toEqual({ updated: 5 });
    expect((await jane.notification.list({})).items).toEqual([]);
    // Olivia's notification is untouched by Jane's "dismiss all" and "mark all as read".
    const olivias = await as("owner").notification.list({});
    expect(olivias.items.map((n) => n.id)).toContain(oliviaNote);
    expect(olivias.items.find((n) => n.id === oliviaNote)!.readAt).toBeNull();
    expect(await codeOf(as(null).notification.dismissAll())).toBe("UNAUTHORIZED");
  });
});

describe("undo of Done, Skip and Snooze, through the tasks service", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  const as = (key: DemoKey | null) => callerFor(db, key ? ids[key] : null, () => NOW);

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  const openTask = () =>
    db.followUpTask.findFirstOrThrow({ where: { status: "OPEN", interview: { clientId: ids.jane }, dueAt: { gt: NOW } }, orderBy: { id: "asc" }, select: { id: true, dueAt: true, snoozedFrom: true } });

  it("puts a snoozed task back at the time it had, and forgets the snooze", async () => {
    const task = await openTask();
    const snoozed = await as("jane").task.snooze({ id: task.id, days: 3 });
    expect(snoozed.dueAt.getTime()).toBeGreaterThan(task.dueAt.getTime());
    await as("jane").task.undoSnooze({ id: task.id, dueAt: task.dueAt, snoozedTo: snoozed.dueAt });
    const restored = await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(restored.dueAt).toEqual(task.dueAt);
    expect(restored.snoozedFrom).toEqual(task.snoozedFrom);
  });

  it("refuses to undo a snooze that is no longer the task's latest change, and changes nothing", async () => {
    const task = await openTask();
    const snoozed = await as("jane").task.snooze({ id: task.id, days: 1 });
    const again = await as("jane").task.snooze({ id: task.id, days: 1 });
    expect(await codeOf(as("jane").task.undoSnooze({ id: task.id, dueAt: task.dueAt, snoozedTo: snoozed.dueAt }))).toBe("CONFLICT");
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } })).dueAt).toEqual(again.dueAt);
  });

  it("lets only the client undo: their coach, another client and strangers get NOT_FOUND", async () => {
    const task = await openTask();
    const snoozed = await as("jane").task.snooze({ id: task.id, days: 1 });
    for (const key of ["owner", "coach", "sam", "otherClient"] as const) {
      expect(await codeOf(as(key).task.undoSnooze({ id: task.id, dueAt: task.dueAt, snoozedTo: snoozed.dueAt }))).toBe("NOT_FOUND");
    }
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } })).dueAt).toEqual(snoozed.dueAt);
  });

  it("reopens a task marked done or skipped (the toast's undo)", async () => {
    const task = await openTask();
    await as("jane").task.complete({ id: task.id });
    await as("jane").task.reopen({ id: task.id });
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
    await as("jane").task.skip({ id: task.id });
    await as("jane").task.reopen({ id: task.id });
    const reopened = await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } });
    expect(reopened).toMatchObject({ status: "OPEN", completedAt: null });
  });
});
