import { beforeEach, describe, expect, it } from "vitest";
import { Webhook } from "svix";
import type { Actor } from "@/server/access/actor";
import { deliverEmail, deliverEmails, DeliveryInProgressError } from "@/server/email/deliver-email";
import { queueDueTodayReminders } from "@/server/email/due-today-reminders";
import { countEmailsDue, findNextScheduledTime } from "@/server/email/sweep-emails";
import { handleResendWebhook } from "@/server/email/handle-resend-webhook";
import { cancelScheduledEmail, listInterviewEmails, moveScheduledEmail, scheduleDraftEmail, setDueTodayReminders } from "@/server/email/manage-emails";
import { AppError } from "@/server/errors";
import { MailDeliveryError } from "@/server/mail/send-mail";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";
import { actorOf, createApprovedThankYou } from "./support/emails";
import { useOutboxServer } from "./support/outbox-server";

// Monday 23 November 2026, 15:00 UTC = 10:00 in New York (Jane's zone).
const NOW = new Date("2026-11-23T15:00:00Z");
const LEASE = 60_000;
const MARIA_BODY = "Dear Maria,\n\nYour question about cutting scope on the warehouse-robot launch stayed with me. I wrote up how I would phase it.\n\nJane";
const TOM_BODY = "Hi Tom,\n\nThanks for walking me through the fleet telemetry. Streaming it would change how the ops team works; I'd love to hear how it goes.\n\nJane";

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message };
    return { code: (error as { code?: string }).code ?? (error as Error).name, message: (error as Error).message };
  }
  throw new Error("Expected a failure");
}

describe("sending and scheduling emails", () => {
  const { db, url } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  let jane: Actor;
  let draftId: string;

  const deliver = (email: { id: string; scheduleVersion: number }, now: Date, extra: { isLastAttempt?: boolean } = {}) =>
    deliverEmail(db, { emailId: email.id, scheduleVersion: email.scheduleVersion }, { now, isLastAttempt: extra.isLastAttempt ?? false, leaseMs: LEASE });

  beforeEach(async () => {
    outbox.reset();
    ids = await seedDemoWorld(db, NOW);
    jane = await actorOf(db, ids.jane);
    draftId = await createApprovedThankYou(db, ids, "Maria Chen", MARIA_BODY, NOW);
  });

  it("stores the email exactly as it will go out: the client's name on the product's domain, replies to the client", async () => {
    const scheduled = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    // Tonight is 19:00 in New York, the practice default.
    expect(scheduled.scheduledFor.toISOString()).toBe("2026-11-24T00:00:00.000Z");
    const email = await db.email.findUniqueOrThrow({ where: { id: scheduled.id } });
    expect(email).toMatchObject({
      status: "SCHEDULED",
      fromAddress: '"Jane Doe" <notes@followthrough.example>',
      replyTo: "jane.doe@example.com",
      toAddress: "maria.chen@acme.example",
      subject: "Thank you, Maria Chen",
      text: MARIA_BODY,
      contentVersion: 2,
    });
    expect(email.html).toContain("Your question about cutting scope");
  });

  it("sends once: the idempotency key goes to the provider, the task is done, and a repeated job sends nothing", async () => {
    const task = await db.followUpTask.findFirstOrThrow({ where: { kind: "THANK_YOU", recipient: { name: "Maria Chen" } }, select: { id: true } });
    await db.draft.update({ where: { id: draftId }, data: { taskId: task.id } });
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);

    expect(await deliver(email, NOW)).toMatchObject({ outcome: "sent" });
    expect(await deliver(email, NOW)).toEqual({ outcome: "skipped", status: "SENT" });

    expect(outbox.requests.map((r) => r.idempotencyKey)).toEqual([`email:${email.id}:v2`]);
    const messages = await db.outboxMessage.findMany();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fromAddress: '"Jane Doe" <notes@followthrough.example>', replyTo: ["jane.doe@example.com"], to: ["maria.chen@acme.example"] });
    expect(await db.email.findUniqueOrThrow({ where: { id: email.id }, select: { status: true, providerId: true } })).toEqual({ status: "SENT", providerId: messages[0]!.id });
    expect(await db.emailSend.count({ where: { emailId: email.id } })).toBe(1);
    expect(await db.followUpTask.findUniqueOrThrow({ where: { id: task.id }, select: { status: true } })).toEqual({ status: "DONE" });
    expect(await db.draft.findUniqueOrThrow({ where: { id: draftId }, select: { status: true } })).toEqual({ status: "SENT" });
    // A sent draft can be neither edited nor sent again.
    expect((await failureOf(callerFor(db, ids.jane, () => NOW).draft.save({ id: draftId, subject: "x", body: "y" }))).message).toMatch(/gone out/);
    expect((await failureOf(scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW))).code).toBe("CONFLICT");
  });

  it("one fetch of several jobs: each settles on its own, and the accepted ones are recorded together", async () => {
    const tomDraftId = await createApprovedThankYou(db, ids, "Tom Baker", TOM_BODY, NOW);
    const tasks = await db.followUpTask.findMany({ where: { kind: "THANK_YOU", recipient: { name: { in: ["Maria Chen", "Tom Baker"] } } }, select: { id: true, recipient: { select: { name: true } } } });
    for (const task of tasks) await db.draft.update({ where: { id: task.recipient!.name === "Tom Baker" ? tomDraftId : draftId }, data: { taskId: task.id } });
    const maria = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    const tom = await scheduleDraftEmail(db, jane, { draftId: tomDraftId, when: { kind: "now" } }, NOW);
    const lisaDraftId = await createApprovedThankYou(db, ids, "Lisa Park", "Hi Lisa,\n\nThank you for keeping the whole day on schedule and for the tips on the panel.\n\nJane", NOW);
    const cancelled = await scheduleDraftEmail(db, jane, { draftId: lisaDraftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    await cancelScheduledEmail(db, jane, { emailId: cancelled.id }, NOW);
    const danaDraftId = await createApprovedThankYou(db, ids, "Dana Ortiz", "Dear Dana,\n\nI appreciated your help finding the building and the badge at short notice.\n\nJane", NOW);
    const crashed = await scheduleDraftEmail(db, jane, { draftId: danaDraftId, when: { kind: "now" } }, NOW);
    const crash = new Error("worker died before recording");

    const settled = await deliverEmails(
      db,
      [maria, tom, cancelled, crashed].map((email) => ({ emailId: email.id, scheduleVersion: email.scheduleVersion, isLastAttempt: false })),
      { now: NOW, leaseMs: LEASE, reachFaultPoint: async (point, emailId) => { if (point === "after-provider" && emailId === crashed.id) throw crash; } },
    );
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value.outcome : s.reason))).toEqual(["sent", "sent", "skipped", crash]);
    const rows = await db.email.findMany({ where: { id: { in: [maria.id, tom.id, crashed.id] } }, select: { id: true, status: true, providerId: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [maria.id]: "SENT", [tom.id]: "SENT", [crashed.id]: "SENDING" });
    expect(await db.emailSend.findMany({ select: { emailId: true, idempotencyKey: true }, orderBy: { idempotencyKey: "asc" } })).toEqual(
      [maria, tom].map((e) => ({ emailId: e.id, idempotencyKey: `email:${e.id}:v2` })).sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey)),
    );
    expect(await db.followUpTask.findMany({ where: { id: { in: tasks.map((t) => t.id) } }, select: { status: true } })).toEqual([{ status: "DONE" }, { status: "DONE" }]);
    expect(await db.draft.findMany({ where: { id: { in: [draftId, tomDraftId] } }, select: { status: true } })).toEqual([{ status: "SENT" }, { status: "SENT" }]);
    // The crashed one is retried after its lease under the same key; the provider had it already.
    expect(await deliver(crashed, new Date(NOW.getTime() + LEASE + 1000))).toMatchObject({ outcome: "sent" });
    expect(outbox.requests.filter((r) => r.idempotencyKey === `email:${crashed.id}:v2`)).toHaveLength(2);
    expect(await db.outboxMessage.count()).toBe(3);
  });

  it("R23: sending a keep-in-touch email plans the next one, as marking it done by hand does", async () => {
    const olivia = callerFor(db, ids.owner, () => NOW);
    const janeCaller = callerFor(db, ids.jane, () => NOW);
    // Lisa Park is the recruiter on Jane's Acme interview, Omar Haddad on her Globex one.
    const keepInTouch = (name: string) =>
      db.followUpTask.findMany({ where: { kind: "KEEP_IN_TOUCH", recipient: { name } }, orderBy: { key: "asc" }, select: { id: true, key: true, status: true, dueAt: true, completedAt: true } });
    const [lisaFirst] = await keepInTouch("Lisa Park");
    const [omarFirst] = await keepInTouch("Omar Haddad");

    const { id: draft } = await janeCaller.draft.createFromTask({ taskId: lisaFirst!.id });
    await janeCaller.draft.submit({ id: draft });
    await olivia.draft.approve({ id: draft });
    const email = await scheduleDraftEmail(db, jane, { draftId: draft, when: { kind: "now" } }, NOW);
    expect(await deliver(email, NOW)).toMatchObject({ outcome: "sent" });
    // Omar's, by hand, at the same moment.
    await janeCaller.task.complete({ id: omarFirst!.id });

    const lisa = await keepInTouch("Lisa Park");
    const omar = await keepInTouch("Omar Haddad");
    expect(lisa[0]).toMatchObject({ id: lisaFirst!.id, status: "DONE", completedAt: NOW });
    // Seven weeks (the practice's interval) after the send, first thing (08:30 in New York).
    expect(lisa[1]).toMatchObject({ key: lisaFirst!.key!.replace(/:1$/, ":2"), status: "OPEN", dueAt: new Date("2027-01-11T13:30:00Z") });
    expect(lisa.map((t) => t.status)).toEqual(omar.map((t) => t.status));
    expect(lisa[1]!.dueAt).toEqual(omar[1]!.dueAt);
  });

  it("a fetch whose emails close no task is claimed in one statement and recorded in one", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    const counting = createQueryCountingClient(url);
    expect(await deliverEmails(counting.db, [{ emailId: email.id, scheduleVersion: email.scheduleVersion, isLastAttempt: false }], { now: NOW, leaseMs: LEASE })).toMatchObject([
      { status: "fulfilled", value: { outcome: "sent" } },
    ]);
    expect(counting.queries()).toBe(2);
    await counting.disconnect();
    expect((await db.email.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENT");
  });

  it("a moved send leaves at the new time: the job for the old time does nothing", async () => {
    const first = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    const moved = await moveScheduledEmail(db, jane, { emailId: first.id, when: { kind: "at", localTime: "2026-11-23T21:30" } }, NOW);
    expect(moved.scheduleVersion).toBe(first.scheduleVersion + 1);
    expect(moved.scheduledFor.toISOString()).toBe("2026-11-24T02:30:00.000Z");

    expect(await deliver(first, new Date("2026-11-24T00:00:00Z"))).toEqual({ outcome: "skipped", status: "SCHEDULED" });
    expect(await deliver(moved, new Date("2026-11-24T00:00:00Z"))).toMatchObject({ outcome: "not-due" });
    expect(outbox.requests).toHaveLength(0);
    expect(await deliver(moved, new Date("2026-11-24T02:30:00Z"))).toMatchObject({ outcome: "sent" });
    expect(outbox.requests).toHaveLength(1);
  });

  it("the worker's alarm finds the next time an email is due, and not a cancelled one", async () => {
    const tonight = new Date("2026-11-24T00:00:00Z");
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    expect(await findNextScheduledTime(db, NOW, tonight)).toEqual(tonight);
    expect(await findNextScheduledTime(db, NOW, new Date(tonight.getTime() - 1))).toBeNull();
    expect(await findNextScheduledTime(db, tonight, new Date(tonight.getTime() + 60_000))).toBeNull();
    await cancelScheduledEmail(db, jane, { emailId: email.id }, NOW);
    expect(await findNextScheduledTime(db, NOW, tonight)).toBeNull();
  });

  it("counts the emails the clock has made due until each has gone out; a cancelled one is never counted (what the browser tests wait for)", async () => {
    const tonight = new Date("2026-11-24T00:00:00Z");
    const morning = new Date("2026-11-24T14:00:00Z");
    const cancelled = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    expect(await countEmailsDue(db, NOW)).toBe(0);
    expect(await countEmailsDue(db, tonight)).toBe(1);
    await cancelScheduledEmail(db, jane, { emailId: cancelled.id }, NOW);
    expect(await countEmailsDue(db, morning)).toBe(0);
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "first-thing" } }, NOW);
    expect(await countEmailsDue(db, morning)).toBe(1);
    expect(await deliver(email, morning)).toMatchObject({ outcome: "sent" });
    expect(await countEmailsDue(db, morning)).toBe(0);
  });

  it("a cancelled send never leaves, and can no longer be moved", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "first-thing" } }, NOW);
    await cancelScheduledEmail(db, jane, { emailId: email.id }, NOW);
    expect(await deliver(email, new Date("2026-11-24T14:00:00Z"))).toEqual({ outcome: "skipped", status: "CANCELLED" });
    expect(outbox.requests).toHaveLength(0);
    expect(await failureOf(moveScheduledEmail(db, jane, { emailId: email.id, when: { kind: "now" } }, NOW))).toEqual({ code: "CONFLICT", message: "This send was cancelled." });
    // After a cancel the draft may be scheduled again, as a new email.
    const again = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    expect(again.id).not.toBe(email.id);
  });

  it("refuses what may not go out: unapproved drafts, a second live send, bad times", async () => {
    const unapproved = (await callerFor(db, ids.jane, () => NOW).draft.create({
      interviewId: (await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" } })).id,
      recipientPersonId: (await db.interviewPerson.findFirstOrThrow({ where: { name: "Tom Baker" } })).id,
      templateId: (await db.template.findFirstOrThrow({ where: { kind: "THANK_YOU_EMAIL", practice: { slug: "northstar" } } })).id,
    })).id;
    expect((await failureOf(scheduleDraftEmail(db, jane, { draftId: unapproved, when: { kind: "now" } }, NOW))).message).toMatch(/approves an email/);

    await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    expect((await failureOf(scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW))).message).toMatch(/already scheduled/);
    // A scheduled email's draft is not edited under it.
    expect((await failureOf(callerFor(db, ids.jane, () => NOW).draft.save({ id: draftId, subject: "x", body: "y" }))).message).toMatch(/Cancel the send/);

    const email = await db.email.findFirstOrThrow({ where: { draftId } });
    expect(await failureOf(moveScheduledEmail(db, jane, { emailId: email.id, when: { kind: "at", localTime: "2026-11-22T09:00" } }, NOW))).toEqual({
      code: "BAD_INPUT",
      message: "Choose a time that is still ahead.",
    });
    // A time that is not one is refused at the edge, before the service.
    expect((await failureOf(callerFor(db, ids.jane, () => NOW).email.move({ emailId: email.id, when: { kind: "at", localTime: "tomorrow" } }))).code).toBe("BAD_REQUEST");
    expect((await failureOf(moveScheduledEmail(db, jane, { emailId: email.id, when: { kind: "preset", preset: "tonight" } }, new Date("2026-11-24T01:00:00Z")))).message).toMatch(/Tonight's send time has passed/);
    expect(await db.email.count()).toBe(1);
  });

  it("without required review, the client sends a draft as it stands", async () => {
    await db.practice.updateMany({ data: { reviewRequired: false } });
    const tom = await db.interviewPerson.findFirstOrThrow({ where: { name: "Tom Baker" } });
    const template = await db.template.findFirstOrThrow({ where: { kind: "THANK_YOU_EMAIL", practice: { slug: "northstar" } } });
    const { id } = await callerFor(db, ids.jane, () => NOW).draft.create({ interviewId: tom.interviewId, recipientPersonId: tom.id, templateId: template.id });
    await callerFor(db, ids.jane, () => NOW).draft.save({ id, subject: "Thanks, Tom", body: TOM_BODY });
    const email = await scheduleDraftEmail(db, jane, { draftId: id, when: { kind: "now" } }, NOW);
    expect(await deliver(email, NOW)).toMatchObject({ outcome: "sent" });
  });

  it("who sees what: only the client sends; coaches see the state and never the body; others find nothing", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    const interviewId = (await db.draft.findUniqueOrThrow({ where: { id: draftId } })).interviewId;
    for (const key of ["owner", "coach", "sam", "otherOwner", "otherClient"] as const) {
      const actor = await actorOf(db, ids[key]);
      expect((await failureOf(moveScheduledEmail(db, actor, { emailId: email.id, when: { kind: "now" } }, NOW))).code, key).toBe("NOT_FOUND");
      expect((await failureOf(cancelScheduledEmail(db, actor, { emailId: email.id }, NOW))).code, key).toBe("NOT_FOUND");
      expect((await failureOf(scheduleDraftEmail(db, actor, { draftId, when: { kind: "now" } }, NOW))).code, key).toBe("NOT_FOUND");
    }
    const seenByOwner = await listInterviewEmails(db, await actorOf(db, ids.owner), interviewId);
    expect(seenByOwner.map((e) => [e.id, e.status, e.subject])).toEqual([[email.id, "SCHEDULED", "Thank you, Maria Chen"]]);
    expect(seenByOwner[0]).not.toHaveProperty("html");
    expect(seenByOwner[0]).not.toHaveProperty("text");
    expect(await listInterviewEmails(db, jane, interviewId)).toHaveLength(1);
    for (const key of ["coach", "otherOwner", "otherClient", "sam"] as const) {
      expect(await listInterviewEmails(db, await actorOf(db, ids[key]), interviewId), key).toEqual([]);
    }
  });

  it("backs off after 429 and 500, keeping the claim free for the retry, then sends once", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    outbox.failNext(429, 500);
    const first = await failureOf(deliver(email, NOW));
    expect(first.code).toBe("MailDeliveryError");
    expect(await db.email.findUniqueOrThrow({ where: { id: email.id }, select: { status: true, claimedAt: true, lastError: true } })).toEqual({
      status: "SENDING",
      claimedAt: null,
      lastError: "The mail provider refused the email: Injected 429",
    });
    await expect(deliver(email, NOW)).rejects.toBeInstanceOf(MailDeliveryError);
    expect(await deliver(email, NOW)).toMatchObject({ outcome: "sent" });
    expect(outbox.requests.map((r) => r.status)).toEqual([429, 500, 200]);
    expect(new Set(outbox.requests.map((r) => r.idempotencyKey))).toEqual(new Set([`email:${email.id}:v2`]));
    expect(await db.outboxMessage.count()).toBe(1);
  });

  it("after the last try the email is failed, with the reason told to the client and the coach", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    outbox.failNext(500);
    expect(await deliver(email, NOW, { isLastAttempt: true })).toEqual({ outcome: "failed", reason: "The mail provider refused the email: Injected 500" });
    expect(await db.email.findUniqueOrThrow({ where: { id: email.id }, select: { status: true, failureReason: true } })).toEqual({
      status: "FAILED",
      failureReason: "The mail provider refused the email: Injected 500",
    });
    const notified = await db.notification.findMany({ where: { kind: "EMAIL_FAILED" }, select: { userId: true, message: true } });
    expect(new Set(notified.map((n) => n.userId))).toEqual(new Set([ids.jane, ids.owner]));
    expect(notified[0]!.message).toContain("Injected 500");
    const seenByCoach = await listInterviewEmails(db, await actorOf(db, ids.owner), (await db.draft.findUniqueOrThrow({ where: { id: draftId } })).interviewId);
    expect(seenByCoach[0]).toMatchObject({ status: "FAILED", failureReason: "The mail provider refused the email: Injected 500" });
  });

  it("an email picked up more than a day late after a 429 still goes; one whose attempt was cut off a day ago is failed, not guessed", async () => {
    const late = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    outbox.failNext(429);
    await expect(deliver(late, new Date(NOW.getTime() + 30 * 3_600_000))).rejects.toBeInstanceOf(MailDeliveryError);
    expect(await deliver(late, new Date(NOW.getTime() + 31 * 3_600_000))).toMatchObject({ outcome: "sent" });

    const tom = await db.interviewPerson.findFirstOrThrow({ where: { name: "Tom Baker" } });
    const cut = await db.email.create({
      data: {
        kind: "DRAFT", clientId: ids.jane, recipientPersonId: tom.id, fromAddress: "x@followthrough.example", toAddress: "tom.baker@acme.example",
        subject: "Cut off", html: "<p>x</p>", text: "x", contentVersion: 1, status: "SENDING", claimedAt: NOW, scheduledFor: NOW, createdById: ids.jane,
      },
    });
    const outcome = await deliver(cut, new Date(NOW.getTime() + 25 * 3_600_000));
    expect(outcome).toMatchObject({ outcome: "failed" });
    expect((outcome as { reason: string }).reason).toMatch(/cannot be confirmed/);
    expect(outbox.requests.filter((r) => r.idempotencyKey === `email:${cut.id}:v1`)).toHaveLength(0);
  });

  it("deleting an interview cancels the emails still scheduled from its drafts", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "preset", preset: "tonight" } }, NOW);
    const interviewId = (await db.draft.findUniqueOrThrow({ where: { id: draftId } })).interviewId;
    await callerFor(db, ids.jane, () => NOW).interview.delete({ id: interviewId });
    expect(await db.email.findUniqueOrThrow({ where: { id: email.id }, select: { status: true } })).toEqual({ status: "CANCELLED" });
    expect(await deliver(email, new Date("2026-11-24T00:00:00Z"))).toEqual({ outcome: "skipped", status: "CANCELLED" });
    expect(outbox.requests).toHaveLength(0);
  });

  it("a worker that died after the provider call: the claim is kept until its lease ends, then the same key is sent again and accepted once", async () => {
    const email = await scheduleDraftEmail(db, jane, { draftId, when: { kind: "now" } }, NOW);
    const crash = new Error("worker died");
    await expect(
      deliverEmail(db, { emailId: email.id, scheduleVersion: 1 }, {
        now: NOW,
        isLastAttempt: false,
        leaseMs: LEASE,
        reachFaultPoint: async (point) => {
          if (point === "after-provider") throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect((await db.email.findUniqueOrThrow({ where: { id: email.id } })).status).toBe("SENDING");
    await expect(deliver(email, new Date(NOW.getTime() + 1000))).rejects.toBeInstanceOf(DeliveryInProgressError);
    expect(await deliver(email, new Date(NOW.getTime() + LEASE + 1000))).toMatchObject({ outcome: "sent" });
    expect(outbox.requests).toHaveLength(2);
    expect(await db.outboxMessage.count()).toBe(1);
    expect(await db.emailSend.count()).toBe(1);
  });
});

describe("Resend webhooks", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  const secret = "whsec_" + Buffer.from("followthrough-test-webhook-secret").toString("base64");
  let emailId: string;
  let providerId: string;
  let personId: string;

  function signed(svixId: string, body: object, options: { secret?: string; timestamp?: Date } = {}): Request {
    const payload = JSON.stringify(body);
    const timestamp = options.timestamp ?? new Date();
    const signature = new Webhook(options.secret ?? secret).sign(svixId, timestamp, payload);
    return new Request("http://localhost/api/webhooks/resend", {
      method: "POST",
      headers: { "svix-id": svixId, "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)), "svix-signature": signature },
      body: payload,
    });
  }
  const event = (type: string, extra: object = {}) => ({ type, created_at: NOW.toISOString(), data: { email_id: providerId, ...extra } });
  const statusOf = async () => (await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { status: true } })).status;

  beforeEach(async () => {
    const ids = await seedDemoWorld(db, NOW);
    const draftId = await createApprovedThankYou(db, ids, "Maria Chen", MARIA_BODY, NOW);
    const email = await scheduleDraftEmail(db, await actorOf(db, ids.jane), { draftId, when: { kind: "now" } }, NOW);
    const sent = await deliverEmail(db, { emailId: email.id, scheduleVersion: 1 }, { now: NOW, isLastAttempt: false, leaseMs: LEASE });
    if (sent.outcome !== "sent") throw new Error("setup: not sent");
    emailId = email.id;
    providerId = sent.providerId;
    personId = (await db.interviewPerson.findFirstOrThrow({ where: { name: "Maria Chen" } })).id;
  });

  it("a signed delivered event marks the email delivered", async () => {
    const response = await handleResendWebhook(db, signed("msg_1", event("email.delivered")), secret, NOW);
    expect(response.status).toBe(200);
    expect(await statusOf()).toBe("DELIVERED");
  });

  it("a bounce marks the email and flags the address on the person it belongs to", async () => {
    await handleResendWebhook(db, signed("msg_1", event("email.delivered")), secret, NOW);
    const response = await handleResendWebhook(db, signed("msg_2", event("email.bounced", { bounce: { message: "Mailbox does not exist" } })), secret, NOW);
    expect(response.status).toBe(200);
    expect(await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { status: true, failureReason: true } })).toEqual({
      status: "BOUNCED",
      failureReason: "Bounced: Mailbox does not exist",
    });
    expect((await db.interviewPerson.findUniqueOrThrow({ where: { id: personId } })).emailBouncedAt).toEqual(NOW);
    // A late "delivered" does not undo the bounce.
    await handleResendWebhook(db, signed("msg_3", event("email.delivered")), secret, NOW);
    expect(await statusOf()).toBe("BOUNCED");
  });

  it("a bounce is recorded even when the person has since been removed from the interview", async () => {
    await db.interviewPerson.delete({ where: { id: personId } });
    const response = await handleResendWebhook(db, signed("msg_1", event("email.bounced")), secret, NOW);
    expect(response.status).toBe(200);
    expect(await statusOf()).toBe("BOUNCED");
  });

  it("a complaint is recorded", async () => {
    await handleResendWebhook(db, signed("msg_1", event("email.complained")), secret, NOW);
    expect(await statusOf()).toBe("COMPLAINED");
  });

  it("refuses a forged signature and changes nothing", async () => {
    const forged = signed("msg_1", event("email.bounced"), { secret: "whsec_" + Buffer.from("not-the-secret").toString("base64") });
    const response = await handleResendWebhook(db, forged, secret, NOW);
    expect(response.status).toBe(401);
    expect(await statusOf()).toBe("SENT");
    expect(await db.webhookEvent.count()).toBe(0);
    // A body changed after signing is refused too.
    const good = signed("msg_2", event("email.delivered"));
    const tampered = new Request(good.url, { method: "POST", headers: good.headers, body: JSON.stringify(event("email.bounced")) });
    expect((await handleResendWebhook(db, tampered, secret, NOW)).status).toBe(401);
    expect(await statusOf()).toBe("SENT");
  });

  it("refuses a replayed event (same svix-id) and changes nothing", async () => {
    expect((await handleResendWebhook(db, signed("msg_1", event("email.delivered")), secret, NOW)).status).toBe(200);
    await db.email.update({ where: { id: emailId }, data: { status: "SENT" } });
    const replay = await handleResendWebhook(db, signed("msg_1", event("email.delivered")), secret, NOW);
    expect(replay.status).toBe(409);
    expect(await statusOf()).toBe("SENT");
    expect(await db.webhookEvent.count()).toBe(1);
  });

  it("is off without a secret", async () => {
    expect((await handleResendWebhook(db, signed("msg_1", event("email.delivered")), undefined, NOW)).status).toBe(503);
  });
});

describe("due-today reminders", () => {
  const { db, url } = useTestDatabase();
  let ids: Record<DemoKey, string>;

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  it("are off until the client opts in, then come once a day from first thing, listing what is due that day", async () => {
    const jane = await actorOf(db, ids.jane);
    const today = await db.followUpTask.findMany({
      where: { status: "OPEN", interview: { clientId: ids.jane }, dueAt: { gte: new Date("2026-11-23T05:00:00Z"), lt: new Date("2026-11-24T05:00:00Z") } },
      select: { title: true },
    });
    expect(today.length).toBeGreaterThan(0);
    expect(await queueDueTodayReminders(db, NOW)).toEqual([]);

    await setDueTodayReminders(db, jane, { enabled: true });
    // 08:00 in New York is before the practice's "first thing" (08:30).
    expect(await queueDueTodayReminders(db, new Date("2026-11-23T13:00:00Z"))).toEqual([]);
    const created = await queueDueTodayReminders(db, NOW);
    expect(created).toHaveLength(1);
    const email = await db.email.findUniqueOrThrow({ where: { id: created[0]!.id } });
    expect(email).toMatchObject({ kind: "REMINDER", toAddress: "jane.doe@example.com", status: "SCHEDULED", dedupeKey: `reminder:${ids.jane}:2026-11-23` });
    for (const task of today) {
      expect(email.text).toContain(task.title);
      expect(email.html).toContain(task.title.replace(/&/g, "&amp;").replace(/'/g, "&#x27;"));
    }
    expect(await queueDueTodayReminders(db, new Date(NOW.getTime() + 3_600_000))).toEqual([]);

    await setDueTodayReminders(db, jane, { enabled: false });
    expect(await queueDueTodayReminders(db, new Date("2026-11-24T15:00:00Z"))).toEqual([]);
  });

  it("finds who is due with one query, however many clients opted in, each in their own zone and day", async () => {
    // Twenty opted-in clients in Auckland, without a coach (the default first thing, 08:30), each
    // with a task due on Tuesday 24 November there; one more whose task is due the day after.
    const clients = [];
    for (let i = 0; i < 21; i++) {
      const client = await db.user.create({ data: { email: `nz${i}@example.com`, name: `Kiri ${i}`, role: "CLIENT", timeZone: "Pacific/Auckland", dueTodayReminders: true } });
      await db.interview.create({
        data: {
          clientId: client.id, company: `Co ${i}`, jobTitle: "PM", stage: "FIRST_ROUND", startsAt: NOW,
          // 10:00 in Auckland on the 24th (UTC+13), or on the 25th for the last one.
          tasks: { create: { kind: "CUSTOM", rules: [], title: `Call ${i}`, channel: "PHONE", dueAt: new Date(i === 20 ? "2026-11-24T21:00:00Z" : "2026-11-23T21:00:00Z") } },
        },
      });
      clients.push(client);
    }
    // A zone PostgreSQL does not know is left out; it does not stop the others.
    await db.user.create({ data: { email: "mars@example.com", role: "CLIENT", timeZone: "Mars/Olympus", dueTodayReminders: true } });
    const counting = createQueryCountingClient(url);
    // 04:00 on the 24th in Auckland: before first thing, for everyone there. One query.
    expect(await queueDueTodayReminders(counting.db, NOW)).toEqual([]);
    expect(counting.queries()).toBe(1);
    await counting.disconnect();

    // 08:30 there: twenty reminders, not the one whose task is due tomorrow.
    const created = await queueDueTodayReminders(db, new Date("2026-11-23T19:30:00Z"));
    expect(created).toHaveLength(20);
    const keys = (await db.email.findMany({ where: { kind: "REMINDER" }, select: { dedupeKey: true } })).map((e) => e.dedupeKey);
    expect(new Set(keys)).toEqual(new Set(clients.slice(0, 20).map((c) => `reminder:${c.id}:2026-11-24`)));
    expect(await queueDueTodayReminders(db, new Date("2026-11-23T20:30:00Z"))).toEqual([]);
  });

  it("only a client has the setting", async () => {
    expect((await failureOf(setDueTodayReminders(db, await actorOf(db, ids.owner), { enabled: true }))).code).toBe("NOT_FOUND");
    expect((await failureOf(callerFor(db, ids.jane, () => NOW).account.setDueTodayReminders({ enabled: "yes" as unknown as boolean }))).code).toBe("BAD_REQUEST");
  });
});
