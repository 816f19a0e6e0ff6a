import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { fillPrompts } from "./support/drafts";

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * DOMAIN.md "Who sees what" for the rest of the record: timeline, tasks, call log,
 * expenses, and debrief notes marked shared or private. Jane is Olivia's client; Ben is
 * another coach in the same practice; Carlos coaches in another practice; Sam is another client.
 * For Sam's interview, Olivia is the practice owner but not his coach.
 */
describe("who sees what: the rest of the interview record", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  let interviewId: string;
  let samInterviewId: string;
  let sharedNote: string;
  let privateNote: string;

  const as = (key: DemoKey | null) => callerFor(db, key ? ids[key] : null, () => NOW);

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    interviewId = (await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" } })).id;
    samInterviewId = (await db.interview.findFirstOrThrow({ where: { company: "Initech" } })).id;
    sharedNote = (await as("jane").record.addNote({ interviewId, body: "They worry I lack B2B experience.", visibility: "SHARED" })).id;
    privateNote = (await as("jane").record.addNote({ interviewId, body: "Honestly unsure I want this.", visibility: "PRIVATE" })).id;
    await as("jane").record.logCall({ interviewId, calledAt: NOW, answered: true, notes: "Spoke to Lisa" });
    await as("jane").record.addExpense({ interviewId, description: "Train", amount: 40, currency: "USD" });
  });

  async function visibleRecord(key: DemoKey) {
    const record = await as(key).interview.record({ id: interviewId });
    return { notes: record.notes.map((n) => n.id), calls: record.calls.length, expenses: record.expenses.length, tasks: record.tasks.length, timeline: record.interview.timelineKind };
  }

  it("the client reads and writes everything, private notes included", async () => {
    const record = await visibleRecord("jane");
    expect(record.notes).toEqual([sharedNote, privateNote]);
    expect(record).toMatchObject({ calls: 1, expenses: 1, timeline: "DECISION" });
    expect(record.tasks).toBeGreaterThan(0);
    expect(await codeOf(as("jane").record.updateNote({ id: privateNote, body: "Decided: I want it.", visibility: "PRIVATE" }))).toBe("OK");
    const task = await db.followUpTask.findFirstOrThrow({ where: { interviewId, status: "OPEN" } });
    expect(await codeOf(as("jane").task.complete({ id: task.id }))).toBe("OK");
    const call = await db.callLog.findFirstOrThrow({ where: { interviewId } });
    expect(await codeOf(as("jane").record.updateCall({ id: call.id, calledAt: NOW, answered: false }))).toBe("OK");
    const expense = await db.expense.findFirstOrThrow({ where: { interviewId } });
    expect(await codeOf(as("jane").record.updateExpense({ id: expense.id, description: "Train and taxi", amount: 55, currency: "USD" }))).toBe("OK");
  });

  it("the assigned coach reads shared notes, not private ones, and adds notes and tasks but does not complete them", async () => {
    const record = await visibleRecord("owner");
    expect(record.notes).toEqual([sharedNote]);
    expect(record).toMatchObject({ calls: 1, expenses: 1 });
    expect(await codeOf(as("owner").record.updateNote({ id: privateNote, body: "x", visibility: "SHARED" }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").record.updateNote({ id: sharedNote, body: "x", visibility: "SHARED" }))).toBe("NOT_FOUND");
    const { id: coachNote } = await as("owner").record.addNote({ interviewId, body: "Lead with the robotics project.", visibility: "PRIVATE" });
    expect((await db.debriefNote.findUniqueOrThrow({ where: { id: coachNote } })).visibility).toBe("SHARED");
    expect(await codeOf(as("owner").task.add({ interviewId, title: "Mock interview", dueAt: NOW }))).toBe("OK");
    const task = await db.followUpTask.findFirstOrThrow({ where: { interviewId, status: "OPEN", key: { not: null } } });
    expect(await codeOf(as("owner").task.complete({ id: task.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").record.logCall({ interviewId, calledAt: NOW, answered: false }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").record.addExpense({ interviewId, description: "x", amount: 1, currency: "USD" }))).toBe("NOT_FOUND");
    const call = await db.callLog.findFirstOrThrow({ where: { interviewId } });
    expect(await codeOf(as("owner").record.updateCall({ id: call.id, calledAt: NOW, answered: false }))).toBe("NOT_FOUND");
    const expense = await db.expense.findFirstOrThrow({ where: { interviewId } });
    expect(await codeOf(as("owner").record.updateExpense({ id: expense.id, description: "x", amount: 1, currency: "USD" }))).toBe("NOT_FOUND");
  });

  it("the practice owner reads the record of a client who is not theirs, without private notes, and cannot add tasks", async () => {
    await as("sam").record.addNote({ interviewId: samInterviewId, body: "private", visibility: "PRIVATE" });
    const { id: shared } = await as("sam").record.addNote({ interviewId: samInterviewId, body: "shared", visibility: "SHARED" });
    const record = await as("owner").interview.record({ id: samInterviewId });
    expect(record.notes.map((n) => n.id)).toEqual([shared]);
    expect(record.tasks.length).toBeGreaterThan(0);
    expect(await codeOf(as("owner").task.add({ interviewId: samInterviewId, title: "x", dueAt: NOW }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").record.addNote({ interviewId: samInterviewId, body: "x" }))).toBe("NOT_FOUND");
  });

  it.each([
    ["another coach in the practice", "coach"],
    ["another client", "sam"],
    ["a coach of another practice", "otherOwner"],
  ] as const)("%s gets NOT_FOUND for every part of it", async (_label, key) => {
    const task = await db.followUpTask.findFirstOrThrow({ where: { interviewId, status: "OPEN" } });
    const expense = await db.expense.findFirstOrThrow({ where: { interviewId } });
    const call = await db.callLog.findFirstOrThrow({ where: { interviewId } });
    const caller = as(key);
    const codes = await Promise.all([
      codeOf(caller.interview.record({ id: interviewId })),
      codeOf(caller.record.addNote({ interviewId, body: "x" })),
      codeOf(caller.record.updateNote({ id: sharedNote, body: "x", visibility: "SHARED" })),
      codeOf(caller.record.deleteNote({ id: privateNote })),
      codeOf(caller.record.logCall({ interviewId, calledAt: NOW, answered: false })),
      codeOf(caller.record.addItem({ interviewId, kind: "MATERIAL", title: "x" })),
      codeOf(caller.record.markReimbursementPaid({ id: expense.id })),
      codeOf(caller.record.updateExpense({ id: expense.id, description: "x", amount: 1, currency: "USD" })),
      codeOf(caller.record.updateCall({ id: call.id, calledAt: NOW, answered: false })),
      codeOf(caller.task.complete({ id: task.id })),
      codeOf(caller.task.move({ id: task.id, dueAt: NOW })),
      codeOf(caller.task.remove({ id: task.id })),
      codeOf(caller.task.add({ interviewId, title: "x", dueAt: NOW })),
    ]);
    expect(new Set(codes)).toEqual(new Set(["NOT_FOUND"]));
    expect(await db.debriefNote.count({ where: { interviewId } })).toBe(2);
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("OPEN");
  });

  it("the record's drafts: the client sees theirs at once; the coach and the practice owner only once submitted", async () => {
    const { interview } = await as("jane").interview.record({ id: interviewId });
    const maria = interview.people[0]!.id;
    const templateId = (await as("jane").template.list({ kind: "THANK_YOU_EMAIL" }))[0]!.id;
    const { id } = await as("jane").draft.create({ interviewId, recipientPersonId: maria, templateId });
    const draftsOf = async (key: DemoKey) => (await as(key).interview.record({ id: interviewId })).drafts.map((d) => d.id);
    expect(await draftsOf("jane")).toEqual([id]);
    // Read as the interview's relation (one statement), the coach's view still leaves out a draft not submitted.
    expect(await draftsOf("owner")).toEqual([]);
    await fillPrompts(as("jane"), id);
    await as("jane").draft.submit({ id });
    expect(await draftsOf("owner")).toEqual([id]);
    // A coach of the practice who is not Jane's does not read her interview at all.
    expect(await codeOf(as("coach").interview.record({ id: interviewId }))).toBe("NOT_FOUND");
  });

  it("anyone signed out gets UNAUTHORIZED", async () => {
    expect(await codeOf(as(null).interview.record({ id: interviewId }))).toBe("UNAUTHORIZED");
    expect(await codeOf(as(null).dashboard.client())).toBe("UNAUTHORIZED");
    expect(await codeOf(as(null).record.addNote({ interviewId, body: "x" }))).toBe("UNAUTHORIZED");
  });

  it("dashboards show only what the actor may see", async () => {
    const janeDash = await as("jane").dashboard.client();
    const all = [...janeDash.overdue, ...janeDash.dueToday, ...janeDash.thisWeek];
    const companies = new Set(all.map((t) => t.interview.company));
    expect(companies.has("Acme Robotics")).toBe(true);
    expect([...companies].every((c) => c === "Acme Robotics" || c === "Globex")).toBe(true);
    expect((await as("coach").dashboard.coach({})).clients.map((c) => c.name).sort()).toEqual(["Priya Shah", "Sam Rivera"]);
    expect((await as("otherOwner").dashboard.coach({})).clients.map((c) => c.name)).toEqual(["Lee Wong"]);
    expect((await as("jane").dashboard.coach({})).clients).toEqual([]);
  });
});
