import { beforeEach, describe, expect, it } from "vitest";
import { deliverEmail } from "@/server/email/deliver-email";
import { scheduleDraftEmail } from "@/server/email/manage-emails";
import { readTaskWork } from "@/server/tasks/task-work";
import { callerFor, codeOf, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";
import { fillPrompts } from "./support/drafts";
import { actorOf } from "./support/emails";
import { useOutboxServer } from "./support/outbox-server";

// Monday 23 November 2026, 15:00 UTC = 10:00 in New York (Jane's zone).
const NOW = new Date("2026-11-23T15:00:00Z");
const MARIA_BODY = "Dear Maria,\n\nYour question about cutting scope on the warehouse-robot launch stayed with me. I wrote up how I would phase it.\n\nJane";

/**
 * Issue 16, "the plan follows the work": what actually happened (an email sent, a letter
 * printed) closes the tasks it satisfies whichever page it was started from; "Write it" opens
 * the draft already there; each task says where its letter stands; and a draft with a
 * template's prompt left in it goes nowhere.
 */
describe("the plan follows the work", () => {
  const { db, url } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  let acme: { id: string; maria: string; tom: string };
  const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW);
  const task = (kind: string, personId: string) =>
    db.followUpTask.findFirstOrThrow({ where: { interviewId: acme.id, kind, recipientPersonId: personId }, select: { id: true, status: true, completedAt: true } });
  const templateOf = async (kind: "THANK_YOU_EMAIL" | "THANK_YOU_LETTER" | "FOLLOW_UP_EMAIL") => (await as("jane").template.list({ kind }))[0]!.id;

  /** Jane's thank-you email to a person, started from the person (not from a task), approved by her coach. */
  async function approvedFromPerson(personId: string, body: string) {
    const { id } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: personId, templateId: await templateOf("THANK_YOU_EMAIL") });
    await as("jane").draft.save({ id, subject: "Thank you", body });
    await as("jane").draft.submit({ id });
    await as("owner").draft.approve({ id });
    return id;
  }

  async function sendNow(draftId: string) {
    const email = await scheduleDraftEmail(db, await actorOf(db, ids.jane), { draftId, when: { kind: "now" } }, NOW);
    expect(await deliverEmail(db, { emailId: email.id, scheduleVersion: email.scheduleVersion }, { now: NOW, isLastAttempt: false, leaseMs: 60_000 })).toMatchObject({ outcome: "sent" });
  }

  beforeEach(async () => {
    outbox.reset();
    ids = await seedDemoWorld(db, NOW);
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { select: { id: true, name: true } } } });
    const person = (name: string) => interview.people.find((p) => p.name === name)!.id;
    acme = { id: interview.id, maria: person("Maria Chen"), tom: person("Tom Baker") };
  });

  it("R01, R11: a thank-you email started from the person, not the task, closes that person's thank-you when it is sent, and only theirs", async () => {
    const draftId = await approvedFromPerson(acme.maria, MARIA_BODY);
    expect((await db.draft.findUniqueOrThrow({ where: { id: draftId } })).taskId).toBeNull();
    await sendNow(draftId);

    expect(await task("THANK_YOU", acme.maria)).toMatchObject({ status: "DONE", completedAt: NOW });
    expect((await task("THANK_YOU", acme.tom)).status).toBe("OPEN");
    // R21: the handwritten card is a channel of its own; an email does not post it.
    expect((await task("HANDWRITTEN_CARD", acme.maria)).status).toBe("OPEN");
    // The client's dashboard no longer lists it as due.
    const dashboard = await as("jane").dashboard.client();
    const open = [...dashboard.overdue, ...dashboard.dueToday, ...dashboard.thisWeek].map((t) => t.title);
    expect(open).not.toContain("Send a personal thank-you to Maria Chen");
    expect(open).toContain("Send a personal thank-you to Tom Baker");
  });

  it("R21, R01: a printed thank-you letter closes the person's card and thank-you tasks", async () => {
    await db.practice.updateMany({ data: { reviewRequired: false } });
    const { id } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("THANK_YOU_LETTER") });
    await fillPrompts(as("jane"), id);
    await as("jane").draft.markLetter({ id, state: "PRINTED" });
    expect((await task("HANDWRITTEN_CARD", acme.maria)).status).toBe("DONE");
    expect((await task("THANK_YOU", acme.maria)).status).toBe("DONE");
    expect((await task("THANK_YOU", acme.tom)).status).toBe("OPEN");
  });

  it("R01: a thank-you logged as sent by hand closes the person's thank-you; a scheduled one must be cancelled first; only the client logs it", async () => {
    const { id } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("THANK_YOU_EMAIL") });
    expect(await codeOf(as("sam").draft.logSentByHand({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").draft.logSentByHand({ id }))).toBe("NOT_FOUND");
    expect((await task("THANK_YOU", acme.maria)).status).toBe("OPEN");

    const scheduled = await approvedFromPerson(acme.tom, "Hi Tom,\n\nThe telemetry walk-through was the best hour of my week.\n\nJane");
    await as("jane").email.send({ draftId: scheduled, when: { kind: "preset", preset: "tonight" } });
    expect(await errorOf(as("jane").draft.logSentByHand({ id: scheduled }))).toEqual({
      code: "CONFLICT",
      message: "This email is scheduled. Cancel the send before logging it as sent by hand.",
    });
    expect((await task("THANK_YOU", acme.tom)).status).toBe("OPEN");

    expect(await as("jane").draft.logSentByHand({ id })).toEqual({ id, status: "SENT" });
    expect(await task("THANK_YOU", acme.maria)).toMatchObject({ status: "DONE", completedAt: NOW });
    expect((await task("HANDWRITTEN_CARD", acme.maria)).status).toBe("OPEN");
    expect(await codeOf(as("jane").draft.logSentByHand({ id }))).toBe("CONFLICT");
  });

  it("a follow-up email to the person closes none of their thank-you tasks", async () => {
    await db.practice.updateMany({ data: { reviewRequired: false } });
    const { id } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("FOLLOW_UP_EMAIL") });
    await as("jane").draft.save({ id, subject: "Following up", body: "Dear Maria,\n\nOne more result since we spoke: the pilot cut pick errors by a fifth.\n\nJane" });
    await sendNow(id);
    expect((await task("THANK_YOU", acme.maria)).status).toBe("OPEN");
  });

  it("R01: \"Write it\" opens the draft already started for the person, ties it to the task, and two clicks at once make one draft", async () => {
    const thankMaria = await task("THANK_YOU", acme.maria);
    const { id: fromPerson } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("THANK_YOU_EMAIL") });
    expect(await as("jane").draft.createFromTask({ taskId: thankMaria.id })).toEqual({ id: fromPerson, reused: true });
    expect((await db.draft.findUniqueOrThrow({ where: { id: fromPerson } })).taskId).toBe(thankMaria.id);
    expect(await as("jane").draft.createFromTask({ taskId: thankMaria.id })).toEqual({ id: fromPerson, reused: true });

    // Tom has no draft yet: two clicks at once make one, and both open it.
    const thankTom = await task("THANK_YOU", acme.tom);
    const [a, b] = await Promise.all([as("jane").draft.createFromTask({ taskId: thankTom.id }), as("jane").draft.createFromTask({ taskId: thankTom.id })]);
    expect(a.id).toBe(b.id);
    expect([a.reused, b.reused].sort()).toEqual([false, true]);
    expect(await db.draft.count({ where: { interviewId: acme.id, recipientPersonId: acme.tom } })).toBe(1);

    // The card to Maria is another kind: it gets its own draft, not the email.
    const card = await task("HANDWRITTEN_CARD", acme.maria);
    const { id: cardDraft } = await as("jane").draft.createFromTask({ taskId: card.id });
    expect(cardDraft).not.toBe(fromPerson);
    // Another client's task is not found, and nothing is made.
    expect(await codeOf(as("sam").draft.createFromTask({ taskId: thankMaria.id }))).toBe("NOT_FOUND");
    expect(await db.draft.count()).toBe(3);
  });

  it("each task says where its letter stands, in one statement for any number of tasks; a coach is not told of an unsubmitted draft", async () => {
    const stateOf = async (key: DemoKey, taskId: string) => (await as(key).interview.record({ id: acme.id })).tasks.find((t) => t.id === taskId)!.work;
    const thankMaria = await task("THANK_YOU", acme.maria);
    expect(await stateOf("jane", thankMaria.id)).toEqual({ state: "NONE", draftId: null, scheduledFor: null });

    const { id } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("THANK_YOU_EMAIL") });
    expect(await stateOf("jane", thankMaria.id)).toEqual({ state: "DRAFT", draftId: id, scheduledFor: null });
    expect(await stateOf("owner", thankMaria.id)).toEqual({ state: "NONE", draftId: null, scheduledFor: null });

    await as("jane").draft.save({ id, subject: "Thank you", body: MARIA_BODY });
    await as("jane").draft.submit({ id });
    expect((await stateOf("owner", thankMaria.id))?.state).toBe("IN_REVIEW");
    await as("owner").draft.approve({ id });
    expect((await stateOf("jane", thankMaria.id))?.state).toBe("APPROVED");

    await as("jane").email.send({ draftId: id, when: { kind: "preset", preset: "tonight" } });
    // Tonight is 19:00 in New York.
    expect(await stateOf("jane", thankMaria.id)).toEqual({ state: "SCHEDULED", draftId: id, scheduledFor: new Date("2026-11-24T00:00:00Z") });
    const dashboardTask = (await as("jane").dashboard.client()).dueToday.concat((await as("jane").dashboard.client()).overdue).find((t) => t.id === thankMaria.id);
    expect(dashboardTask?.work?.state).toBe("SCHEDULED");

    // A call is not written: it has no state.
    const call = await db.followUpTask.findFirst({ where: { interviewId: acme.id, channel: "PHONE" }, select: { id: true } });
    if (call) expect(await stateOf("jane", call.id)).toBeNull();

    const tasks = await db.followUpTask.findMany({ select: { id: true, kind: true } });
    expect(tasks.length).toBeGreaterThan(20);
    const counting = createQueryCountingClient(url);
    const work = await readTaskWork(counting.db, await actorOf(db, ids.jane), tasks);
    expect(counting.queries()).toBe(1);
    await counting.disconnect();
    expect(work.get(thankMaria.id)?.state).toBe("SCHEDULED");
  });

  it("a draft with a template's prompt left in it cannot be submitted, approved, sent or printed; the message names the passage and nothing changes", async () => {
    const { id } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("THANK_YOU_EMAIL") });
    const view = await as("jane").draft.get({ id });
    expect(view.unfinished.map((p) => [p.field, p.text.slice(0, 25)])).toEqual([
      ["body", "[Recall, in your own word"],
      ["body", "[Say in one or two senten"],
    ]);
    const refused = await errorOf(as("jane").draft.submit({ id }));
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      message:
        'Finish the draft before you submit it for review: the body still has "[Recall, in your own words, what Maria asked or said. You…" (and 1 more passage), a prompt from the template: replace it with your own words.',
    });
    expect((await db.draft.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    // The coach cannot approve a version that brings a prompt back either.
    await fillPrompts(as("jane"), id, "Your question on scope stayed with me.");
    await as("jane").draft.submit({ id });
    await as("owner").draft.save({ id, subject: "Thank you, Maria", body: "Dear Maria,\n\n[Add the result from the pilot.]\n\nJane" });
    expect(await errorOf(as("owner").draft.approve({ id }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining('"[Add the result from the pilot.]"') });
    expect((await db.draft.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    // Without review, sending is refused the same way, with an unfilled placeholder named too.
    await db.practice.updateMany({ data: { reviewRequired: false } });
    const { id: second } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.tom, templateId: await templateOf("THANK_YOU_EMAIL") });
    await as("jane").draft.save({ id: second, subject: "Thanks, {{ recipient.firstName }}", body: "Hi Tom,\n\nThe telemetry walk-through was the best hour of my week.\n\nJane" });
    const send = await errorOf(as("jane").email.send({ draftId: second, when: { kind: "now" } }));
    expect(send.code).toBe("CONFLICT");
    expect(send.message).toBe('Finish the draft before you send it: the subject still has "{{ recipient.firstName }}", a placeholder that was not filled in.');
    expect((await as("jane").draft.get({ id: second })).sending?.blockedReason).toBe(send.message);
    expect(await db.email.count()).toBe(0);

    const { id: letter } = await as("jane").draft.create({ interviewId: acme.id, recipientPersonId: acme.maria, templateId: await templateOf("THANK_YOU_LETTER") });
    expect(await errorOf(as("jane").draft.markLetter({ id: letter, state: "PRINTED" }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("before you print it") });
    expect((await task("HANDWRITTEN_CARD", acme.maria)).status).toBe("OPEN");
  });
});
