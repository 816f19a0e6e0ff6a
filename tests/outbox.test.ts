import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as outboxRoute } from "@/app/api/dev-outbox/[...path]/route";
import { GET as clockGet, POST as clockPost } from "@/app/api/test/clock/route";
import { POST as pageHoldPost } from "@/app/api/test/page-hold/route";
import { waitWhilePagesHeld } from "@/server/dev-tools/page-hold";
import { normalizeForwardingHeaders } from "../scripts/lib/client-address.mjs";
import { getConfig } from "@/server/config";
import { MailDeliveryError, sendMail, sendMailBatch } from "@/server/mail/send-mail";
import { handleOutboxRequest } from "@/server/outbox/handle-outbox-request";
import { useTestDatabase } from "./support/database";
import { useOutboxServer } from "./support/outbox-server";

// The app's clock as the outbox sees it: fixed, so no test depends on today.
const RECEIVED_AT = new Date("2026-11-24T01:30:00Z");

describe("the one mail sender and the dev outbox", () => {
  const { db } = useTestDatabase();
  useOutboxServer(db);

  it("sends through the Resend SDK and the outbox keeps the message and its raw request", async () => {
    const { providerId } = await sendMail({
      from: "Jane Doe <notes@followthrough.example>",
      to: "maria.chen@acme.example",
      replyTo: "jane.doe@example.com",
      subject: "Thank you",
      html: "<p>Thank you</p>",
      text: "Thank you",
      tags: [{ name: "kind", value: "thank-you" }],
    });
    const stored = await db.outboxMessage.findUniqueOrThrow({ where: { id: providerId } });
    expect(stored).toMatchObject({ fromAddress: "Jane Doe <notes@followthrough.example>", to: ["maria.chen@acme.example"], replyTo: ["jane.doe@example.com"], subject: "Thank you" });
    const raw = stored.rawRequest as { method: string; path: string; headers: Record<string, string>; body: Record<string, unknown> };
    expect(raw.method).toBe("POST");
    expect(raw.path).toBe("/api/dev-outbox/emails");
    expect(raw.headers.authorization).toBe("Bearer [redacted]");
    expect(raw.body).toMatchObject({ reply_to: "jane.doe@example.com", tags: [{ name: "kind", value: "thank-you" }] });
  });

  it("answers a repeated idempotency key with the first message, as Resend does", async () => {
    const mail = { to: "x@example.com", subject: "Once", html: "<p>once</p>", text: "once", idempotencyKey: "email:1:v1" };
    const first = await sendMail(mail);
    const second = await sendMail(mail);
    expect(second.providerId).toBe(first.providerId);
    expect(await db.outboxMessage.count()).toBe(1);
    const raw = (await db.outboxMessage.findFirstOrThrow()).rawRequest as { headers: Record<string, string> };
    expect(raw.headers["idempotency-key"]).toBe("email:1:v1");
  });

  it("refuses a malformed message with a 422, which the sender reports as not retryable", async () => {
    const response = await handleOutboxRequest(db, new Request("http://x/api/dev-outbox/emails", { method: "POST", body: JSON.stringify({ to: "x@example.com" }) }), RECEIVED_AT);
    expect(response.status).toBe(422);
    const error = await sendMail({ to: "x@example.com", subject: "", html: "", text: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).retryable).toBe(false);
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("stores each message of a batch", async () => {
    const response = await handleOutboxRequest(
      db,
      new Request("http://x/api/dev-outbox/emails/batch", {
        method: "POST",
        body: JSON.stringify([1, 2, 3].map((n) => ({ from: "a@b.example", to: [`r${n}@example.com`], subject: `n${n}`, text: "t" }))),
      }),
      RECEIVED_AT,
    );
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(3);
    // Stamped with the app's clock (which tests may move), not the database's.
    expect((await db.outboxMessage.findMany({ select: { receivedAt: true } })).map((m) => m.receivedAt.toISOString())).toEqual(Array(3).fill("2026-11-24T01:30:00.000Z"));
  });

  it("like Resend, a batch with an invalid address is refused whole in strict mode; permissive mode sends the rest", async () => {
    const batch = ["r1@example.com", "not an address", "Ann Lee <ann@example.com>"].map((to, n) => ({ from: "Followthrough <a@b.example>", to, subject: `n${n}`, text: "t" }));
    const post = (headers: Record<string, string>) =>
      handleOutboxRequest(db, new Request("http://x/api/dev-outbox/emails/batch", { method: "POST", headers, body: JSON.stringify(batch) }), RECEIVED_AT);
    const strict = await post({});
    expect(strict.status).toBe(422);
    expect(((await strict.json()) as { message: string }).message).toMatch(/email 1: to/);
    expect(await db.outboxMessage.count()).toBe(0);

    const permissive = await post({ "x-batch-validation": "permissive" });
    const answer = (await permissive.json()) as { data: { id: string }[]; errors: { index: number; message: string }[] };
    expect(answer.data).toHaveLength(2);
    expect(answer.errors).toEqual([{ index: 1, message: expect.stringMatching(/Invalid email address/) }]);
    expect((await db.outboxMessage.findMany({ orderBy: { arrival: "asc" }, select: { to: true } })).map((m) => m.to)).toEqual([["r1@example.com"], ["Ann Lee <ann@example.com>"]]);

    // Through the SDK: one result per email, in the order sent.
    const results = await sendMailBatch(batch.map((m) => ({ ...m, html: "<p>t</p>" })), "batch-key");
    expect(results.map((r) => ("providerId" in r ? "sent" : r.refused))).toEqual(["sent", expect.stringMatching(/Invalid email address/), "sent"]);
  });

  it("does not exist when the outbox is off, as with a real Resend key", async () => {
    const saved = { outbox: process.env.FOLLOWTHROUGH_OUTBOX, key: process.env.RESEND_API_KEY };
    process.env.FOLLOWTHROUGH_OUTBOX = "0";
    process.env.RESEND_API_KEY = "re_live_key";
    try {
      expect(getConfig().outboxEnabled).toBe(false);
      const response = await outboxRoute(new Request("http://x/api/dev-outbox/emails", { method: "POST", body: JSON.stringify({ from: "a@b.c", to: "x@y.z", subject: "s", text: "t" }) }));
      expect(response.status).toBe(404);
      expect(await db.outboxMessage.count()).toBe(0);
    } finally {
      process.env.FOLLOWTHROUGH_OUTBOX = saved.outbox;
      if (saved.key === undefined) delete process.env.RESEND_API_KEY;
      else process.env.RESEND_API_KEY = saved.key;
    }
  });

  describe("in a production build, when asked for, answers this machine only", () => {
    afterEach(() => vi.unstubAllEnvs());
    // The headers as scripts/web-server.mjs hands the request to Next.js: from the socket's
    // address and whatever forwarding headers arrived with it.
    const from = (address: string, init: RequestInit = {}, arrived: Record<string, string> = {}) => {
      const request = { headers: { ...arrived }, socket: { remoteAddress: address } };
      normalizeForwardingHeaders(request as never, 0, new URL("https://coach.example.com"));
      return { ...init, headers: request.headers };
    };
    const email = { method: "POST", body: JSON.stringify({ from: "hello@followthrough.example", to: "x@example.com", subject: "s", text: "t" }) };

    it("the outbox endpoint: 404 from another machine, open from loopback", async () => {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("FOLLOWTHROUGH_OUTBOX", "1");
      for (const address of ["203.0.113.7", "10.0.0.5", "unknown"]) {
        expect((await outboxRoute(new Request("http://x/api/dev-outbox/emails", from(address, email)))).status).toBe(404);
      }
      // A proxy on this machine connects over loopback, but says whom it forwards for; a client's
      // own claim to be local is dropped.
      for (const arrived of [{ "x-forwarded-for": "203.0.113.7" }, { forwarded: "for=203.0.113.7" }, { "x-real-ip": "127.0.0.1" }] as Record<string, string>[]) {
        expect((await outboxRoute(new Request("http://x/api/dev-outbox/emails", from("127.0.0.1", email, arrived)))).status).toBe(404);
      }
      expect((await outboxRoute(new Request("http://x/api/dev-outbox/emails", from("203.0.113.7", email, { "x-followthrough-local": "1" })))).status).toBe(404);
      expect(await db.outboxMessage.count()).toBe(0);
      for (const address of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
        expect((await outboxRoute(new Request("http://x/api/dev-outbox/emails", from(address, email)))).status).toBe(200);
      }
      expect(await db.outboxMessage.count()).toBe(3);
    });

    it("the outbox endpoint does not exist unless switched on, even from loopback", async () => {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("FOLLOWTHROUGH_OUTBOX", "");
      expect((await outboxRoute(new Request("http://x/api/dev-outbox/emails", from("127.0.0.1", email)))).status).toBe(404);
      expect(await db.outboxMessage.count()).toBe(0);
    });

    it("the test clock: 404 unless switched on, 404 from another machine, and never with a Resend key", async () => {
      vi.stubEnv("NODE_ENV", "production");
      const set = (address: string) => clockPost(new Request("http://x/api/test/clock", from(address, { method: "POST", body: JSON.stringify({ now: null }) })));
      vi.stubEnv("FOLLOWTHROUGH_TEST_CLOCK", "");
      expect((await set("127.0.0.1")).status).toBe(404);
      vi.stubEnv("FOLLOWTHROUGH_TEST_CLOCK", "1");
      expect((await set("203.0.113.7")).status).toBe(404);
      expect((await clockGet(new Request("http://x/api/test/clock", from("203.0.113.7")))).status).toBe(404);
      expect((await set("127.0.0.1")).status).toBe(200);
      vi.stubEnv("RESEND_API_KEY", "re_live_key");
      expect((await set("127.0.0.1")).status).toBe(404);
    });

    it("the page hold (browser tests see a route's loading state): 404 unless the test clock is on, and from this machine; held pages wait until let go", async () => {
      vi.stubEnv("NODE_ENV", "production");
      const post = (address: string, data: unknown) =>
        pageHoldPost(new Request("http://x/api/test/page-hold", from(address, { method: "POST", body: JSON.stringify(data) })));
      vi.stubEnv("FOLLOWTHROUGH_TEST_CLOCK", "");
      expect((await post("127.0.0.1", { held: true })).status).toBe(404);
      vi.stubEnv("FOLLOWTHROUGH_TEST_CLOCK", "1");
      expect((await post("203.0.113.7", { held: true })).status).toBe(404);
      expect((await post("127.0.0.1", { held: "yes" })).status).toBe(400);
      await waitWhilePagesHeld(); // nothing held: returns at once

      expect((await post("127.0.0.1", { held: true })).status).toBe(200);
      let arrived = false;
      const page = waitWhilePagesHeld().then(() => (arrived = true));
      // Only the release can settle the hold, so one turn of the event loop shows it still waiting.
      await new Promise((resolve) => setImmediate(resolve));
      expect(arrived).toBe(false);
      expect((await post("127.0.0.1", { held: false })).status).toBe(200);
      await page;
      expect(arrived).toBe(true);
    });
  });
});
