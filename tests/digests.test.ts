import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "@/app/api/digest/unsubscribe/route";
import type { Db } from "@/server/db/client";
import { planDigestBatches, sendDigestBatch } from "@/server/digests/digest-batches";
import { findLastDigestFailure, saveDigestSettings } from "@/server/digests/digest-settings";
import { callerFor } from "./support/callers";
import { loadDigestData } from "@/server/digests/load-digest-data";
import { derivePurposeKey } from "@/server/auth/purpose-key";
import { setTestNow } from "@/server/clock";
import {
  buildOneClickUnsubscribeUrl,
  checkUnsubscribeLink,
  createUnsubscribeParams,
  signUnsubscribe,
  UNSUBSCRIBE_LINK_DAYS,
} from "@/server/digests/unsubscribe-link";
import { createQueryCountingClient, useTestDatabase } from "./support/database";
import { actorOf } from "./support/emails";
import { useOutboxServer } from "./support/outbox-server";

// Monday 23 November 2026, 09:00 in New York: past the default Monday 08:00.
const NOW = new Date("2026-11-23T14:00:00Z");
const DAY = 86_400_000;

/** A small practice with a known week: one busy client, one quiet client, their coach. */
async function seedWeek(db: Db) {
  const coach = await db.user.create({ data: { email: "coach@practice.example", name: "Olivia Owens", role: "COACH", timeZone: "America/New_York" } });
  const practice = await db.practice.create({ data: { name: "Northstar", slug: "northstar-digest", ownerId: coach.id, coaches: { create: { coachId: coach.id } } } });
  const jane = await db.user.create({ data: { email: "jane@example.com", name: "Jane Doe", role: "CLIENT", timeZone: "America/New_York" } });
  const sam = await db.user.create({ data: { email: "sam@example.com", name: "Sam Rivera", role: "CLIENT", timeZone: "America/New_York" } });
  for (const client of [jane, sam]) await db.coachClient.create({ data: { coachId: coach.id, clientId: client.id, practiceId: practice.id } });

  const acme = await db.interview.create({
    data: {
      clientId: jane.id,
      company: "Acme",
      jobTitle: "Product Manager",
      stage: "FIRST_ROUND",
      startsAt: new Date("2026-11-19T15:00:00Z"),
      timelineKind: "DECISION",
      timelineDate: new Date("2026-11-27T00:00:00Z"),
      people: { create: [{ role: "INTERVIEWER", name: "Maria Chen", email: "maria@acme.example" }, { role: "INTERVIEWER", name: "Tom Baker", email: "tom@acme.example" }] },
    },
    include: { people: true },
  });
  const task = (title: string, dueAt: string, status: "OPEN" | "DONE" = "OPEN") =>
    db.followUpTask.create({ data: { interviewId: acme.id, kind: "CUSTOM", rules: [], title, channel: "EMAIL", dueAt: new Date(dueAt), status, completedAt: status === "DONE" ? NOW : null } });
  await task("Send the portfolio", "2026-11-20T22:00:00Z");
  await task("Call Maria about the decision", "2026-11-25T13:30:00Z");
  await task("Done already", "2026-11-24T13:30:00Z", "DONE");
  await task("Next week's call", "2026-12-01T13:30:00Z");
  const draft = (personId: string, status: "APPROVED" | "CHANGES_REQUESTED" | "SUBMITTED", subject: string) =>
    db.draft.create({ data: { interviewId: acme.id, recipientPersonId: personId, kind: "THANK_YOU_EMAIL", status, submittedAt: NOW, versions: { create: { version: 1, subject, body: "…", authorId: jane.id } } } });
  await draft(acme.people[0]!.id, "APPROVED", "Thank you, Maria");
  await draft(acme.people[1]!.id, "CHANGES_REQUESTED", "Thanks, Tom");
  await db.reference.create({ data: { clientId: jane.id, name: "Ann Lee", relationship: "Former manager", email: "ann@example.com", status: "ASKED" } });
  await db.expense.create({ data: { interviewId: acme.id, description: "Train to Acme", amountCents: 4250, currency: "USD", requestedAt: new Date("2026-11-02T15:00:00Z") } });

  // Sam: quiet since October, a cold lead, a draft waiting for the coach.
  const initech = await db.interview.create({
    data: { clientId: sam.id, company: "Initech", jobTitle: "Analyst", stage: "PHONE_SCREEN", startsAt: new Date("2026-10-01T15:00:00Z"), coldAt: new Date("2026-10-20T15:00:00Z"), people: { create: { role: "RECRUITER", name: "Bill", email: "bill@initech.example" } } },
    include: { people: true },
  });
  await db.interview.update({ where: { id: initech.id }, data: { updatedAt: new Date("2026-10-20T15:00:00Z") } });
  await db.draft.create({
    data: { interviewId: initech.id, recipientPersonId: initech.people[0]!.id, kind: "FOLLOW_UP_EMAIL", status: "SUBMITTED", submittedAt: new Date("2026-11-21T15:00:00Z"), versions: { create: { version: 1, subject: "Checking in", body: "…", authorId: sam.id } } },
  });
  return { coach, jane, sam };
}

function bulletsOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("•"));
}

async function sendAllDue(db: Db, now: Date) {
  const batches = await planDigestBatches(db, now);
  for (const batchId of batches) await sendDigestBatch(db, batchId, { now, isLastAttempt: false });
  return batches;
}

describe("weekly digests", () => {
  const { db, url } = useTestDatabase();
  const outbox = useOutboxServer(db);
  let people: Awaited<ReturnType<typeof seedWeek>>;

  beforeEach(async () => {
    outbox.reset();
    people = await seedWeek(db);
  });

  it("a seeded week gives the client and the coach exactly the expected items, in the HTML and the text part (R04, R14)", async () => {
    await sendAllDue(db, NOW);
    const messages = await db.outboxMessage.findMany({ select: { to: true, subject: true, html: true, text: true } });
    const client = messages.find((m) => m.to[0] === "jane@example.com")!;
    const coach = messages.find((m) => m.to[0] === "coach@practice.example")!;

    expect(client.subject).toBe("Your follow-ups for the week of 23 November");
    const clientItems = [
      "• Send the portfolio (Acme), was due Fri 20 Nov, 17:00",
      "• Call Maria about the decision (Acme), due Wed 25 Nov, 08:30",
      "• Acme, Product Manager: decision expected Fri 27 Nov",
      '• To Maria Chen, "Thank you, Maria": approved: ready to send',
      '• To Tom Baker, "Thanks, Tom": your coach asked for changes',
      "• Ann Lee has not answered yet",
      "• Train to Acme, $42.50: asked for on Mon 2 Nov, not paid yet",
    ];
    expect(bulletsOf(client.text!)).toEqual(clientItems);
    expect(client.text).toContain("Keep searching until an offer is signed");
    for (const item of clientItems) expect(client.html).toContain(item.replace(/"/g, "&quot;"));
    expect(client.html!.match(/• /g)).toHaveLength(clientItems.length);
    expect(client.html).toContain("Keep searching until an offer is signed");

    expect(coach.subject).toBe("Your clients: the week of 23 November");
    const coachItems = [
      '• Sam Rivera to Bill, "Checking in", waiting since Sat 21 Nov, 10:00',
      "• Sam Rivera: Initech, Analyst",
      "• Sam Rivera, last activity Tue 20 Oct, 11:00",
      "• Jane Doe: 1 interview, 1 overdue, 1 due this week, next decision Fri 27 Nov",
      "• Sam Rivera: 1 interview, 0 due this week",
    ];
    expect(bulletsOf(coach.text!)).toEqual(coachItems);
    for (const item of coachItems) expect(coach.html).toContain(item.replace(/"/g, "&quot;"));
    expect(coach.html!.match(/• /g)).toHaveLength(coachItems.length);
  });

  it("goes once per ISO week of the recipient's zone, on their day and hour", async () => {
    await db.user.update({ where: { id: people.sam.id }, data: { digestWeekday: 5, digestHour: 17 } });
    await sendAllDue(db, NOW);
    expect(new Set((await db.digest.findMany()).map((d) => d.userId))).toEqual(new Set([people.jane.id, people.coach.id]));
    // Later the same week: nothing new.
    expect(await planDigestBatches(db, new Date(NOW.getTime() + 3 * 3_600_000))).toEqual([]);
    // Friday 16:00 in New York: not yet Sam's hour; 17:00: Sam's digest.
    expect(await planDigestBatches(db, new Date("2026-11-27T21:00:00Z"))).toEqual([]);
    await sendAllDue(db, new Date("2026-11-27T22:00:00Z"));
    expect((await db.digest.findMany({ where: { userId: people.sam.id } })).map((d) => d.isoWeek)).toEqual(["2026-W48"]);
    // Sunday 23:30 in New York is Monday in UTC, but still week 48 there: nothing.
    expect(await planDigestBatches(db, new Date("2026-11-30T04:30:00Z"))).toEqual([]);
    // The next Monday: week 49.
    await sendAllDue(db, new Date("2026-11-30T14:00:00Z"));
    expect((await db.digest.findMany({ where: { userId: people.jane.id }, orderBy: { isoWeek: "asc" } })).map((d) => d.isoWeek)).toEqual(["2026-W48", "2026-W49"]);
  });

  it("a week with nothing in it sends nothing, unless the user asked to always get one", async () => {
    const lee = await db.user.create({ data: { email: "lee@example.com", name: "Lee Wong", role: "CLIENT", timeZone: "America/New_York" } });
    const kim = await db.user.create({ data: { email: "kim@example.com", name: "Kim Park", role: "CLIENT", timeZone: "America/New_York", digestAlways: true } });
    await sendAllDue(db, NOW);
    expect((await db.digest.findFirstOrThrow({ where: { userId: lee.id } })).status).toBe("EMPTY");
    expect((await db.digest.findFirstOrThrow({ where: { userId: kim.id } })).status).toBe("SENT");
    const recipients = (await db.outboxMessage.findMany({ select: { to: true } })).map((m) => m.to[0]);
    expect(recipients).not.toContain("lee@example.com");
    expect(recipients).toContain("kim@example.com");
  });

  it("a user whose zone PostgreSQL does not know is left out, and does not stop the others' digests", async () => {
    await db.user.create({ data: { email: "mars@example.com", role: "CLIENT", timeZone: "Mars/Olympus", digestAlways: true } });
    await sendAllDue(db, NOW);
    expect((await db.outboxMessage.findMany({ select: { to: true } })).map((m) => m.to[0]).sort()).toEqual(["coach@practice.example", "jane@example.com"]);
  });

  it("never goes to interviewers or references, only to users", async () => {
    await sendAllDue(db, NOW);
    const recipients = (await db.outboxMessage.findMany({ select: { to: true } })).flatMap((m) => m.to).sort();
    // Sam's own week is empty (nothing due), so only Jane and the coach get one.
    expect(recipients).toEqual(["coach@practice.example", "jane@example.com"]);
    expect(await db.digest.count({ where: { status: "EMPTY" } })).toBe(1);
  });

  describe("unsubscribe links", () => {
    // The route reads the one clock: move it to the tests' "now", and forward for expiry.
    beforeEach(() => {
      process.env.FOLLOWTHROUGH_TEST_CLOCK = "1";
      setTestNow(NOW);
    });
    afterEach(() => {
      setTestNow(null);
      delete process.env.FOLLOWTHROUGH_TEST_CLOCK;
    });

    const post = (url: string | URL) => oneClickUnsubscribe(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    const digestOff = async () => (await db.user.findMany({ where: { digestEnabled: false }, select: { id: true } })).map((u) => u.id);

    it("carries RFC 8058 one-click unsubscribe headers; the signed link works without sign-in, a tampered one is refused", async () => {
      await sendAllDue(db, NOW);
      const message = await db.outboxMessage.findFirstOrThrow({ where: { to: { has: "jane@example.com" } } });
      // A batch's message keeps the request with its own item as the body.
      const raw = message.rawRequest as { path: string; body: { to: string[]; headers: Record<string, string> } };
      expect(raw.path).toMatch(/\/emails\/batch$/);
      expect(raw.body.to).toContain("jane@example.com");
      const headers = raw.body.headers;
      const link = buildOneClickUnsubscribeUrl(people.jane.id, NOW);
      expect(headers).toEqual({ "List-Unsubscribe": `<${link}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

      const tampered = new URL(link);
      tampered.searchParams.set("u", people.sam.id);
      const refused = await post(tampered);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: expect.stringContaining("This unsubscribe link is not valid") });
      const badSignature = new URL(link);
      badSignature.searchParams.set("s", signUnsubscribe(people.jane.id, badSignature.searchParams.get("e")!, Buffer.from("another-secret")));
      expect((await post(badSignature)).status).toBe(403);
      // A later expiry is not the signer's: refused too.
      const longerLife = new URL(link);
      longerLife.searchParams.set("e", String(Number(longerLife.searchParams.get("e")) + 86_400 * 365));
      expect((await post(longerLife)).status).toBe(403);
      expect(await digestOff()).toEqual([]);

      const accepted = await post(link);
      expect(accepted.status).toBe(200);
      expect((await db.user.findUniqueOrThrow({ where: { id: people.jane.id } })).digestEnabled).toBe(false);
      // Unsubscribed: next week there is none for Jane.
      await sendAllDue(db, new Date("2026-11-30T14:00:00Z"));
      expect(await db.digest.count({ where: { userId: people.jane.id, isoWeek: "2026-W49" } })).toBe(0);

      // Settings turn it back on.
      await saveDigestSettings(db, await actorOf(db, people.jane.id), { enabled: true, weekday: 1, hour: 8, always: false });
      await sendAllDue(db, new Date("2026-11-30T15:00:00Z"));
      expect(await db.digest.count({ where: { userId: people.jane.id, isoWeek: "2026-W49" } })).toBe(1);
    });

    it("is signed with a key derived for unsubscribing, never with AUTH_SECRET itself: old-format links are refused", async () => {
      const secret = process.env.AUTH_SECRET!;
      const base = "http://localhost:3999/api/digest/unsubscribe";
      // The old format: an HMAC of the id with AUTH_SECRET, no expiry.
      const oldSignature = createHmac("sha256", secret).update(`digest-unsubscribe:v1:${people.jane.id}`).digest("base64url");
      expect((await post(`${base}?${new URLSearchParams({ u: people.jane.id, s: oldSignature })}`)).status).toBe(403);
      // The new payload, but keyed with AUTH_SECRET itself.
      const fresh = createUnsubscribeParams(people.jane.id, NOW);
      const rawKeyed = { ...fresh, s: signUnsubscribe(people.jane.id, fresh.e, Buffer.from(secret)) };
      expect(checkUnsubscribeLink(rawKeyed, NOW)).toBe("invalid");
      expect((await post(`${base}?${new URLSearchParams(rawKeyed)}`)).status).toBe(403);
      expect(await digestOff()).toEqual([]);
      // The same payload keyed with the derived key works.
      expect(fresh.s).toBe(signUnsubscribe(people.jane.id, fresh.e, derivePurposeKey("unsubscribe", secret)));
      expect((await post(`${base}?${new URLSearchParams(fresh)}`)).status).toBe(200);
      expect(await digestOff()).toEqual([people.jane.id]);
    });

    it(`works for ${UNSUBSCRIBE_LINK_DAYS} days from the digest, then is refused with a clear message`, async () => {
      const link = buildOneClickUnsubscribeUrl(people.jane.id, NOW);
      const params = Object.fromEntries(new URL(link).searchParams);
      const lastSecond = new Date(NOW.getTime() + UNSUBSCRIBE_LINK_DAYS * DAY - 1000);
      const expiry = new Date(NOW.getTime() + UNSUBSCRIBE_LINK_DAYS * DAY);
      expect(checkUnsubscribeLink(params, lastSecond)).toBe("valid");
      expect(checkUnsubscribeLink(params, expiry)).toBe("expired");

      setTestNow(expiry);
      const refused = await post(link);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: expect.stringContaining("This unsubscribe link has expired") });
      expect(await digestOff()).toEqual([]);

      // A link from this week's digest works.
      expect((await post(buildOneClickUnsubscribeUrl(people.jane.id, expiry))).status).toBe(200);
      expect(await digestOff()).toEqual([people.jane.id]);
    });
  });

  it("refuses bad settings with a clear message", async () => {
    const jane = callerFor(db, people.jane.id, () => NOW);
    await expect(jane.account.saveDigestSettings({ enabled: true, weekday: 8, hour: 8, always: false })).rejects.toThrow("Choose a weekday.");
    await expect(jane.account.saveDigestSettings({ enabled: true, weekday: 1, hour: 24, always: false })).rejects.toThrow("Choose an hour from 0 to 23.");
  });

  it("sends 100 digests per call of the batch endpoint", async () => {
    for (let i = 0; i < 120; i++) {
      const user = await db.user.create({ data: { email: `c${i}@example.com`, name: `Client ${i}`, role: "CLIENT", timeZone: "UTC", digestAlways: true } });
      void user;
    }
    const batches = await sendAllDue(db, NOW);
    const sizes = await Promise.all(batches.map((id) => db.digest.count({ where: { batchId: id } })));
    expect(sizes.sort((a, b) => b - a)).toEqual([100, 23]);
    expect(outbox.requests.filter((r) => r.path.endsWith("/emails/batch"))).toHaveLength(2);
    expect(new Set(outbox.requests.map((r) => r.idempotencyKey))).toEqual(new Set(batches.map((id) => `digest-batch:${id}`)));
    // 120 clients who always get one, Jane and the coach; Sam's week is empty.
    expect(await db.outboxMessage.count()).toBe(122);
  });

  it("a digest the provider refuses (its address) fails on its own: the rest of the batch goes, and it is not retried", async () => {
    await db.user.update({ where: { id: people.sam.id }, data: { email: "sam at example dot com", digestAlways: true } });
    const batches = await sendAllDue(db, NOW);
    expect(batches).toHaveLength(1);
    const digests = await db.digest.findMany({ select: { userId: true, status: true, failureReason: true } });
    expect(Object.fromEntries(digests.map((d) => [d.userId, d.status]))).toEqual({ [people.jane.id]: "SENT", [people.coach.id]: "SENT", [people.sam.id]: "FAILED" });
    expect(digests.find((d) => d.userId === people.sam.id)!.failureReason).toMatch(/refused it: .*Invalid email address/);
    expect((await db.outboxMessage.findMany({ select: { to: true } })).map((m) => m.to[0]).sort()).toEqual(["coach@practice.example", "jane@example.com"]);
    expect(await db.digestBatch.findUniqueOrThrow({ where: { id: batches[0]! }, select: { sentAt: true, failureReason: true } })).toEqual({ sentAt: NOW, failureReason: null });
    // Sam's Settings say so; Jane's do not.
    expect(await findLastDigestFailure(db, await actorOf(db, people.sam.id))).toEqual({ isoWeek: "2026-W48", reason: expect.stringMatching(/Invalid email address/) });
    expect(await findLastDigestFailure(db, await actorOf(db, people.jane.id))).toBeNull();
    // A retried job for the batch sends nothing more.
    expect(await sendDigestBatch(db, batches[0]!, { now: NOW, isLastAttempt: false })).toEqual({ sent: 0, refused: 0, empty: 0 });
    expect(await db.outboxMessage.count()).toBe(2);
  });

  it("loads a batch's data with a fixed number of queries, whatever its size", async () => {
    for (let i = 0; i < 30; i++) {
      const client = await db.user.create({ data: { email: `q${i}@example.com`, name: `Q ${i}`, role: "CLIENT", timeZone: "UTC" } });
      await db.interview.create({
        data: { clientId: client.id, company: `Co ${i}`, jobTitle: "PM", stage: "FIRST_ROUND", startsAt: NOW, tasks: { create: { kind: "CUSTOM", rules: [], title: "t", channel: "EMAIL", dueAt: new Date(NOW.getTime() + DAY) } } },
      });
    }
    const counting = createQueryCountingClient(url);
    const users = (await db.user.findMany({ orderBy: { email: "asc" }, select: { id: true } })).map((u) => u.id);
    const countFor = async (ids: string[]) => {
      counting.reset();
      const loaded = await loadDigestData(counting.db, ids, NOW);
      expect(loaded.size).toBe(ids.length);
      return counting.queries();
    };
    const small = await countFor(users.slice(0, 3));
    const large = await countFor(users);
    await counting.disconnect();
    expect(users.length).toBeGreaterThan(30);
    expect(large).toBe(small);
  });
});
