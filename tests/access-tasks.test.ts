import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { deliverEmail } from "@/server/email/deliver-email";
import { scheduleDraftEmail } from "@/server/email/manage-emails";
import { callerFor, codeOf, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { fillPrompts } from "./support/drafts";
import { useTestDatabase } from "./support/database";
import { actorOf } from "./support/emails";
import { useOutboxServer } from "./support/outbox-server";

// Monday 23 November 2026, 15:00 UTC = 10:00 in New York (Jane's zone).
const NOW = new Date("2026-11-23T15:00:00Z");
const LATER = new Date("2026-11-25T15:00:00Z");

type Db = ReturnType<typeof useTestDatabase>["db"];

/** Every row a task write or a record write could touch, to show that nothing changed. */
async function snapshotRecord(db: Db) {
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    tasks: await db.followUpTask.findMany(byId),
    items: await db.interviewItem.findMany(byId),
    calls: await db.callLog.findMany(byId),
    expenses: await db.expense.findMany(byId),
    notes: await db.debriefNote.findMany(byId),
    drafts: await db.draft.findMany(byId),
  };
}

/**
 * The tasks service (src/server/tasks) against other tenants' ids. Demo world: Jane is
 * Olivia's client and Sam is Ben's, in Northstar (owned by Olivia); Lee is Carlos's client in
 * Harbor, another practice. Whatever id is sent, a write reaches only what DOMAIN.md's
 * "Who sees what" allows; anything else is NOT_FOUND and changes nothing.
 */
describe("who writes tasks: other tenants' task ids", () => {
  const { db } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  let acme: { id: string; maria: string };
  let janeTask: string;
  const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW);

  beforeEach(async () => {
    outbox.reset();
    ids = await seedDemoWorld(db, NOW);
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { where: { name: "Maria Chen" }, select: { id: true } } } });
    acme = { id: interview.id, maria: interview.people[0]!.id };
    janeTask = (await db.followUpTask.findFirstOrThrow({ where: { interviewId: acme.id, kind: "THANK_YOU", recipientPersonId: acme.maria } })).id;
  });

  /** A draft of `key`'s own, to one person on their own interview, from their practice's thank-you (or another kind's) template. */
  async function ownDraftInput(key: DemoKey, company: string, kind: "THANK_YOU_EMAIL" | "FOLLOW_UP_EMAIL" = "THANK_YOU_EMAIL") {
    const interview = await db.interview.findFirstOrThrow({ where: { company }, select: { id: true, people: { orderBy: { position: "asc" }, take: 1, select: { id: true } } } });
    const templateId = (await as(key).template.list({ kind }))[0]!.id;
    return { interviewId: interview.id, recipientPersonId: interview.people[0]!.id, templateId };
  }

  it("draft.create with another tenant's task id is NOT_FOUND and writes nothing", async () => {
    const before = await snapshotRecord(db);
    // Lee, a client of another practice, and Sam, another client of the same practice.
    const fromLee = await errorOf(as("otherClient").draft.create({ ...(await ownDraftInput("otherClient", "Hooli")), taskId: janeTask }));
    const fromSam = await errorOf(as("sam").draft.create({ ...(await ownDraftInput("sam", "Initech")), taskId: janeTask }));
    const unknown = await errorOf(as("otherClient").draft.create({ ...(await ownDraftInput("otherClient", "Hooli")), taskId: "cmdoesnotexist000000000000" }));
    expect(fromLee.code).toBe("NOT_FOUND");
    expect(fromSam.code).toBe("NOT_FOUND");
    // Another tenant's id answers exactly as an id that does not exist.
    expect([fromLee.code, fromLee.message]).toEqual([unknown.code, unknown.message]);
    expect(await snapshotRecord(db)).toEqual(before);
  });

  it("a draft links only to a task of its own interview: Jane's Globex task on her Acme draft is NOT_FOUND", async () => {
    const globexTask = (await db.followUpTask.findFirstOrThrow({ where: { interview: { company: "Globex" } } })).id;
    const input = { interviewId: acme.id, recipientPersonId: acme.maria, templateId: (await ownDraftInput("jane", "Acme Robotics")).templateId };
    expect(await codeOf(as("jane").draft.create({ ...input, taskId: globexTask }))).toBe("NOT_FOUND");
    expect(await db.draft.count()).toBe(0);

    const { id } = await as("jane").draft.create({ ...input, taskId: janeTask });
    expect((await db.draft.findUniqueOrThrow({ where: { id } })).taskId).toBe(janeTask);
  });

  it("even with a bad link already stored, sending closes no task of another client or another interview", async () => {
    // Links made before draft.create checked them: Lee's draft names Jane's task, and Jane's
    // Acme draft names her own Globex task. Follow-up emails, so no thank-you task of their own
    // person is satisfied (close-tasks.ts): only the stored links could close anything.
    const globexTask = (await db.followUpTask.findFirstOrThrow({ where: { interview: { company: "Globex" }, status: "OPEN" } })).id;
    const leeDraft = (await as("otherClient").draft.create(await ownDraftInput("otherClient", "Hooli", "FOLLOW_UP_EMAIL"))).id;
    const janeDraft = (await as("jane").draft.create(await ownDraftInput("jane", "Acme Robotics", "FOLLOW_UP_EMAIL"))).id;
    await fillPrompts(as("otherClient"), leeDraft);
    await fillPrompts(as("jane"), janeDraft, "A new result since we spoke: the pilot cut costs by a fifth.");
    await db.draft.update({ where: { id: leeDraft }, data: { taskId: janeTask } });
    await db.draft.update({ where: { id: janeDraft }, data: { taskId: globexTask } });
    await as("otherClient").draft.submit({ id: leeDraft });
    await as("otherOwner").draft.approve({ id: leeDraft });
    await as("jane").draft.submit({ id: janeDraft });
    await as("owner").draft.approve({ id: janeDraft });
    const tasksBefore = await db.followUpTask.findMany({ orderBy: { id: "asc" } });

    for (const [key, draftId] of [["otherClient", leeDraft], ["jane", janeDraft]] as const) {
      const email = await scheduleDraftEmail(db, await actorOf(db, ids[key]), { draftId, when: { kind: "now" } }, NOW);
      expect(await deliverEmail(db, { emailId: email.id, scheduleVersion: email.scheduleVersion }, { now: NOW, isLastAttempt: false, leaseMs: 60_000 })).toMatchObject({ outcome: "sent" });
    }

    expect(await db.email.count({ where: { status: "SENT" } })).toBe(2);
    expect(await db.followUpTask.findMany({ orderBy: { id: "asc" } })).toEqual(tasksBefore);
  });

  describe("check-then-write: each write carries the scope in its own where", () => {
    let row: { planned: string; done: string; custom: string; item: string; call: string; expense: string; note: string };

    beforeEach(async () => {
      const jane = as("jane");
      const open = await db.followUpTask.findMany({ where: { interviewId: acme.id, status: "OPEN", key: { not: null } }, orderBy: { key: "asc" }, take: 2 });
      await jane.task.complete({ id: open[1]!.id });
      row = {
        planned: open[0]!.id,
        done: open[1]!.id,
        custom: (await as("owner").task.add({ interviewId: acme.id, title: "Mock interview", dueAt: LATER })).id,
        item: (await jane.record.addItem({ interviewId: acme.id, kind: "MATERIAL", title: "Portfolio" })).id,
        call: (await jane.record.logCall({ interviewId: acme.id, calledAt: NOW, answered: false })).id,
        expense: (await jane.record.addExpense({ interviewId: acme.id, description: "Train", amount: 40, currency: "USD" })).id,
        note: (await jane.record.addNote({ interviewId: acme.id, body: "Private thoughts", visibility: "PRIVATE" })).id,
      };
    });

    /** Every write of a task or a record row of Jane's Acme interview, by id, as `key`. */
    function writesAs(key: DemoKey) {
      const caller = as(key);
      return {
        "task.complete": () => caller.task.complete({ id: row.planned }),
        "task.reopen": () => caller.task.reopen({ id: row.done }),
        "task.skip": () => caller.task.skip({ id: row.planned }),
        "task.snooze": () => caller.task.snooze({ id: row.planned, days: 2 }),
        "task.move (planned)": () => caller.task.move({ id: row.planned, dueAt: LATER }),
        "task.move (added by hand)": () => caller.task.move({ id: row.custom, dueAt: LATER }),
        "task.remove (planned)": () => caller.task.remove({ id: row.planned }),
        "task.remove (added by hand)": () => caller.task.remove({ id: row.custom }),
        "record.removeItem": () => caller.record.removeItem({ id: row.item }),
        "record.updateCall": () => caller.record.updateCall({ id: row.call, calledAt: NOW, answered: true }),
        "record.deleteCall": () => caller.record.deleteCall({ id: row.call }),
        "record.updateExpense": () => caller.record.updateExpense({ id: row.expense, description: "x", amount: 1, currency: "USD" }),
        "record.deleteExpense": () => caller.record.deleteExpense({ id: row.expense }),
        "record.markReimbursementRequested": () => caller.record.markReimbursementRequested({ id: row.expense }),
        "record.markReimbursementPaid": () => caller.record.markReimbursementPaid({ id: row.expense }),
        "record.updateNote": () => caller.record.updateNote({ id: row.note, body: "x", visibility: "SHARED" }),
        "record.deleteNote": () => caller.record.deleteNote({ id: row.note }),
      };
    }

    async function codesOf(writes: Record<string, () => Promise<unknown>>) {
      const codes: Record<string, string> = {};
      for (const [name, write] of Object.entries(writes)) codes[name] = await codeOf(write());
      return codes;
    }

    it.each([
      ["another coach in the practice", "coach"],
      ["another client of the practice", "sam"],
      ["the owner of another practice", "otherOwner"],
      ["a client of another practice", "otherClient"],
    ] as const)("%s gets NOT_FOUND for every write, and nothing changes", async (_label, key) => {
      const before = await snapshotRecord(db);
      const writes = writesAs(key);
      expect(await codesOf(writes)).toEqual(Object.fromEntries(Object.keys(writes).map((name) => [name, "NOT_FOUND"])));
      expect(await snapshotRecord(db)).toEqual(before);
    });

    it("the assigned coach moves and removes tasks; the client's own writes are NOT_FOUND to them and change nothing", async () => {
      const { "task.move (planned)": move, "task.move (added by hand)": moveCustom, "task.remove (planned)": remove, "task.remove (added by hand)": removeCustom, ...clientOnly } = writesAs("owner");
      const before = await snapshotRecord(db);
      expect(await codesOf(clientOnly)).toEqual(Object.fromEntries(Object.keys(clientOnly).map((name) => [name, "NOT_FOUND"])));
      expect(await snapshotRecord(db)).toEqual(before);
      expect(await codesOf({ move, moveCustom, remove, removeCustom })).toEqual({ move: "OK", moveCustom: "OK", remove: "OK", removeCustom: "OK" });
      expect(await db.followUpTask.findUniqueOrThrow({ where: { id: row.planned } })).toMatchObject({ status: "SKIPPED", dueAt: LATER, editedByHand: true });
      expect(await db.followUpTask.count({ where: { id: row.custom } })).toBe(0);
    });

    it("the client does every one of them", async () => {
      const { "task.remove (planned)": remove, "task.remove (added by hand)": removeCustom, "record.deleteCall": deleteCall, "record.deleteExpense": deleteExpense, "record.deleteNote": deleteNote, "record.removeItem": removeItem, ...changes } = writesAs("jane");
      // Changes first, the removals after them (a removed row can no longer be changed).
      const codes = await codesOf({ ...changes, remove, removeCustom, deleteCall, deleteExpense, deleteNote, removeItem });
      // task.complete then task.skip of the same task: the second finds it done.
      expect(Object.entries(codes).filter(([, code]) => code !== "OK")).toEqual([["task.skip", "CONFLICT"], ["task.snooze", "CONFLICT"]]);
      const after = await snapshotRecord(db);
      expect([after.items, after.calls, after.expenses, after.notes].map((rows) => rows.length)).toEqual([0, 0, 0, 0]);
    });
  });
});

/**
 * DOMAIN.md "Who sees what", written out here from the data (not from policy.ts): the client
 * works through their own tasks; their assigned coaches add, move and remove tasks; a
 * practice owner who is not the client's coach only reads; nobody else sees anything.
 */
describe("who writes tasks: generated actors and tasks across the demo world's tenants", () => {
  const { db } = useTestDatabase();

  it("every task write succeeds only when the actor may write that task, and is otherwise NOT_FOUND with no row changed", { timeout: 1_200_000 }, async () => {
    await seedDemoWorld(db, NOW);
    const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, role: true } });
    const assignments = await db.coachClient.findMany({ select: { coachId: true, clientId: true } });
    const tasks = await db.followUpTask.findMany({ orderBy: { id: "asc" }, select: { id: true, interviewId: true, interview: { select: { clientId: true } } } });
    const works = (user: { id: string; role: string }, clientId: string) => user.role === "CLIENT" && user.id === clientId;
    const plans = (user: { id: string; role: string }, clientId: string) =>
      works(user, clientId) || (user.role === "COACH" && assignments.some((a) => a.coachId === user.id && a.clientId === clientId));

    type Task = (typeof tasks)[number];
    type Caller = ReturnType<typeof callerFor>;
    const writes: { name: string; may: typeof works; ofTask: boolean; call: (caller: Caller, task: Task) => Promise<unknown> }[] = [
      { name: "complete", may: works, ofTask: true, call: (c, t) => c.task.complete({ id: t.id }) },
      { name: "reopen", may: works, ofTask: true, call: (c, t) => c.task.reopen({ id: t.id }) },
      { name: "skip", may: works, ofTask: true, call: (c, t) => c.task.skip({ id: t.id }) },
      { name: "snooze", may: works, ofTask: true, call: (c, t) => c.task.snooze({ id: t.id, days: 2 }) },
      { name: "move", may: plans, ofTask: true, call: (c, t) => c.task.move({ id: t.id, dueAt: LATER }) },
      { name: "remove", may: plans, ofTask: true, call: (c, t) => c.task.remove({ id: t.id }) },
      { name: "add", may: plans, ofTask: false, call: (c, t) => c.task.add({ interviewId: t.interviewId, title: "Generated", dueAt: LATER }) },
      { name: "logCall (closes call tasks)", may: works, ofTask: false, call: (c, t) => c.record.logCall({ interviewId: t.interviewId, calledAt: NOW, answered: false }) },
    ];
    const allTasks = () => db.followUpTask.findMany({ orderBy: { id: "asc" } });

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...users), fc.constantFrom(...tasks), fc.constantFrom(...writes), async (user, task, write) => {
        const before = await allTasks();
        // A re-plan may have dropped a planned task since: then it is not there to write.
        const exists = before.some((t) => t.id === task.id);
        const may = write.may(user, task.interview.clientId) && (exists || !write.ofTask);
        const code = await codeOf(write.call(callerFor(db, user.id, () => NOW), task));
        if (code === "OK") {
          expect(may, `${write.name} succeeded for ${user.role} ${user.id} on task ${task.id}`).toBe(true);
          return;
        }
        // Allowed but refused is only a task that is not open (completing a done one).
        expect(code, `${write.name} by ${user.role} ${user.id} on task ${task.id}`).toBe(may ? "CONFLICT" : "NOT_FOUND");
        expect(await allTasks()).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
