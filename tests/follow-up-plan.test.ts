import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { interviewFields } from "./support/interviews";

// Monday 2 March 2026, 11:00 EST: the clock for these tests.
const NOW = new Date("2026-03-02T16:00:00Z");
const at = (iso: string) => () => new Date(iso);

describe("stored follow-up plans", () => {
  const { db } = useTestDatabase();
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });
  const jane = () => callerFor(db, ids.jane, () => NOW);
  const tasksOf = (interviewId: string) =>
    db.followUpTask.findMany({ where: { interviewId }, orderBy: [{ dueAt: "asc" }, { key: "asc" }], select: { id: true, key: true, status: true, dueAt: true, rules: true, channel: true, recipientPersonId: true, editedByHand: true } });

  it("stores the plan with due time, channel, recipient and rule ids when an interview is logged", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const tasks = await tasksOf(id);
    const thankYous = tasks.filter((t) => t.key?.startsWith("thank-you:"));
    expect(thankYous).toHaveLength(2);
    expect(thankYous.every((t) => t.channel === "EMAIL" && t.recipientPersonId && t.rules.includes("R01"))).toBe(true);
    expect(tasks.find((t) => t.key === "overnight-letter")?.rules).toEqual(["R09"]);
    expect(tasks.find((t) => t.key === "final-call")?.dueAt.toISOString()).toBe("2026-03-09T12:30:00.000Z");
  });

  it("re-plans on change without losing done or hand-edited tasks, and without duplicates", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const before = await tasksOf(id);
    const debrief = before.find((t) => t.key === "debrief")!;
    const finalCall = before.find((t) => t.key === "final-call")!;
    await jane().task.complete({ id: debrief.id });
    await callerFor(db, ids.owner, () => NOW).task.move({ id: finalCall.id, dueAt: new Date("2026-03-10T14:00:00Z") });

    // The decision moves out a week, and a third interviewer is added.
    const current = await jane().interview.get({ id });
    await jane().interview.update({
      ...interviewFields,
      id,
      timelineDate: "2026-03-19",
      people: [...current.people.map((p) => ({ id: p.id, role: p.role, name: p.name })), { role: "PANEL_MEMBER", name: "Michael Bolton" }],
    });

    const after = await tasksOf(id);
    const keys = after.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(after.filter((t) => t.key?.startsWith("thank-you:"))).toHaveLength(3);
    expect(after.find((t) => t.id === debrief.id)?.status).toBe("DONE");
    // The coach's move survives; the overnight letter follows the new decision week.
    expect(after.find((t) => t.id === finalCall.id)?.dueAt.toISOString()).toBe("2026-03-10T14:00:00.000Z");
    expect(after.find((t) => t.key === "overnight-letter")?.dueAt.toISOString()).toBe("2026-03-13T21:00:00.000Z");
  });

  it("drops open planned tasks that no longer apply, such as a removed interviewer's thank-you", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const current = await jane().interview.get({ id });
    await jane().interview.update({ ...interviewFields, id, people: [{ id: current.people[0]!.id, role: "INTERVIEWER", name: "Peter Gibbons" }] });
    expect((await tasksOf(id)).filter((t) => t.key?.startsWith("thank-you:"))).toHaveLength(1);
  });

  it("R14: the third unanswered call marks the lead cold, plans no further call, and tells the coach", async () => {
    const { id } = await jane().interview.create({ ...interviewFields, timelineKind: "NONE", timelineDate: "" });
    for (const day of ["2026-03-09", "2026-03-16", "2026-03-23"]) {
      await callerFor(db, ids.jane, at(`${day}T15:00:00Z`)).record.logCall({ interviewId: id, calledAt: new Date(`${day}T14:00:00Z`), answered: false });
    }
    const interview = await db.interview.findUniqueOrThrow({ where: { id } });
    expect(interview.coldAt).not.toBeNull();
    expect(await db.followUpTask.count({ where: { interviewId: id, kind: "FOLLOW_UP_CALL", status: "OPEN" } })).toBe(0);
    const notes = await db.notification.findMany({ where: { userId: ids.owner, kind: "LEAD_COLD" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain("Initrode");
    const dashboard = await callerFor(db, ids.owner, () => NOW).dashboard.coach({});
    expect(dashboard.clients.find((c) => c.id === ids.jane)?.coldLeads).toBe(1);
    const alerts = await callerFor(db, ids.owner, () => NOW).notification.list({});
    expect(alerts.items.map((n) => n.kind)).toContain("LEAD_COLD");
  });

  it("R14: a call corrected to answered warms the lead again; only the client corrects, and not into the future", async () => {
    const { id } = await jane().interview.create({ ...interviewFields, timelineKind: "NONE", timelineDate: "" });
    const later = callerFor(db, ids.jane, at("2026-03-24T15:00:00Z"));
    const calls = [];
    for (const day of ["2026-03-09", "2026-03-16", "2026-03-23"]) {
      calls.push(await later.record.logCall({ interviewId: id, calledAt: new Date(`${day}T14:00:00Z`), answered: false }));
    }
    expect((await db.interview.findUniqueOrThrow({ where: { id } })).coldAt).not.toBeNull();

    for (const key of ["owner", "coach", "sam"] as const) {
      expect(await codeOf(callerFor(db, ids[key], at("2026-03-24T15:00:00Z")).record.updateCall({ id: calls[2]!.id, calledAt: new Date("2026-03-23T14:00:00Z"), answered: true })), key).toBe("NOT_FOUND");
    }
    expect(await codeOf(later.record.updateCall({ id: calls[2]!.id, calledAt: new Date("2026-03-25T14:00:00Z"), answered: true }))).toBe("BAD_REQUEST");
    expect((await db.callLog.findUniqueOrThrow({ where: { id: calls[2]!.id } })).answered).toBe(false);

    await later.record.updateCall({ id: calls[2]!.id, calledAt: new Date("2026-03-23T16:00:00Z"), answered: true, notes: "Spoke to Peter: decision next week" });
    expect(await db.callLog.findUniqueOrThrow({ where: { id: calls[2]!.id }, select: { calledAt: true, answered: true, notes: true } })).toEqual({
      calledAt: new Date("2026-03-23T16:00:00Z"),
      answered: true,
      notes: "Spoke to Peter: decision next week",
    });
    expect((await db.interview.findUniqueOrThrow({ where: { id } })).coldAt).toBeNull();
    // Not cold: R03/R06 plan the next call again.
    expect(await db.followUpTask.count({ where: { interviewId: id, kind: "FOLLOW_UP_CALL", status: "OPEN" } })).toBe(1);
  });

  it("R15: the client corrects an expense; the reimbursement task follows, and bad input changes nothing", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const { id: expenseId } = await jane().record.addExpense({ interviewId: id, description: "Train to Boston", amount: 84.5, currency: "usd" });
    await jane().record.updateExpense({ id: expenseId, description: "Train to Boston and back", amount: 169, currency: "cad", receiptNote: "Amtrak e-ticket" });
    expect(await db.expense.findUniqueOrThrow({ where: { id: expenseId }, select: { description: true, amountCents: true, currency: true, receiptNote: true } })).toEqual({
      description: "Train to Boston and back",
      amountCents: 16900,
      currency: "CAD",
      receiptNote: "Amtrak e-ticket",
    });
    expect((await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, key: `reimburse-request:${expenseId}` } })).title).toContain("Train to Boston and back");
    expect(await codeOf(jane().record.updateExpense({ id: expenseId, description: "", amount: -1, currency: "dollars" }))).toBe("BAD_REQUEST");
    expect(await codeOf(callerFor(db, ids.owner, () => NOW).record.updateExpense({ id: expenseId, description: "x", amount: 1, currency: "USD" }))).toBe("NOT_FOUND");
    expect((await db.expense.findUniqueOrThrow({ where: { id: expenseId } })).amountCents).toBe(16900);
  });

  it("R15: a reimbursement still unpaid 30 days after the request produces a task", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const { id: expenseId } = await jane().record.addExpense({ interviewId: id, description: "Train to Boston", amount: 84.5, currency: "usd" });
    expect(await db.followUpTask.count({ where: { interviewId: id, key: `reimburse-request:${expenseId}` } })).toBe(1);
    await jane().record.markReimbursementRequested({ id: expenseId, at: new Date("2026-03-03T15:00:00Z") });
    const chase = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, key: `reimburse-chase:${expenseId}` } });
    expect(chase.dueAt.toISOString()).toBe("2026-04-02T12:30:00.000Z");
    expect(await db.followUpTask.count({ where: { interviewId: id, key: `reimburse-request:${expenseId}` } })).toBe(0);
    await jane().record.markReimbursementPaid({ id: expenseId });
    expect(await db.followUpTask.count({ where: { interviewId: id, key: `reimburse-chase:${expenseId}` } })).toBe(0);
  });

  it("the client completes with undo, snoozes and skips; the dashboard sorts them into today, overdue and this week", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const dash = await jane().dashboard.client();
    // Monday 2 March, 11:00: the debrief at 14:00, the letter posted by 17:00, the thank-yous and card tonight.
    // Tasks due at the same minute (tonight's three) have no order of their own: compare them as a set.
    const today = dash.dueToday.filter((t) => t.interview.id === id).map((t) => t.kind);
    expect(today.slice(0, 2)).toEqual(["DEBRIEF", "FOLLOW_UP_LETTER"]);
    expect(today.slice(2).sort()).toEqual(["HANDWRITTEN_CARD", "THANK_YOU", "THANK_YOU"]);
    const thankYou = dash.dueToday.find((t) => t.kind === "THANK_YOU" && t.interview.id === id)!;
    await jane().task.complete({ id: thankYou.id });
    expect((await jane().dashboard.client()).dueToday.map((t) => t.id)).not.toContain(thankYou.id);
    await jane().task.reopen({ id: thankYou.id });
    expect((await jane().dashboard.client()).dueToday.map((t) => t.id)).toContain(thankYou.id);

    await jane().task.snooze({ id: thankYou.id, until: new Date("2026-03-04T14:00:00Z") });
    expect((await jane().dashboard.client()).thisWeek.map((t) => t.id)).toContain(thankYou.id);
    await jane().task.skip({ id: thankYou.id });
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: thankYou.id } })).status).toBe("SKIPPED");

    const later = await callerFor(db, ids.jane, at("2026-03-06T15:00:00Z")).dashboard.client();
    expect(later.overdue.map((t) => t.kind)).toContain("DEBRIEF");
    expect(later.keepSearching).toBe(true);
  });

  it("the client snoozes by calendar days in their zone (across the change of the clocks), or to a time after now", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const [first, second] = await db.followUpTask.findMany({ where: { interviewId: id, kind: "THANK_YOU" }, orderBy: { id: "asc" } });
    // Due Monday 2 March, 19:00 EST (00:00 UTC on the 3rd).
    expect(first!.dueAt.toISOString()).toBe("2026-03-03T00:00:00.000Z");
    // A week on is 19:00 EDT on Monday 9 March: the clocks changed on the 8th.
    expect((await jane().task.snooze({ id: first!.id, days: 7 })).dueAt.toISOString()).toBe("2026-03-09T23:00:00.000Z");
    // No choice: one day past the due time.
    expect((await jane().task.snooze({ id: second!.id })).dueAt.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    const kept = await db.followUpTask.findUniqueOrThrow({ where: { id: first!.id } });
    expect(kept).toMatchObject({ snoozedFrom: new Date("2026-03-03T00:00:00.000Z"), editedByHand: true });

    expect(await codeOf(jane().task.snooze({ id: first!.id, until: new Date("2026-03-02T15:00:00Z") }))).toBe("BAD_REQUEST");
    expect(await codeOf(jane().task.snooze({ id: first!.id, until: new Date("2026-03-05T15:00:00Z"), days: 2 }))).toBe("BAD_REQUEST");
    expect(await codeOf(jane().task.snooze({ id: first!.id, days: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(callerFor(db, ids.owner, () => NOW).task.snooze({ id: first!.id, days: 1 }))).toBe("NOT_FOUND");
    expect((await db.followUpTask.findUniqueOrThrow({ where: { id: first!.id } })).dueAt.toISOString()).toBe("2026-03-09T23:00:00.000Z");
  });

  it("the coach adds, moves and removes tasks; a removed planned task does not come back", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const olivia = callerFor(db, ids.owner, () => NOW);
    const { id: added } = await olivia.task.add({ interviewId: id, title: "Practise the salary conversation", dueAt: new Date("2026-03-05T15:00:00Z") });
    const planned = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, key: "keep-searching" } });
    await olivia.task.remove({ id: planned.id });
    await jane().interview.update({ ...interviewFields, id, company: "Initrode Inc" });
    expect(await db.followUpTask.count({ where: { interviewId: id, key: "keep-searching", status: "OPEN" } })).toBe(0);
    expect(await db.followUpTask.count({ where: { id: added } })).toBe(1);
    await olivia.task.remove({ id: added });
    expect(await db.followUpTask.count({ where: { id: added } })).toBe(0);
  });

  it("the client corrects the record: a removed call or expense takes its effect on the plan with it", async () => {
    const { id } = await jane().interview.create({ ...interviewFields, timelineKind: "NONE", timelineDate: "" });
    // A call is logged after it was made.
    const afterCall = callerFor(db, ids.jane, at("2026-03-09T15:00:00Z"));
    const { id: callId } = await afterCall.record.logCall({ interviewId: id, calledAt: new Date("2026-03-09T14:00:00Z"), answered: false });
    expect(await db.followUpTask.count({ where: { interviewId: id, key: "call:2" } })).toBe(1);
    await afterCall.record.deleteCall({ id: callId });
    expect(await db.callLog.count({ where: { interviewId: id } })).toBe(0);
    expect(await db.followUpTask.count({ where: { interviewId: id, key: "call:2" } })).toBe(0);

    const { id: expenseId } = await jane().record.addExpense({ interviewId: id, description: "Taxi", amount: 20, currency: "USD" });
    expect(await codeOf(callerFor(db, ids.owner, () => NOW).record.deleteExpense({ id: expenseId }))).toBe("NOT_FOUND");
    await jane().record.deleteExpense({ id: expenseId });
    expect(await db.followUpTask.count({ where: { interviewId: id, key: `reimburse-request:${expenseId}` } })).toBe(0);
  });

  it("a planned thank-you becomes a draft to its recipient, from the practice's template", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const task = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, kind: "THANK_YOU" }, include: { recipient: true } });
    const { id: draftId } = await jane().draft.createFromTask({ taskId: task.id });
    const draft = await jane().draft.get({ id: draftId });
    expect(draft.recipient?.name).toBe(task.recipient!.name);
    expect(draft.kind).toBe("THANK_YOU_EMAIL");
    const debrief = await db.followUpTask.findFirstOrThrow({ where: { interviewId: id, kind: "DEBRIEF" } });
    expect(await codeOf(jane().draft.createFromTask({ taskId: debrief.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(db, ids.sam, () => NOW).draft.createFromTask({ taskId: task.id }))).toBe("NOT_FOUND");
  });

  it("refuses bad task input with a clear message and writes nothing", async () => {
    const { id } = await jane().interview.create(interviewFields);
    const count = await db.followUpTask.count();
    expect(await codeOf(jane().task.add({ interviewId: id, title: " ", dueAt: NOW }))).toBe("BAD_REQUEST");
    expect(await codeOf(jane().task.snooze({ id: "x", until: "not a date" as never }))).toBe("BAD_REQUEST");
    expect(await codeOf(jane().record.addExpense({ interviewId: id, description: "Taxi", amount: -3, currency: "USD" }))).toBe("BAD_REQUEST");
    expect(await db.followUpTask.count()).toBe(count);
    expect(await db.expense.count()).toBe(0);
  });
});
