import { beforeEach, describe, expect, it } from "vitest";
import { callerFor, codeOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { fillPrompts } from "./support/drafts";
import { useTestDatabase } from "./support/database";
import { createApprovedThankYou } from "./support/emails";
import { interviewFields } from "./support/interviews";
import { useOutboxServer } from "./support/outbox-server";

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * DOMAIN.md "Who sees what" for writes that read a record and then change it: each write
 * carries the actor's scope in its own `where`, so another tenant's id answers NOT_FOUND and
 * changes nothing. Jane is a client of Northstar (Olivia owns it, Ben coaches there); Carlos
 * owns Harbor; Lee is Harbor's client.
 */
describe("who sees what: writes by another tenant's id change nothing", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  const as = (key: DemoKey) => callerFor(db, ids[key], () => NOW);

  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  it("templates: a coach of another practice can neither rename nor archive a practice's template", async () => {
    const template = await db.template.findFirstOrThrow({ where: { practice: { ownerId: ids.owner } }, include: { versions: { orderBy: { version: "desc" }, take: 1 } } });
    const before = await db.template.findUniqueOrThrow({ where: { id: template.id } });
    const latest = template.versions[0]!;
    expect(await codeOf(as("otherOwner").template.update({ id: template.id, name: "Taken over", subject: latest.subject, body: latest.body }))).toBe("NOT_FOUND");
    expect(await codeOf(as("otherOwner").template.archive({ id: template.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("jane").template.archive({ id: template.id }))).toBe("NOT_FOUND");
    expect(await db.template.findUniqueOrThrow({ where: { id: template.id } })).toEqual(before);
    // The practice's own coach still can.
    expect(await codeOf(as("coach").template.archive({ id: template.id }))).toBe("OK");
    expect((await db.template.findUniqueOrThrow({ where: { id: template.id } })).archivedAt).toEqual(NOW);
  });

  it("references: only the client moves their own reference along", async () => {
    const { id } = await as("jane").reference.add({ name: "Ada Byron", relationship: "Former manager", kind: "EMPLOYMENT" });
    for (const key of ["sam", "otherClient", "owner"] as const) {
      expect(await codeOf(as(key).reference.setStatus({ id, status: "LETTER_RECEIVED" }))).toBe("NOT_FOUND");
    }
    expect(await db.reference.findUniqueOrThrow({ where: { id }, select: { status: true, letterReceivedAt: true } })).toEqual({ status: "NOT_ASKED", letterReceivedAt: null });
  });

  it("interviews: another client can neither edit nor delete an interview, and its people stay as they were", async () => {
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, include: { people: { orderBy: { position: "asc" } } } });
    const edit = { ...interviewFields, id: interview.id, company: "Hijacked", people: interview.people.map((p) => ({ id: p.id, role: p.role, name: "Renamed" })) };
    expect(await codeOf(as("sam").interview.update(edit))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").interview.update(edit))).toBe("NOT_FOUND");
    expect(await codeOf(as("sam").interview.delete({ id: interview.id }))).toBe("NOT_FOUND");
    expect(await db.interview.findUniqueOrThrow({ where: { id: interview.id }, include: { people: { orderBy: { position: "asc" } } } })).toEqual(interview);
  });

  it("drafts: another client cannot save, submit or mark a client's draft; another coach cannot approve it", async () => {
    const interview = await db.interview.findFirstOrThrow({ where: { company: "Acme Robotics" }, select: { id: true, people: { select: { id: true } } } });
    const templateId = (await as("jane").template.list({ kind: "THANK_YOU_EMAIL" }))[0]!.id;
    const { id } = await as("jane").draft.create({ interviewId: interview.id, recipientPersonId: interview.people[0]!.id, templateId });
    await fillPrompts(as("jane"), id);
    const versions = await db.draftVersion.count({ where: { draftId: id } });
    expect(await codeOf(as("sam").draft.save({ id, subject: "Mine now", body: "Mine now" }))).toBe("NOT_FOUND");
    expect(await codeOf(as("sam").draft.submit({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("sam").draft.markLetter({ id, state: "PRINTED" }))).toBe("NOT_FOUND");
    await as("jane").draft.submit({ id });
    const submitted = await db.draft.findUniqueOrThrow({ where: { id } });
    expect(await codeOf(as("otherOwner").draft.approve({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("otherOwner").draft.requestChanges({ id }))).toBe("NOT_FOUND");
    expect(await db.draft.findUniqueOrThrow({ where: { id } })).toEqual(submitted);
    expect(submitted.status).toBe("SUBMITTED");
    expect(await db.draftVersion.count({ where: { draftId: id } })).toBe(versions);
  });

  it("emails: another client can neither move nor cancel a client's scheduled email", async () => {
    const draftId = await createApprovedThankYou(db, ids, "Lisa Park", "Thank you for walking me through the robotics roadmap on Friday.", NOW);
    await as("jane").email.send({ draftId, when: { kind: "preset", preset: "tonight" } });
    const email = await db.email.findFirstOrThrow({ where: { draftId } });
    expect(await codeOf(as("sam").email.move({ emailId: email.id, when: { kind: "preset", preset: "first-thing" } }))).toBe("NOT_FOUND");
    expect(await codeOf(as("sam").email.cancel({ emailId: email.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("owner").email.cancel({ emailId: email.id }))).toBe("NOT_FOUND");
    expect(await db.email.findUniqueOrThrow({ where: { id: email.id } })).toEqual(email);
  });

  it("invitations: a coach of another practice can neither revoke nor resend an invitation", async () => {
    const { id } = await as("coach").invitation.inviteClient({ email: "kept@example.com" });
    const before = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(await codeOf(as("otherOwner").invitation.revoke({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("otherOwner").invitation.resend({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("jane").invitation.resend({ id }))).toBe("NOT_FOUND");
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.outboxMessage.count({ where: { to: { has: "kept@example.com" } } })).toBe(1);
  });
});
