import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setTestNow } from "@/server/clock";
import { unsubscribeAction } from "@/server/digests/digest-actions";
import { createUnsubscribeParams } from "@/server/digests/unsubscribe-link";
import { acceptInvitationAction } from "@/server/invitations/invitation-actions";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { formOf } from "./support/form-of";
import { signInAs } from "./support/fake-auth";
import { redirectOf } from "./support/redirect-of";
import { useOutboxServer } from "./support/outbox-server";

vi.mock("@/server/auth/auth", () => import("./support/fake-auth"));
// The session is read from the request's cookie first; these requests carry none, so auth() (mocked above) answers.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const NOW = new Date("2026-11-22T12:00:00Z");

/**
 * The server actions that remain (README: sign-in, sign-out, unsubscribe, accepting an
 * invitation) share one wrapper: the form is parsed at the edge, and errors become messages.
 */
describe("server actions, through their one wrapper", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    ids = await seedDemoWorld(db, NOW);
    process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
    setTestNow(NOW);
    signInAs(null);
  });
  afterEach(() => {
    setTestNow(null);
    delete process.env.FOLLOWTHROUGH_TEST_CLOCK;
  });

  async function invite(email: string): Promise<string> {
    await callerFor(db, ids.coach, () => NOW).invitation.inviteClient({ email });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: email } }, orderBy: { receivedAt: "desc" } });
    return /\/invite\/([A-Za-z0-9_-]+)/.exec(message.text ?? "")![1]!;
  }

  it("accepting an invitation: signed out is asked to sign in; the invitee joins and lands on the home page; an unknown zone is dropped", async () => {
    const token = await invite("kiri@example.com");
    expect(await acceptInvitationAction(null, formOf({ token }))).toEqual({ error: "Sign in to accept the invitation." });

    const kiri = (await db.user.create({ data: { email: "kiri@example.com", emailVerified: NOW }, select: { id: true, timeZone: true } }));
    signInAs(kiri.id);
    expect(await redirectOf(acceptInvitationAction(null, formOf({ token, timeZone: "Mars/Olympus" })))).toBe(`/?joined=client&coach=${ids.coach}`);
    expect(await db.coachClient.count({ where: { clientId: kiri.id, coachId: ids.coach } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: kiri.id } })).timeZone).toBe(kiri.timeZone);
  });

  it("accepting an invitation: a service's refusal and a link edited by hand become messages, and nothing is written", async () => {
    const token = await invite("someone@example.com");
    signInAs(ids.sam);
    expect(await acceptInvitationAction(null, formOf({ token }))).toEqual({ error: "This invitation is for someone@example.com. Sign out, then sign in with that address." });
    expect(await acceptInvitationAction(null, formOf({ token: "not a token\u0000" }))).toEqual({ error: "This invitation link is not valid." });
    expect(await acceptInvitationAction(null, formOf({}))).toEqual({ error: "This invitation link is not valid." });
    expect(await db.invitation.count({ where: { acceptedAt: { not: null } } })).toBe(0);
  });

  it("unsubscribing: the signed link turns the digest off; a changed one is refused with the page's message", async () => {
    const link = createUnsubscribeParams(ids.jane, NOW);
    expect(await unsubscribeAction(null, formOf({ ...link, s: `${link.s.slice(0, -1)}x` }))).toEqual({ error: expect.stringMatching(/^This unsubscribe link is not valid/) });
    expect(await unsubscribeAction(null, formOf({ ...link, u: "" }))).toEqual({ error: expect.stringMatching(/^This unsubscribe link is not valid/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.jane } })).digestEnabled).toBe(true);
    expect(await unsubscribeAction(null, formOf(link))).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.jane } })).digestEnabled).toBe(false);
  });
});
