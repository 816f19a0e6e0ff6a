import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { RateLimitedError } from "@/server/errors";
import { consumeSignInEmail } from "@/server/rate-limits/rate-limits";
import { callerFor, errorOf, seedDemoWorld, type DemoKey } from "./support/callers";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";
import { redirectOf } from "./support/redirect-of";

// The sign-in action reads the client's address from the request (scripts/web-server.mjs puts
// it in X-Forwarded-For); outside Next.js the request's headers are stood in for.
const request = vi.hoisted(() => ({ clientAddress: "203.0.113.7" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": request.clientAddress }) }));

const { requestSignInLink } = await import("@/server/auth/sign-in-actions");

async function askForSignInEmail(email: string): Promise<string> {
  const form = new FormData();
  form.set("email", email);
  let state: { error?: string } = {};
  const redirectedTo = await redirectOf(requestSignInLink(null, form).then((answer) => void (state = answer)));
  return redirectedTo ? `REDIRECT ${redirectedTo}` : (state.error ?? "no error");
}

describe("rate limits", () => {
  const { db, url } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let ids: Record<DemoKey, string>;
  beforeEach(async () => {
    outbox.reset();
    request.clientAddress = "203.0.113.7";
    ids = await seedDemoWorld(db);
  });

  it("a burst of 20 sign-in requests for one address sends 3 emails, then says when to try again", async () => {
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await askForSignInEmail("nobody@example.com"));
    expect(answers.slice(0, 3)).toEqual(Array(3).fill("REDIRECT /sign-in/check-email?email=nobody%40example.com"));
    for (const answer of answers.slice(3)) expect(answer).toMatch(/^Too many sign-in emails for this address just now\. Try again in (15|14) minutes\.$/);
    expect(await db.outboxMessage.count({ where: { to: { has: "nobody@example.com" } } })).toBe(3);
  });

  it("limits one client address across many typed addresses, and not another client's", async () => {
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await askForSignInEmail(`stranger${i}@example.com`));
    expect(answers.filter((a) => a.startsWith("REDIRECT"))).toHaveLength(20);
    for (const answer of answers.slice(20)) expect(answer).toMatch(/^Too many sign-in emails from this network just now\. Try again in (15|14) minutes\.$/);
    expect(await db.outboxMessage.count()).toBe(20);
    request.clientAddress = "198.51.100.9";
    expect(await askForSignInEmail("stranger0@example.com")).toMatch(/^REDIRECT/);
  });

  it("counts plus-addressed variants as one inbox, an IPv6 /64 as one network, and a network over its limit spends no one's own count", async () => {
    const { toInboxKey, toNetworkKey } = await import("@/server/rate-limits/rate-limits");
    expect(toInboxKey(" Jane+1@Example.com")).toBe("jane@example.com");
    expect(toInboxKey("jane+a+b@example.com")).toBe(toInboxKey("jane@example.com"));
    expect(toNetworkKey("2001:db8:1:2:aaaa::1")).toBe(toNetworkKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    expect(toNetworkKey("2001:db8:1:3::1")).not.toBe(toNetworkKey("2001:db8:1:2::1"));
    expect(toNetworkKey("203.0.113.7")).toBe("203.0.113.7");

    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await askForSignInEmail(`nobody+${i}@example.com`));
    expect(answers.filter((a) => a.startsWith("REDIRECT"))).toHaveLength(3);

    // A network that has spent its count keeps asking for the victim's address: refused, and
    // the victim's own count is untouched, so the victim still signs in from elsewhere.
    request.clientAddress = "198.51.100.9";
    for (let i = 0; i < 20; i++) await askForSignInEmail(`stranger${i}@example.com`);
    for (let i = 0; i < 5; i++) expect(await askForSignInEmail("victim@example.com")).toMatch(/from this network/);
    request.clientAddress = "192.0.2.44";
    for (let i = 0; i < 3; i++) expect(await askForSignInEmail("victim@example.com")).toMatch(/^REDIRECT/);
  });

  it("two web servers share the counts: a second database client sees the first one's attempts", async () => {
    const other = createPrismaClient(url, { max: 1 });
    try {
      const params = { email: "jane.doe@example.com", clientAddress: "192.0.2.1" };
      await consumeSignInEmail(db, params);
      await consumeSignInEmail(other, params);
      await consumeSignInEmail(db, params);
      const refused = await consumeSignInEmail(other, params).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitedError);
      expect((refused as RateLimitedError).retryAfterMs).toBeGreaterThan(14 * 60_000);
      expect(await db.rateLimit.count({ where: { key: { startsWith: "signInPerAddress:" } } })).toBe(1);
      expect(await db.rateLimit.count({ where: { key: { contains: "jane" } } })).toBe(0);
    } finally {
      await other.$disconnect();
    }
  });

  it("invitations: 30 an hour per coach, then TOO_MANY_REQUESTS with when to try again", async () => {
    const coach = callerFor(db, ids.coach);
    for (let i = 0; i < 30; i++) await coach.invitation.inviteClient({ email: `invitee${i}@example.com` });
    const refused = await errorOf(coach.invitation.inviteClient({ email: "invitee30@example.com" }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/^Too many invitations just now\. Try again in (60|59) minutes\.$/);
    expect(await db.invitation.count({ where: { email: "invitee30@example.com" } })).toBe(0);
    // Another coach has a count of their own.
    await callerFor(db, ids.owner).invitation.inviteClient({ email: "invitee30@example.com" });
  });

  it("template previews and saves are limited per user", async () => {
    const coach = callerFor(db, ids.coach);
    const content = { subject: "Thanks", body: "Dear {{ recipient.firstName }}," };
    for (let i = 0; i < 120; i++) await coach.template.preview(content);
    expect((await errorOf(coach.template.preview(content))).code).toBe("TOO_MANY_REQUESTS");
    const template = { ...content, kind: "THANK_YOU_EMAIL" as const };
    for (let i = 0; i < 30; i++) await coach.template.create({ ...template, name: `Note ${i}` });
    const refused = await errorOf(coach.template.create({ ...template, name: "Note 30" }));
    // "a minute", or seconds once the 30 saves took a while: the wait counts down from the first.
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(refused.message).toMatch(/^Too many template saves just now\. Try again in (a minute|\d+ seconds)\.$/);
    expect(await db.template.count({ where: { name: "Note 30" } })).toBe(0);
  });
});
