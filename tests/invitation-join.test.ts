import { beforeEach, describe, expect, it } from "vitest";
import { describeSignInLink } from "@/server/auth/sign-in-link";
import { joinByInvitationAction } from "@/server/invitations/invitation-actions";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { formOf } from "./support/form-of";
import { useOutboxServer } from "./support/outbox-server";
import { useTestClock } from "./support/test-clock";

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * Issue 16 point 10: an invited client joins from the invitation email alone. The page's one
 * button accepts and hands the browser Auth.js's one-time callback, which signs them in and
 * opens a welcome that names the coach.
 */
describe("joining from the invitation link", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
  });
  // The action reads the one clock: fixed, so the invitations' 7 days are counted from NOW.
  useTestClock(NOW);

  async function invite(email: string, as: DemoKey = "coach"): Promise<string> {
    await callerFor(db, ids[as], () => NOW).invitation.inviteClient({ email, name: "Kiri Tane" });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: email } }, orderBy: { receivedAt: "desc" } });
    return /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text ?? "")![1]!;
  }

  /** Where the page sends the browser: Auth.js's callback, its one-time token and the welcome after it. */
  function parseSignInUrl(signInUrl: string | undefined) {
    const url = new URL(signInUrl!, "http://localhost:3999");
    return { path: url.pathname, email: url.searchParams.get("email")!, token: url.searchParams.get("token")!, callbackUrl: url.searchParams.get("callbackUrl")! };
  }

  it("a new client joins with one email and one click on the page: the account is made, linked to the coach and signed in", async () => {
    const token = await invite("kiri@example.com");
    const state = await joinByInvitationAction(null, formOf({ token, timeZone: "Pacific/Auckland" }));
    expect(state.error).toBeUndefined();
    const link = parseSignInUrl(state.signInUrl);
    expect(link).toMatchObject({ path: "/api/auth/callback/email", email: "kiri@example.com", callbackUrl: `/?joined=client&coach=${ids.coach}` });
    // A token Auth.js will take, for this address, on the real clock it checks.
    expect(await describeSignInLink(db, { email: link.email, token: link.token }, new Date())).toBe("valid");

    const kiri = await db.user.findUniqueOrThrow({ where: { email: "kiri@example.com" }, select: { id: true, name: true, timeZone: true, role: true } });
    expect(kiri).toMatchObject({ name: "Kiri Tane", timeZone: "Pacific/Auckland", role: "CLIENT" });
    expect(await db.coachClient.count({ where: { clientId: kiri.id, coachId: ids.coach } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: { has: "kiri@example.com" } } })).toBe(1);
    // The welcome's coach comes from the client's own coaches.
    expect(await callerFor(db, kiri.id, () => NOW).practice.myCoaches()).toEqual([
      { id: ids.coach, name: "Ben Okafor", email: "ben.okafor@northstar.example", practiceName: "Northstar Career Coaching" },
    ]);

    // The link works once: a second click signs no one in.
    const tokensBefore = await db.verificationToken.count();
    expect(await joinByInvitationAction(null, formOf({ token }))).toEqual({ error: "This invitation was already accepted." });
    expect(await db.verificationToken.count()).toBe(tokensBefore);
  });

  it("an existing client invited by a second coach joins their own account, which keeps its zone", async () => {
    const token = await invite("jane.doe@example.com");
    const state = await joinByInvitationAction(null, formOf({ token, timeZone: "Asia/Tokyo" }));
    expect(parseSignInUrl(state.signInUrl).email).toBe("jane.doe@example.com");
    expect(await db.coachClient.count({ where: { clientId: ids.jane } })).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.jane } })).timeZone).toBe("America/New_York");
    expect(await db.user.count({ where: { email: "jane.doe@example.com" } })).toBe(1);
  });

  it("an account that cannot take the invitation is told so and is not signed in; an edited link is refused", async () => {
    const token = await invite("carlos.mendes@harbor.example");
    const tokensBefore = await db.verificationToken.count();
    const refused = await joinByInvitationAction(null, formOf({ token }));
    expect(refused.error).toMatch(/^You have a coach account/);
    expect(refused.signInUrl).toBeUndefined();
    expect(await db.verificationToken.count()).toBe(tokensBefore);
    expect(await db.coachClient.count({ where: { clientId: ids.otherOwner } })).toBe(0);

    expect(await joinByInvitationAction(null, formOf({ token: "not a token!" }))).toEqual({ error: "This invitation link is not valid." });
    expect(await joinByInvitationAction(null, formOf({ token: "A".repeat(43) }))).toEqual({ error: "Invitation was not found." });
    expect(await db.verificationToken.count()).toBe(tokensBefore);
  });

  it("an expired or withdrawn invitation signs no one in and makes no account", async () => {
    const token = await invite("late@example.com");
    await db.invitation.updateMany({ where: { email: "late@example.com" }, data: { expiresAt: new Date(NOW.getTime() - 1) } });
    expect((await joinByInvitationAction(null, formOf({ token }))).error).toBe("This invitation has expired. Ask for a new one.");
    expect(await db.user.count({ where: { email: "late@example.com" } })).toBe(0);
  });
});
