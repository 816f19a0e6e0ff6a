import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitation } from "@/server/invitations/accept-invitation";
import { INVITATION_DAYS } from "@/server/invitations/invitation-token";
import { callerFor, codeOf, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { actorOf } from "./support/emails";
import { useOutboxServer } from "./support/outbox-server";

const NOW = new Date("2026-11-22T12:00:00Z");
const at = (date: Date) => () => date;
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe("invitations", () => {
  const { db } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });

  /** The token from the newest invitation email to `email`, read from the outbox as a person would. */
  async function tokenFromOutbox(email: string): Promise<string> {
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: email } }, orderBy: { receivedAt: "desc" } });
    const match = /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text ?? "");
    expect(match, "invitation link in the text part").not.toBeNull();
    return match![1]!;
  }

  /** The service behind the invitation page's form action (tested below), as `userId` at `now`. */
  async function accept(userId: string, now: Date, input: { token: string; timeZone?: string }) {
    return acceptInvitation(db, await actorOf(db, userId), { timeZone: undefined, ...input }, now);
  }

  async function signUp(email: string) {
    // What Auth.js does on the first magic-link sign-in of a new address.
    return (await db.user.create({ data: { email, emailVerified: NOW }, select: { id: true } })).id;
  }

  it("a coach invites a client by email; the client accepts and becomes that coach's client", async () => {
    const ben = callerFor(db, ids.coach, at(NOW));
    await ben.invitation.inviteClient({ email: "  New.Person@Example.com ", name: "New Person" });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: "new.person@example.com" } } });
    expect(message.subject).toBe("Ben Okafor invites you to Followthrough");
    expect(message.replyTo).toEqual(["ben.okafor@northstar.example"]);
    expect(message.html).toContain("Accept the invitation");

    const token = await tokenFromOutbox("new.person@example.com");
    const userId = await signUp("new.person@example.com");
    await accept(userId, days(1), { token });

    const assignment = await db.coachClient.findUniqueOrThrow({ where: { coachId_clientId: { coachId: ids.coach, clientId: userId } } });
    expect(assignment.practiceId).toBeTruthy();
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).name).toBe("New Person");
    expect((await ben.invitation.list({})).items.find((i) => i.email === "new.person@example.com")?.status).toBe("accepted");
    // Ben now reaches the new client's page.
    expect((await ben.client.get({ id: userId })).email).toBe("new.person@example.com");
  });

  it("a client can have a second coach", async () => {
    await callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "jane.doe@example.com" });
    const token = await tokenFromOutbox("jane.doe@example.com");
    await accept(ids.jane, NOW, { token });
    expect(await db.coachClient.count({ where: { clientId: ids.jane } })).toBe(2);
  });

  it("a new account starts in the time zone of the browser that accepts; an account in use keeps its own", async () => {
    const ben = callerFor(db, ids.coach, at(NOW));
    await ben.invitation.inviteClient({ email: "kiri@example.com" });
    const userId = await signUp("kiri@example.com");
    await accept(userId, NOW, { token: await tokenFromOutbox("kiri@example.com"), timeZone: "Pacific/Auckland" });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).timeZone).toBe("Pacific/Auckland");

    await ben.invitation.inviteClient({ email: "jane.doe@example.com" });
    await accept(ids.jane, NOW, { token: await tokenFromOutbox("jane.doe@example.com"), timeZone: "Asia/Tokyo" });
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.jane } })).timeZone).toBe("America/New_York");
  });

  it("refuses an invitation accepted by someone signed in with another address, and writes nothing", async () => {
    await callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "someone@example.com" });
    const token = await tokenFromOutbox("someone@example.com");
    const error = await errorOf(accept(ids.sam, NOW, { token }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("someone@example.com");
    expect(await db.invitation.count({ where: { acceptedAt: { not: null } } })).toBe(0);
    expect(await db.coachClient.count({ where: { clientId: ids.sam } })).toBe(1);
  });

  it("expires after a week", async () => {
    await callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "late@example.com" });
    const token = await tokenFromOutbox("late@example.com");
    const userId = await signUp("late@example.com");
    const error = await errorOf(accept(userId, days(INVITATION_DAYS + 1), { token }));
    expect([error.code, error.message]).toEqual(["CONFLICT", "This invitation has expired. Ask for a new one."]);
  });

  it("can be revoked, after which it cannot be accepted", async () => {
    const ben = callerFor(db, ids.coach, at(NOW));
    const { id } = await ben.invitation.inviteClient({ email: "revoked@example.com" });
    const token = await tokenFromOutbox("revoked@example.com");
    await ben.invitation.revoke({ id });
    const userId = await signUp("revoked@example.com");
    expect(await codeOf(accept(userId, NOW, { token }))).toBe("CONFLICT");
    expect((await ben.invitation.list({})).items[0]!.status).toBe("revoked");
  });

  it("can be sent again: a new link, a new week, and the old link stops working", async () => {
    const ben = callerFor(db, ids.coach, at(NOW));
    const { id } = await ben.invitation.inviteClient({ email: "again@example.com" });
    const oldToken = await tokenFromOutbox("again@example.com");
    await callerFor(db, ids.coach, at(days(8))).invitation.resend({ id });
    const newToken = await tokenFromOutbox("again@example.com");
    expect(newToken).not.toBe(oldToken);
    expect(await db.outboxMessage.count({ where: { to: { has: "again@example.com" } } })).toBe(2);

    const userId = await signUp("again@example.com");
    expect(await codeOf(accept(userId, days(9), { token: oldToken }))).toBe("NOT_FOUND");
    await accept(userId, days(9), { token: newToken });
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).sentCount).toBe(2);
  });

  it("refuses a second open invitation to the same address", async () => {
    const ben = callerFor(db, ids.coach, at(NOW));
    await ben.invitation.inviteClient({ email: "twice@example.com" });
    expect(await codeOf(ben.invitation.inviteClient({ email: "twice@example.com" }))).toBe("CONFLICT");
    expect(await db.invitation.count({ where: { email: "twice@example.com" } })).toBe(1);
  });

  describe("inviting discloses no one's role", () => {
    /** What the inviter gets back: the answer, and the email as sent, with its one-time token masked. */
    async function inviteAndRead(invite: (email: string) => Promise<unknown>, email: string) {
      const answer = await invite(email).then(
        (value) => ({ ok: Object.keys(value as object).sort() }),
        (error: { code?: string; message: string }) => ({ code: error.code, message: error.message.replaceAll(email, "<address>") }),
      );
      const sent = await db.outboxMessage.findMany({ where: { to: { has: email } }, select: { subject: true, text: true, html: true } });
      const mask = (part: string | null) => part?.replace(/\/invite\/[A-Za-z0-9_-]+/g, "/invite/<token>");
      return { answer, sent: sent.map((m) => ({ subject: m.subject, text: mask(m.text), html: mask(m.html) })) };
    }

    it("an address that is a coach elsewhere, a client elsewhere, or nobody gets the same answer and the same email", async () => {
      const ben = callerFor(db, ids.coach, at(NOW));
      const asClient = (email: string) => ben.invitation.inviteClient({ email });
      const coachElsewhere = await inviteAndRead(asClient, "carlos.mendes@harbor.example");
      const clientElsewhere = await inviteAndRead(asClient, "lee.wong@example.com");
      const nobody = await inviteAndRead(asClient, "nobody@example.com");
      expect(coachElsewhere.answer).toEqual({ ok: ["id"] });
      expect(coachElsewhere).toEqual(nobody);
      expect(clientElsewhere).toEqual(nobody);
      expect(nobody.sent).toHaveLength(1);

      const olivia = callerFor(db, ids.owner, at(NOW));
      const asCoach = (email: string) => olivia.invitation.inviteCoach({ email });
      const coachElsewhereAsCoach = await inviteAndRead(asCoach, "carlos.mendes@harbor.example");
      const clientElsewhereAsCoach = await inviteAndRead(asCoach, "lee.wong@example.com");
      const nobodyAsCoach = await inviteAndRead(asCoach, "nobody.coach@example.com");
      expect(nobodyAsCoach.answer).toEqual({ ok: ["id"] });
      // The client invitation above is also in Carlos's and Lee's inboxes: compare the newest.
      expect(coachElsewhereAsCoach.answer).toEqual(nobodyAsCoach.answer);
      expect(clientElsewhereAsCoach.answer).toEqual(nobodyAsCoach.answer);
      expect(coachElsewhereAsCoach.sent.at(-1)).toEqual(nobodyAsCoach.sent[0]);
      expect(clientElsewhereAsCoach.sent.at(-1)).toEqual(nobodyAsCoach.sent[0]);

      // The inviters' lists show each as open, like any invitation not yet taken up.
      expect((await ben.invitation.list({})).items.map((i) => [i.email, i.status]).sort()).toEqual([
        ["carlos.mendes@harbor.example", "open"],
        ["lee.wong@example.com", "open"],
        ["nobody@example.com", "open"],
      ]);
    });

    it("the invitee, not the inviter, learns of the conflict when accepting, and nothing is written", async () => {
      await callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "carlos.mendes@harbor.example" });
      const asClient = await errorOf(accept(ids.otherOwner, NOW, { token: await tokenFromOutbox("carlos.mendes@harbor.example") }));
      expect(asClient).toEqual({ code: "CONFLICT", message: expect.stringContaining("a coach account cannot become a client") });
      expect(await db.coachClient.count({ where: { clientId: ids.otherOwner } })).toBe(0);

      await callerFor(db, ids.owner, at(NOW)).invitation.inviteCoach({ email: "lee.wong@example.com" });
      const asCoach = await errorOf(accept(ids.otherClient, NOW, { token: await tokenFromOutbox("lee.wong@example.com") }));
      expect(asCoach).toEqual({ code: "CONFLICT", message: expect.stringContaining("a client account cannot become a coach") });
      expect((await db.user.findUniqueOrThrow({ where: { id: ids.otherClient } })).role).toBe("CLIENT");
      expect(await db.practiceCoach.count({ where: { coachId: ids.otherClient } })).toBe(0);

      expect(await db.invitation.count({ where: { acceptedAt: { not: null } } })).toBe(0);
      expect(await db.notification.count()).toBe(0);
    });

    it("still refuses what the inviter may know: their own client, and for the owner the practice's coaches and clients", async () => {
      const ben = callerFor(db, ids.coach, at(NOW));
      const olivia = callerFor(db, ids.owner, at(NOW));
      expect(await errorOf(ben.invitation.inviteClient({ email: "sam.rivera@example.com" }))).toEqual({ code: "CONFLICT", message: "sam.rivera@example.com is already your client." });
      expect(await errorOf(olivia.invitation.inviteClient({ email: "jane.doe@example.com" }))).toEqual({ code: "CONFLICT", message: "jane.doe@example.com is already your client." });
      expect((await errorOf(olivia.invitation.inviteClient({ email: "ben.okafor@northstar.example" }))).message).toBe(
        "ben.okafor@northstar.example coaches in this practice; a coach account cannot become a client.",
      );
      expect((await errorOf(olivia.invitation.inviteCoach({ email: "ben.okafor@northstar.example" }))).message).toBe("ben.okafor@northstar.example already coaches in this practice.");
      expect((await errorOf(olivia.invitation.inviteCoach({ email: "sam.rivera@example.com" }))).message).toBe(
        "sam.rivera@example.com is a client of this practice; a client account cannot become a coach.",
      );
      expect((await errorOf(olivia.invitation.inviteCoach({ email: "jane.doe@example.com" }))).message).toBe(
        "jane.doe@example.com is your client; a client account cannot become a coach.",
      );
      expect(await db.invitation.count()).toBe(0);
      expect(await db.outboxMessage.count()).toBe(0);
    });

    it("another coach's open invitation to the same address is not disclosed: each coach invites for themselves", async () => {
      await callerFor(db, ids.owner, at(NOW)).invitation.inviteClient({ email: "shared@example.com" });
      expect(await codeOf(callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "shared@example.com" }))).toBe("OK");
      const userId = await signUp("shared@example.com");
      await accept(userId, NOW, { token: await tokenFromOutbox("shared@example.com") });
      // The newest link is Ben's: accepting it makes the invitee Ben's client.
      expect((await db.coachClient.findMany({ where: { clientId: userId }, select: { coachId: true } })).map((a) => a.coachId)).toEqual([ids.coach]);
    });
  });

  it("the practice owner invites a coach, who joins the practice", async () => {
    const olivia = callerFor(db, ids.owner, at(NOW));
    await olivia.invitation.inviteCoach({ email: "new.coach@northstar.example", name: "Nova Coach" });
    const token = await tokenFromOutbox("new.coach@northstar.example");
    const userId = await signUp("new.coach@northstar.example");
    await accept(userId, NOW, { token });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, practiceMembership: { select: { practice: { select: { slug: true } } } } } });
    expect(user.role).toBe("COACH");
    expect(user.practiceMembership.map((m) => m.practice.slug)).toEqual(["northstar"]);
  });

  it("only owners invite coaches, only coaches invite clients", async () => {
    expect(await codeOf(callerFor(db, ids.coach, at(NOW)).invitation.inviteCoach({ email: "x@example.com" }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(db, ids.jane, at(NOW)).invitation.inviteClient({ email: "x@example.com" }))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(db, null, at(NOW)).invitation.inviteClient({ email: "x@example.com" }))).toBe("UNAUTHORIZED");
    expect(await db.invitation.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("an invitation is managed by its sender and the practice owner, and no one else", async () => {
    const { id } = await callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "managed@example.com" });
    expect(await codeOf(callerFor(db, ids.otherOwner, at(NOW)).invitation.revoke({ id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(db, ids.jane, at(NOW)).invitation.revoke({ id }))).toBe("NOT_FOUND");
    expect((await callerFor(db, ids.otherOwner, at(NOW)).invitation.list({})).items.map((i) => i.id)).not.toContain(id);
    expect(await codeOf(callerFor(db, ids.owner, at(NOW)).invitation.revoke({ id }))).toBe("OK");
  });

  it("refuses a bad address with a clear message, and writes and sends nothing", async () => {
    const error = await errorOf(callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "not an address" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(await db.invitation.count()).toBe(0);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("removes the invitation again when its email cannot be sent", async () => {
    const saved = process.env.RESEND_BASE_URL;
    process.env.RESEND_BASE_URL = "http://127.0.0.1:9/api/dev-outbox"; // nothing listens on port 9
    try {
      const error = await errorOf(callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "lost@example.com" }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/could not be sent.*reference E-/);
      // The provider's text (here, the address it could not reach) stays in the log.
      expect(error.message).not.toMatch(/127\.0\.0\.1|reach|provider/i);
    } finally {
      process.env.RESEND_BASE_URL = saved;
    }
    expect(await db.invitation.count()).toBe(0);
  });

  it("a resend whose email fails keeps the invitation as it was and shows no provider text", async () => {
    const { id } = await callerFor(db, ids.coach, at(NOW)).invitation.inviteClient({ email: "retry@example.com" });
    const before = await db.invitation.findUniqueOrThrow({ where: { id }, select: { expiresAt: true, revokedAt: true, sentCount: true } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    outbox.failNext(500);
    try {
      const error = await errorOf(callerFor(db, ids.coach, at(days(2))).invitation.resend({ id }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/^The invitation email could not be sent\. .*reference E-/);
      expect(error.message).not.toMatch(/provider|refused|500/i);
      // The detail is in the log, under the same reference.
      const reference = /E-[0-9A-Z]+/.exec(error.message)![0];
      expect(logged.mock.calls.some((call) => String(call[0]).includes(reference))).toBe(true);
    } finally {
      logged.mockRestore();
    }
    expect(await db.invitation.findUniqueOrThrow({ where: { id }, select: { expiresAt: true, revokedAt: true, sentCount: true } })).toEqual(before);
  });
});
