import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isAllowedToSignIn } from "@/server/auth/sign-in-policy";
import { TEMPLATE_KINDS } from "@/lib/validation/template-fields";
import { finishPracticeSignUp, practiceSignUpInput, requestPracticeSignUp, SIGN_UP_HOURS } from "@/server/practices/practice-sign-up";
import { callerFor, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { formOf } from "./support/form-of";
import { actorOf } from "./support/emails";
import { useOutboxServer } from "./support/outbox-server";
import { redirectOf } from "./support/redirect-of";

// The action reads the client's address from the request, and Auth.js's signIn() the request's
// headers and cookie jar; outside Next.js they are stood in for (the cookies it sets are not needed here).
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
  cookies: async () => ({ set: () => {} }),
}));
const { requestPracticeSignUpAction } = await import("@/server/practices/sign-up-actions");

const NOW = new Date("2026-11-22T12:00:00Z");

/** The sign-up form as a browser sends it: the redirect on success, or the message shown. */
async function submitSignUp(fields: Record<string, string>): Promise<string> {
  let state: { error?: string } = {};
  const redirectedTo = await redirectOf(requestPracticeSignUpAction(null, formOf(fields)).then((answer) => void (state = answer)));
  return redirectedTo ? `REDIRECT ${redirectedTo}` : `ERROR ${state.error ?? "none"}`;
}

const ANA = { email: "ana@coaches.example", name: "Ana Lima", practiceName: "Lima Coaching", timeZone: "Europe/Lisbon" };

describe("starting a practice on the web", () => {
  const { db } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    outbox.reset();
    ids = await seedDemoWorld(db, NOW);
  });
  afterEach(() => {
    delete process.env.FOLLOWTHROUGH_SIGN_UP;
  });

  /** What Auth.js does on the first sign-in of a new address, from the sign-up's link. */
  async function signInFirstTime(email: string) {
    return (await db.user.create({ data: { email, emailVerified: NOW }, select: { id: true } })).id;
  }

  async function countWrites() {
    return { signUps: await db.practiceSignUp.count(), practices: await db.practice.count(), users: await db.user.count(), limits: await db.rateLimit.count() };
  }

  it("anyone: the form emails a sign-in link that comes back to finish; the coach then owns the practice with the default templates and invites a first client", async () => {
    process.env.FOLLOWTHROUGH_SIGN_UP = "anyone";
    expect(await submitSignUp(ANA)).toBe("REDIRECT /sign-in/check-email?email=ana%40coaches.example");
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: ANA.email } } });
    expect(message.subject).toBe("Your Followthrough sign-in link");
    expect(message.text).toContain("callbackUrl=%2Fsign-up%2Ffinish");
    expect(await isAllowedToSignIn(db, ANA.email, NOW)).toBe(true);

    const anaId = await signInFirstTime(ANA.email);
    const ana = callerFor(db, anaId, () => NOW);
    expect(await ana.practice.openSignUp()).toEqual({ practiceName: "Lima Coaching", name: "Ana Lima" });
    await finishPracticeSignUp(db, await actorOf(db, anaId), NOW);

    const practice = await db.practice.findFirstOrThrow({ where: { ownerId: anaId }, include: { coaches: true, templates: true } });
    expect(practice).toMatchObject({ name: "Lima Coaching", slug: "lima-coaching" });
    expect(practice.coaches.map((c) => c.coachId)).toEqual([anaId]);
    expect(practice.templates.map((t) => t.kind).sort()).toEqual([...TEMPLATE_KINDS].sort());
    expect(await db.user.findUniqueOrThrow({ where: { id: anaId }, select: { role: true, name: true, timeZone: true } })).toEqual({
      role: "COACH",
      name: "Ana Lima",
      timeZone: "Europe/Lisbon",
    });
    // The request is used up: a second finish finds nothing, and nothing is created twice.
    expect(await db.practiceSignUp.count()).toBe(0);
    await expect(finishPracticeSignUp(db, await actorOf(db, anaId), NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.practice.count({ where: { ownerId: anaId } })).toBe(1);

    await ana.invitation.inviteClient({ email: "first.client@example.com", name: "First Client" });
    expect(await db.outboxMessage.count({ where: { to: { has: "first.client@example.com" } } })).toBe(1);
    // Ana's practice is hers alone: another practice's owner finds none of it.
    expect((await callerFor(db, ids.otherOwner, () => NOW).practice.members()).map((p) => p.name)).toEqual(["Harbor Coaching"]);
  });

  it("an allow-list admits its domains and their subdomains in any case, and refuses anything else without writing", async () => {
    process.env.FOLLOWTHROUGH_SIGN_UP = "coaches.example, uni.edu";
    expect(await submitSignUp({ ...ANA, email: "Ana@EU.Coaches.Example" })).toBe("REDIRECT /sign-in/check-email?email=ana%40eu.coaches.example");
    expect(await db.practiceSignUp.count({ where: { email: "ana@eu.coaches.example" } })).toBe(1);

    const before = await countWrites();
    const refused = await submitSignUp({ ...ANA, email: "mallory@badcoaches.example" });
    expect(refused).toBe("ERROR Practices here can be started with an address at @coaches.example, @uni.edu (or a subdomain of it).");
    expect(await countWrites()).toEqual(before);
    expect(await db.outboxMessage.count({ where: { to: { has: "mallory@badcoaches.example" } } })).toBe(0);
  });

  it("invite-only: the page says so, the form and the finish are refused, and nothing is written", async () => {
    process.env.FOLLOWTHROUGH_SIGN_UP = "invite-only";
    const anonymous = callerFor(db, null, () => NOW);
    expect(await anonymous.practice.signUpSetting()).toEqual({ open: false, description: expect.stringContaining("by invitation only") });
    const before = await countWrites();
    expect(await submitSignUp(ANA)).toMatch(/^ERROR New practices on this Followthrough start by invitation only/);
    expect(await countWrites()).toEqual(before);
    expect(await isAllowedToSignIn(db, ANA.email, NOW)).toBe(false);

    // A request left from before the deployment closed sign-up is not finished either.
    await requestPracticeSignUp(db, ANA, { clientAddress: "203.0.113.9", now: NOW, setting: { kind: "anyone" } });
    const anaId = await signInFirstTime(ANA.email);
    await expect(finishPracticeSignUp(db, await actorOf(db, anaId), NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.practice.count({ where: { ownerId: anaId } })).toBe(0);
  });

  it("the answer does not reveal whether an address has an account; a client's account is told only once signed in as itself", async () => {
    process.env.FOLLOWTHROUGH_SIGN_UP = "anyone";
    const forStranger = await submitSignUp({ ...ANA, email: "stranger@example.com" });
    const forJane = await submitSignUp({ ...ANA, email: "jane.doe@example.com" });
    expect(forJane).toBe(forStranger.replace("stranger", "jane.doe"));
    // Both get a sign-in link: Jane's inbox is Jane's.
    expect(await db.outboxMessage.count({ where: { to: { has: "jane.doe@example.com" }, subject: "Your Followthrough sign-in link" } })).toBe(1);

    await expect(finishPracticeSignUp(db, await actorOf(db, ids.jane), NOW)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("client's account") });
    expect(await db.practice.count({ where: { ownerId: ids.jane } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.jane } })).role).toBe("CLIENT");
    // Still open: the failed finish wrote nothing, the request included.
    expect(await db.practiceSignUp.count({ where: { email: "jane.doe@example.com" } })).toBe(1);
  });

  it("bad input is answered with a message and writes nothing", async () => {
    process.env.FOLLOWTHROUGH_SIGN_UP = "anyone";
    const before = await countWrites();
    expect(await submitSignUp({ ...ANA, email: "not-an-email" })).toMatch(/^ERROR /);
    expect(await submitSignUp({ ...ANA, practiceName: "" })).toBe("ERROR Give the practice a name");
    expect(await submitSignUp({ ...ANA, name: "x".repeat(500) })).toMatch(/^ERROR /);
    expect(await submitSignUp({ ...ANA, timeZone: "Mars/Olympus" })).toBe("ERROR Choose a valid time zone");
    expect(await submitSignUp({ ...ANA, extra: "field" })).toMatch(/^ERROR /);
    expect(await countWrites()).toEqual(before);
    expect(practiceSignUpInput.safeParse({ ...ANA, practiceName: "A\u0000B" }).success).toBe(false);
  });

  it("shares the sign-in email limits: a fourth request for one inbox in 15 minutes is refused with when to try again", async () => {
    process.env.FOLLOWTHROUGH_SIGN_UP = "anyone";
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await submitSignUp({ ...ANA, email: `ana+${i}@coaches.example` }));
    expect(answers.slice(0, 3).every((a) => a.startsWith("REDIRECT "))).toBe(true);
    expect(answers[3]).toMatch(/^ERROR Too many sign-in emails for this address just now\. Try again in (15|14) minutes\.$/);
    expect(await db.outboxMessage.count({ where: { to: { has: "ana+3@coaches.example" } } })).toBe(0);
  });

  it("a request lasts a day: after that the address may not sign in for it, and it cannot be finished", async () => {
    await requestPracticeSignUp(db, ANA, { clientAddress: "203.0.113.9", now: NOW, setting: { kind: "anyone" } });
    const later = new Date(NOW.getTime() + SIGN_UP_HOURS * 3_600_000 + 1);
    expect(await isAllowedToSignIn(db, ANA.email, later)).toBe(false);
    const anaId = await signInFirstTime(ANA.email);
    await expect(finishPracticeSignUp(db, await actorOf(db, anaId), later, { kind: "anyone" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.practice.count({ where: { ownerId: anaId } })).toBe(0);
  });
});
