import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db/client";
import { deliverEmail } from "@/server/email/deliver-email";
import { sendDraftEmail } from "@/server/email/queue-email";
import { consumeRateLimit, consumeSignInEmail } from "@/server/rate-limits/rate-limits";
import { saveProfile } from "@/server/account/manage-profile";
import { callerFor, seedDemoWorld, type DemoKey } from "./callers";
import { actorOf, createApprovedThankYou } from "./emails";

export const MARIA_BODY = "Dear Maria,\n\nYour question about cutting scope on the warehouse-robot launch stayed with me. I wrote up how I would phase it.\n\nJane";
export const TOM_BODY = "Hi Tom,\n\nThanks for walking me through the fleet telemetry. Streaming it would change how the ops team works; I'd love to hear how it goes.\n\nJane";

/**
 * The demo world, with everything a client can have on top: Jane's drafts (approved, commented),
 * an email sent (with its provider record, a webhook event and the outbox's copy) and one
 * scheduled (with its queued job), a reference given to an interview, an expense, a call, items,
 * shared and private notes (and her coach's), notifications to her and to her coach about her
 * interview, sessions, rate-limit counters, an invitation and sign-in rows for her address, a
 * calendar feed, a digest, and a re-plan run with its job. `others` gets a little of the same,
 * so a test can see that it is left alone. Needs the outbox server (useOutboxServer) running.
 */
export async function seedRichWorld(db: Db, now: Date, others: DemoKey = "sam") {
  const ids = await seedDemoWorld(db, now);
  const jane = callerFor(db, ids.jane, () => now);
  const janeActor = await actorOf(db, ids.jane);
  const acme = await db.interview.findFirstOrThrow({ where: { clientId: ids.jane, company: "Acme Robotics" }, select: { id: true } });

  const sentDraft = await createApprovedThankYou(db, ids, "Tom Baker", TOM_BODY, now);
  await callerFor(db, ids.owner, () => now).draft.comment({ id: sentDraft, body: "Lovely detail about the telemetry." });
  const sent = await sendDraftEmail(db, janeActor, { draftId: sentDraft, when: { kind: "now" } }, now);
  const sentRow = await db.email.findUniqueOrThrow({ where: { id: sent.id }, select: { id: true, scheduleVersion: true } });
  const delivered = await deliverEmail(db, { emailId: sentRow.id, scheduleVersion: sentRow.scheduleVersion }, { now, isLastAttempt: false, leaseMs: 60_000 });
  if (delivered.outcome !== "sent") throw new Error(`The seeded email was not sent: ${JSON.stringify(delivered)}`);
  await db.webhookEvent.create({ data: { svixId: `msg_${randomUUID()}`, type: "email.delivered", emailId: sent.id } });

  const scheduledDraft = await createApprovedThankYou(db, ids, "Maria Chen", MARIA_BODY, now);
  const scheduled = await sendDraftEmail(db, janeActor, { draftId: scheduledDraft, when: { kind: "preset", preset: "first-thing" } }, now);

  await jane.record.addNote({ interviewId: acme.id, body: "Shared: they worried about my travel.", visibility: "SHARED" });
  await jane.record.addNote({ interviewId: acme.id, body: "Private: I was nervous about the salary question.", visibility: "PRIVATE" });
  await callerFor(db, ids.owner, () => now).record.addNote({ interviewId: acme.id, body: "Coach: stress the launch experience." });
  await jane.record.addItem({ interviewId: acme.id, kind: "MATERIAL", title: "Portfolio of launch plans" });
  await jane.record.logCall({ interviewId: acme.id, answered: false, notes: "Voicemail to the recruiter" });
  const expense = await jane.record.addExpense({ interviewId: acme.id, description: "Train to Acme", amount: 42.5, currency: "usd" });
  await jane.record.markReimbursementRequested({ id: expense.id });
  const reference = await jane.reference.add({ name: "Rita Reference", relationship: "Former manager", email: "rita@ref.example" });
  await jane.reference.giveTo({ referenceId: reference.id, interviewId: acme.id });

  await db.notification.createMany({
    data: [
      { userId: ids.owner, kind: "LEAD_COLD", message: "Jane Doe's lead at Acme Robotics went cold.", interviewId: acme.id },
      { userId: ids.jane, kind: "DRAFT_APPROVED", message: "Your thank-you was approved.", interviewId: acme.id },
      { userId: ids[others], kind: "DRAFT_APPROVED", message: "Your note was approved.", interviewId: null },
    ],
  });
  for (const key of ["jane", others] as const) {
    const user = await db.user.findUniqueOrThrow({ where: { id: ids[key] }, select: { email: true } });
    await db.session.create({ data: { sessionToken: randomUUID(), userId: ids[key], expires: new Date(now.getTime() + 86_400_000) } });
    await db.account.create({ data: { userId: ids[key], type: "email", provider: "email", providerAccountId: user.email } });
    await consumeRateLimit(db, "exportsPerUser", ids[key]);
    await consumeSignInEmail(db, { email: user.email, clientAddress: key === "jane" ? "203.0.113.7" : "203.0.113.8" });
    await db.verificationToken.create({ data: { identifier: user.email, token: randomUUID(), expires: new Date(now.getTime() + 3_600_000) } });
    await db.signInLinkUse.create({ data: { tokenHash: randomUUID(), identifier: user.email } });
    await db.calendarFeed.create({ data: { userId: ids[key], tokenHash: randomUUID() } });
    const batch = await db.digestBatch.create({ data: {} });
    await db.digest.create({ data: { userId: ids[key], isoWeek: "2026-W47", batchId: batch.id, status: "SENT", toAddress: user.email, subject: "Your week", text: "Your week", html: "<p>Your week</p>" } });
  }
  // Her coach's digest, already sent, names her among the practice's clients.
  const coachBatch = await db.digestBatch.create({ data: { sentAt: now } });
  await db.digest.create({
    data: { userId: ids.owner, isoWeek: "2026-W47", batchId: coachBatch.id, status: "SENT", toAddress: "olivia.owens@northstar.example", subject: "Your clients this week", text: "Jane Doe: 3 interviews\nPriya Shah: 1 interview", html: "<p>Jane Doe: 3 interviews</p><p>Priya Shah: 1 interview</p>" },
  });
  const harbor = await db.practice.findFirstOrThrow({ where: { ownerId: ids.otherOwner }, select: { id: true } });
  await db.invitation.create({
    data: { practiceId: harbor.id, kind: "CLIENT", email: "jane.doe@example.com", inviteeName: "Jane Doe", invitedById: ids.otherOwner, tokenHash: randomUUID(), expiresAt: new Date(now.getTime() + 7 * 86_400_000) },
  });
  // A new zone starts a re-plan run and queues its job.
  await saveProfile(db, janeActor, { name: "Jane Doe", timeZone: "Europe/London" }, now);

  return { ids, acmeId: acme.id, sentEmailId: sent.id, scheduledEmailId: scheduled.id, referenceId: reference.id };
}
