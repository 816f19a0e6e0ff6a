import { describe, expect, it } from "vitest";
import { loadActor } from "@/server/access/actor";
import type { Db } from "@/server/db/client";
import { getOutcomeClients, getOutcomes } from "@/server/outcomes/load-outcomes";
import { callerFor, codeOf } from "./support/callers";
import { createQueryCountingClient, useTestDatabase } from "./support/database";
import { interviewFields } from "./support/interviews";

/*
 * Outcomes on a small hand-made practice whose answers are worked out by hand below.
 *
 * Northstar (owner Olga) has two coaches: Carl coaches Ann (New York, UTC-5 in February), Cleo
 * coaches Bo (Tokyo, UTC+9). Harbor (owner Hal) has a client, Out, whose figures must never show.
 * "Now" is Friday 20 March 2026, 12:00 UTC.
 */
const NOW = new Date("2026-03-20T12:00:00Z");
const DAY = 86_400_000;

type Ids = Record<"olga" | "carl" | "cleo" | "ann" | "bo" | "hal" | "out", string>;

async function createPeople(db: Db): Promise<Ids> {
  const make = (email: string, name: string, role: "CLIENT" | "COACH", timeZone = "America/New_York") =>
    db.user.create({ data: { email, name, role, timeZone }, select: { id: true } }).then((u) => u.id);
  const ids: Ids = {
    olga: await make("olga@northstar.example", "Olga Owner", "COACH"),
    carl: await make("carl@northstar.example", "Carl Coach", "COACH"),
    cleo: await make("cleo@northstar.example", "Cleo Coach", "COACH"),
    ann: await make("ann@example.com", "Ann Client", "CLIENT"),
    bo: await make("bo@example.com", "Bo Client", "CLIENT", "Asia/Tokyo"),
    hal: await make("hal@harbor.example", "Hal Owner", "COACH"),
    out: await make("out@example.com", "Out Sider", "CLIENT"),
  };
  const northstar = await db.practice.create({ data: { name: "Northstar", slug: "northstar", ownerId: ids.olga } });
  const harbor = await db.practice.create({ data: { name: "Harbor", slug: "harbor", ownerId: ids.hal } });
  await db.practiceCoach.createMany({
    data: [
      { practiceId: northstar.id, coachId: ids.olga },
      { practiceId: northstar.id, coachId: ids.carl },
      { practiceId: northstar.id, coachId: ids.cleo },
      { practiceId: harbor.id, coachId: ids.hal },
    ],
  });
  await db.coachClient.createMany({
    data: [
      { practiceId: northstar.id, coachId: ids.carl, clientId: ids.ann },
      { practiceId: northstar.id, coachId: ids.cleo, clientId: ids.bo },
      { practiceId: harbor.id, coachId: ids.hal, clientId: ids.out },
    ],
  });
  return ids;
}

type TaskSpec = { kind?: string; dueAt: Date; status?: "OPEN" | "DONE" | "SKIPPED"; completedAt?: Date; snoozedFrom?: Date };

async function addInterview(
  db: Db,
  clientId: string,
  fields: { startsAt: Date; outcome?: string; stage?: string; timelineDate?: string; decidedAt?: Date },
  tasks: TaskSpec[] = [],
) {
  const interview = await db.interview.create({
    data: {
      clientId,
      company: "Co",
      jobTitle: "Analyst",
      stage: (fields.stage ?? "FIRST_ROUND") as "FIRST_ROUND",
      outcome: (fields.outcome ?? "WAITING") as "WAITING",
      startsAt: fields.startsAt,
      durationMinutes: 60,
      timelineKind: fields.timelineDate ? "DECISION" : "NONE",
      timelineDate: fields.timelineDate ? new Date(`${fields.timelineDate}T00:00:00Z`) : null,
      decidedAt: fields.decidedAt ?? null,
    },
  });
  const taskIds: string[] = [];
  for (const [n, t] of tasks.entries()) {
    const task = await db.followUpTask.create({
      data: { interviewId: interview.id, key: `k${n}`, kind: t.kind ?? "THANK_YOU", rules: ["R01"], title: "Thank", channel: "EMAIL", dueAt: t.dueAt, status: t.status ?? "OPEN", completedAt: t.completedAt ?? null, snoozedFrom: t.snoozedFrom ?? null },
    });
    taskIds.push(task.id);
  }
  return { id: interview.id, taskIds };
}

async function addEmail(db: Db, clientId: string, interviewId: string, fields: { kind: "THANK_YOU_EMAIL" | "FOLLOW_UP_EMAIL"; taskId?: string; sentAt: Date | null; status: string; deliveredAt?: Date; bouncedAt?: Date }) {
  const draft = await db.draft.create({ data: { interviewId, kind: fields.kind, status: "SENT" } });
  await db.email.create({
    data: {
      kind: "DRAFT",
      clientId,
      draftId: draft.id,
      taskId: fields.taskId ?? null,
      fromAddress: "notes@example.com",
      toAddress: "someone@company.example",
      subject: "Thank you",
      html: "<p>Thank you</p>",
      text: "Thank you",
      contentVersion: 1,
      status: fields.status as "SENT",
      scheduledFor: fields.sentAt ?? NOW,
      sentAt: fields.sentAt,
      deliveredAt: fields.deliveredAt ?? null,
      bouncedAt: fields.bouncedAt ?? null,
      createdById: clientId,
    },
  });
}

const at = (iso: string) => new Date(iso);

/** The hand-made data set; the expected figures are worked out in the comments. */
async function seedHandMade(db: Db) {
  const ids = await createPeople(db);

  // Ann: ten interviews on 2..11 February, 10:00 New York (15:00 UTC), ending 11:00. Each has one
  // thank-you, due 18:00 New York and done 20:00 New York, which is 01:00 UTC the NEXT day: still the
  // same day in Ann's calendar, so SAME_DAY and on time. Results: 4 next round, 2 offer, 1 offer
  // signed, 3 rejected (10 with a result). The employer named a decision 7 days after each; the
  // outcome was recorded 5,5,5,7,7,7,7,9,9,16 days after (3 early, 4 on the date, 2 1-3 days late, 1 over a week).
  const outcomes = ["NEXT_ROUND", "NEXT_ROUND", "NEXT_ROUND", "NEXT_ROUND", "OFFER", "OFFER", "OFFER_SIGNED", "REJECTED", "REJECTED", "REJECTED"];
  const decidedAfter = [5, 5, 5, 7, 7, 7, 7, 9, 9, 16];
  for (let i = 0; i < 10; i++) {
    const day = 2 + i;
    const start = Date.UTC(2026, 1, day, 15);
    await addInterview(
      db,
      ids.ann,
      { startsAt: new Date(start), outcome: outcomes[i], timelineDate: new Date(start + 7 * DAY).toISOString().slice(0, 10), decidedAt: new Date(start + decidedAfter[i]! * DAY) },
      [{ dueAt: new Date(start + 8 * 3_600_000), status: "DONE", completedAt: new Date(start + 10 * 3_600_000) }],
    );
  }
  // Ann, 12 February: still WAITING, thanked the same day; the employer's decision date (1 March) has
  // passed, so it is "still waiting after the date". Same day, but no result: not in any rate.
  await addInterview(db, ids.ann, { startsAt: at("2026-02-12T15:00:00Z"), timelineDate: "2026-03-01" }, [
    { dueAt: at("2026-02-12T23:00:00Z"), status: "DONE", completedAt: at("2026-02-12T23:30:00Z") },
  ]);
  // Ann, 13 February, NEXT_ROUND: two thank-yous. One done the same day; the other never marked done,
  // but its email went out on the 16th, three days later: LATER. That task is due, open: not on time.
  const later = await addInterview(db, ids.ann, { startsAt: at("2026-02-13T15:00:00Z"), outcome: "NEXT_ROUND" }, [
    { dueAt: at("2026-02-13T23:00:00Z"), status: "DONE", completedAt: at("2026-02-13T22:00:00Z") },
    { dueAt: at("2026-02-13T23:00:00Z") },
  ]);
  await addEmail(db, ids.ann, later.id, { kind: "THANK_YOU_EMAIL", taskId: later.taskIds[1], sentAt: at("2026-02-16T14:00:00Z"), status: "DELIVERED", deliveredAt: at("2026-02-16T14:01:00Z") });
  // Ann, 19 March, WAITING, decision on 25 March (not passed), no thank-you tasks (not in the
  // thank-you figures). A debrief first planned for 19 March 20:00 UTC was snoozed to the 21st: it
  // counts as due (its first planned time passed) and open, so not on time. A call due on the 25th
  // is not due yet; a skipped one due on the 19th is left out.
  await addInterview(db, ids.ann, { startsAt: at("2026-03-19T14:00:00Z"), timelineDate: "2026-03-25" }, [
    { kind: "DEBRIEF", dueAt: at("2026-03-21T12:00:00Z"), snoozedFrom: at("2026-03-19T20:00:00Z") },
    { kind: "FOLLOW_UP_CALL", dueAt: at("2026-03-25T13:00:00Z") },
    { kind: "FOLLOW_UP_CALL", dueAt: at("2026-03-19T13:00:00Z"), status: "SKIPPED", completedAt: at("2026-03-19T13:00:00Z") },
  ]);
  // Ann's follow-ups: 10 + 1 + 2 + 1 (the snoozed debrief) = 14 due; on time 10 + 1 + 1 = 12.

  // Bo (Tokyo): 10 February, 10:00 Tokyo (01:00 UTC), REJECTED. The thank-you, due 19:00 Tokyo, was
  // done 16:00 UTC, which is 01:00 on the 11th in Tokyo: NEXT_DAY (the same day in UTC) and late.
  const bo1 = await addInterview(db, ids.bo, { startsAt: at("2026-02-10T01:00:00Z"), outcome: "REJECTED" }, [
    { dueAt: at("2026-02-10T10:00:00Z"), status: "DONE", completedAt: at("2026-02-10T16:00:00Z") },
  ]);
  // Bo, 15 January, REJECTED: one thank-you done the same day, the other skipped: NEVER (not every
  // interviewer was thanked). Bo's follow-ups: 1 late + 1 on time (the skipped one left out) = 1 of 2.
  await addInterview(db, ids.bo, { startsAt: at("2026-01-15T01:00:00Z"), outcome: "REJECTED", stage: "SECOND_ROUND" }, [
    { dueAt: at("2026-01-15T10:00:00Z"), status: "DONE", completedAt: at("2026-01-15T09:00:00Z") },
    { dueAt: at("2026-01-15T10:00:00Z"), status: "SKIPPED", completedAt: at("2026-01-15T09:00:00Z") },
  ]);
  // Bo's emails: a thank-you that bounced; a follow-up delivered and then marked as spam; one still
  // scheduled (not sent: left out).
  await addEmail(db, ids.bo, bo1.id, { kind: "THANK_YOU_EMAIL", sentAt: at("2026-02-10T05:00:00Z"), status: "BOUNCED", bouncedAt: at("2026-02-10T05:01:00Z") });
  await addEmail(db, ids.bo, bo1.id, { kind: "FOLLOW_UP_EMAIL", sentAt: at("2026-02-12T05:00:00Z"), status: "COMPLAINED", deliveredAt: at("2026-02-12T05:01:00Z") });
  await addEmail(db, ids.bo, bo1.id, { kind: "FOLLOW_UP_EMAIL", sentAt: null, status: "SCHEDULED" });

  // Out, of another practice: ten same-day offers and a sent email that must count nowhere in Northstar.
  for (let i = 0; i < 10; i++) {
    const start = Date.UTC(2026, 1, 2 + i, 15);
    const o = await addInterview(db, ids.out, { startsAt: new Date(start), outcome: "OFFER", timelineDate: "2026-02-20", decidedAt: new Date(start + DAY) }, [
      { dueAt: new Date(start + 3_600_000 * 3), status: "DONE", completedAt: new Date(start + 3_600_000 * 2) },
    ]);
    if (i === 0) await addEmail(db, ids.out, o.id, { kind: "THANK_YOU_EMAIL", sentAt: new Date(start), status: "DELIVERED", deliveredAt: new Date(start) });
  }
  // An interview in the future: in no figure.
  await addInterview(db, ids.ann, { startsAt: at("2026-03-27T15:00:00Z"), outcome: "WAITING" });
  return ids;
}

describe("Outcomes on a hand-made practice", () => {
  const { db, url } = useTestDatabase();

  it("the owner sees the whole practice's figures, worked out by hand", async () => {
    const ids = await seedHandMade(db);
    const outcomes = await callerFor(db, ids.olga, () => NOW).outcomes.summary({});
    expect(outcomes.view).toBe("practice");

    // Funnel, months in Olga's zone (New York) from April 2025 to March 2026. February: Ann's 12
    // (2..13 Feb) and Bo's of the 10th = 13; January: Bo's of the 15th; March: Ann's of the 19th (the
    // 27th is after now). 15 in all; by stage 14 first round and 1 second round.
    const months = Object.fromEntries(outcomes.funnel.months.map((m) => [m.month, m.total]));
    expect(outcomes.funnel.months).toHaveLength(12);
    expect(outcomes.funnel.months[0]!.month).toBe("2025-04");
    expect(months).toMatchObject({ "2026-01": 1, "2026-02": 13, "2026-03": 1, "2025-12": 0 });
    expect(outcomes.funnel.total).toBe(15);
    expect(outcomes.funnel.byStage).toEqual({ PHONE_SCREEN: 0, FIRST_ROUND: 14, SECOND_ROUND: 1, FINAL: 0, OFFER: 0 });
    // February by outcome: Ann 5 next round (4 + the 13th), 2 offer, 1 signed, 3 rejected, 1 waiting; Bo 1 rejected.
    expect(outcomes.funnel.months.find((m) => m.month === "2026-02")!.byOutcome).toEqual({ WAITING: 1, NEXT_ROUND: 5, OFFER: 2, OFFER_SIGNED: 1, REJECTED: 4, WITHDRAWN: 0 });

    // Thank-yous. SAME_DAY: Ann's ten (10 with a result: 4 next round = 40%, 3 offers = 30%) and the
    // waiting one (11 interviews). NEXT_DAY: Bo's of the 10th (1, rejected: too few for a rate).
    // LATER: Ann's of the 13th (1, next round). NEVER: Bo's of 15 January (1, rejected).
    expect(outcomes.thanks.groups).toEqual([
      { timing: "SAME_DAY", interviews: 11, withResult: 10, nextRound: { count: 4, of: 10, percent: 40 }, offer: { count: 3, of: 10, percent: 30 } },
      { timing: "NEXT_DAY", interviews: 1, withResult: 1, nextRound: { count: 0, of: 1, percent: null }, offer: { count: 0, of: 1, percent: null } },
      { timing: "LATER", interviews: 1, withResult: 1, nextRound: { count: 1, of: 1, percent: null }, offer: { count: 0, of: 1, percent: null } },
      { timing: "NEVER", interviews: 1, withResult: 1, nextRound: { count: 0, of: 1, percent: null }, offer: { count: 0, of: 1, percent: null } },
    ]);
    expect(outcomes.thanks).toMatchObject({ sameDayAll: 11, thankedAll: 13 });

    // On time: Ann 12 of 14, Bo 1 of 2: 13 of 16 = 81.25%, shown as 81%.
    expect(outcomes.onTime).toEqual({ count: 13, of: 16, percent: 81 });

    // Emails, most sent first: thank-you emails 2 (Ann's delivered, Bo's bounced); follow-up 1
    // (delivered, then marked as spam). Too few for any rate.
    expect(outcomes.emails).toEqual([
      { kind: "THANK_YOU_EMAIL", sent: 2, delivered: { count: 1, of: 2, percent: null }, bounced: { count: 1, of: 2, percent: null }, complained: { count: 0, of: 2, percent: null } },
      { kind: "FOLLOW_UP_EMAIL", sent: 1, delivered: { count: 1, of: 1, percent: null }, bounced: { count: 0, of: 1, percent: null }, complained: { count: 1, of: 1, percent: null } },
    ]);

    // Decisions: Ann's ten, promised 7 days after; answers after 5,5,5,7,7,7,7,9,9,16 days: 3 early,
    // 4 on the date, 2 one to three days late, none 4-7, 1 more than a week. Medians 7 and (7+7)/2 = 7.
    // The waiting interview of the 12th is past its date (1 March); the 19th's is not (25 March).
    expect(outcomes.decisions).toEqual({
      decided: 10,
      waitingPastDate: 1,
      byTiming: [
        { timing: "EARLY", count: 3, share: { count: 3, of: 10, percent: 30 } },
        { timing: "ON_DATE", count: 4, share: { count: 4, of: 10, percent: 40 } },
        { timing: "LATE_1_3", count: 2, share: { count: 2, of: 10, percent: 20 } },
        { timing: "LATE_4_7", count: 0, share: { count: 0, of: 10, percent: 0 } },
        { timing: "LATE_8_PLUS", count: 1, share: { count: 1, of: 10, percent: 10 } },
      ],
      medianPromisedDays: 7,
      medianActualDays: 7,
    });

    // By client, by name: Ann 12 of 14 (86%), Bo 1 of 2 (too few for a rate).
    const byClient = await callerFor(db, ids.olga, () => NOW).outcomes.byClient({});
    expect(byClient).toEqual({
      page: 1,
      hasNext: false,
      clients: [
        { id: ids.ann, name: "Ann Client", email: "ann@example.com", onTime: { count: 12, of: 14, percent: 86 } },
        { id: ids.bo, name: "Bo Client", email: "bo@example.com", onTime: { count: 1, of: 2, percent: null } },
      ],
    });
  });

  it("a coach sees their own clients only, one client at a time too; a client their own; anything else is NOT_FOUND", async () => {
    const ids = await seedHandMade(db);
    const as = (id: string) => callerFor(db, id, () => NOW).outcomes;

    // Cleo coaches Bo only: Bo's two interviews, 1 of 2 on time, no same-day thank-yous.
    const cleo = await as(ids.cleo).summary({});
    expect(cleo.funnel.total).toBe(2);
    expect(cleo.onTime).toEqual({ count: 1, of: 2, percent: null });
    expect(cleo.thanks.sameDayAll).toBe(0);
    expect((await as(ids.cleo).byClient({})).clients.map((c) => c.id)).toEqual([ids.bo]);

    // Carl, for Ann alone: Ann's 13 interviews up to now (12 in February, 1 in March), 12 of 14 on time.
    const carlAnn = await as(ids.carl).summary({ clientId: ids.ann });
    expect(carlAnn.client).toEqual({ id: ids.ann, name: "Ann Client", email: "ann@example.com" });
    expect(carlAnn.funnel.total).toBe(13);
    expect(carlAnn.onTime).toEqual({ count: 12, of: 14, percent: 86 });

    // The owner may open any client of the practice, one at a time.
    expect((await as(ids.olga).summary({ clientId: ids.bo })).onTime).toEqual({ count: 1, of: 2, percent: null });

    // Ann sees her own figures, as her own view.
    const ann = await as(ids.ann).summary({});
    expect(ann.view).toBe("own");
    expect(ann.thanks.sameDayAll).toBe(11);
    expect(ann.onTime).toEqual({ count: 12, of: 14, percent: 86 });

    // Hal (another practice) sees Out's only; nothing of Northstar.
    const hal = await as(ids.hal).summary({});
    expect(hal.funnel.total).toBe(10);
    expect(hal.thanks.groups[0]!.offer).toEqual({ count: 10, of: 10, percent: 100 });

    // Anyone else's client is NOT_FOUND, never FORBIDDEN: another coach's, another practice's, another client's.
    expect(await codeOf(as(ids.carl).summary({ clientId: ids.bo }))).toBe("NOT_FOUND");
    expect(await codeOf(as(ids.hal).summary({ clientId: ids.ann }))).toBe("NOT_FOUND");
    expect(await codeOf(as(ids.olga).summary({ clientId: ids.out }))).toBe("NOT_FOUND");
    expect(await codeOf(as(ids.ann).summary({ clientId: ids.bo }))).toBe("NOT_FOUND");
    expect(await codeOf(as(ids.bo).summary({ clientId: ids.bo }))).toBe("OK");
    expect(await codeOf(as(ids.ann).summary({ clientId: ids.olga }))).toBe("NOT_FOUND");
    // A client has no table of clients.
    expect(await codeOf(as(ids.ann).byClient({}))).toBe("NOT_FOUND");
    // Signed out: no figures at all.
    expect(await codeOf(callerFor(db, null, () => NOW).outcomes.summary({}))).toBe("UNAUTHORIZED");
    // Bad input is a 400.
    expect(await codeOf(as(ids.olga).byClient({ page: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(as(ids.olga).summary({ clientId: "x'; drop" }))).toBe("BAD_REQUEST");
  });

  it("an interview's decision time is recorded when its outcome first leaves 'waiting', and cleared when it goes back", async () => {
    const ids = await createPeople(db);
    const t0 = at("2026-03-02T12:00:00Z");
    const ann = (now: Date) => callerFor(db, ids.ann, () => now);
    const { id } = await ann(t0).interview.create(interviewFields);
    const decidedAt = async () => (await db.interview.findUniqueOrThrow({ where: { id } })).decidedAt;

    await ann(at("2026-03-04T12:00:00Z")).interview.update({ ...interviewFields, id, location: "Office" });
    expect(await decidedAt()).toBeNull();
    await ann(at("2026-03-10T12:00:00Z")).interview.update({ ...interviewFields, id, outcome: "NEXT_ROUND" });
    expect(await decidedAt()).toEqual(at("2026-03-10T12:00:00Z"));
    // A later change of result keeps the first answer's day.
    await ann(at("2026-03-15T12:00:00Z")).interview.update({ ...interviewFields, id, outcome: "OFFER" });
    expect(await decidedAt()).toEqual(at("2026-03-10T12:00:00Z"));
    await ann(at("2026-03-16T12:00:00Z")).interview.update({ ...interviewFields, id, outcome: "WAITING" });
    expect(await decidedAt()).toBeNull();
    // A coach cannot edit the record, and so records nothing.
    expect(await codeOf(callerFor(db, ids.carl, () => NOW).interview.update({ ...interviewFields, id, outcome: "REJECTED" }))).toBe("NOT_FOUND");
    expect(await decidedAt()).toBeNull();
    // Logged already decided: when the answer came is not known.
    const logged = await ann(t0).interview.create({ ...interviewFields, outcome: "REJECTED" });
    expect((await db.interview.findUniqueOrThrow({ where: { id: logged.id } })).decidedAt).toBeNull();
  });

  it("sends the same number of statements for a practice ten times the size: one per chart, one per page of clients", async () => {
    const ids = await seedHandMade(db);
    const olga = (await loadActor(db, ids.olga))!;
    const carl = (await loadActor(db, ids.carl))!;
    const counting = createQueryCountingClient(url);
    const measure = async () => {
      const counts: Record<string, number> = {};
      for (const [name, load] of [
        ["owner", () => getOutcomes(counting.db, olga, NOW, {})],
        ["oneClient", () => getOutcomes(counting.db, carl, NOW, { clientId: ids.ann })],
        ["byClient", () => getOutcomeClients(counting.db, olga, NOW, { page: 1 })],
      ] as const) {
        counting.reset();
        await load();
        counts[name] = counting.queries();
      }
      return counts;
    };
    try {
      const small = await measure();
      // Ten times the clients and interviews: 20 more clients of Carl's, each with 7 interviews and tasks.
      const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
      for (let c = 0; c < 20; c++) {
        const client = await db.user.create({ data: { email: `more${c}@example.com`, name: `More ${c}` } });
        await db.coachClient.create({ data: { practiceId, coachId: ids.carl, clientId: client.id } });
        for (let i = 0; i < 7; i++) {
          const start = Date.UTC(2026, 1, 1 + i, 15);
          await addInterview(db, client.id, { startsAt: new Date(start), outcome: "REJECTED", timelineDate: "2026-02-20", decidedAt: new Date(start + DAY) }, [
            { dueAt: new Date(start + 3_600_000), status: "DONE", completedAt: new Date(start + 2 * 3_600_000) },
          ]);
        }
      }
      const large = await measure();
      expect(large).toEqual(small);
      // Five charts; one client adds the check that the client is in view; the table is one statement.
      expect(small).toEqual({ owner: 5, oneClient: 6, byClient: 1 });
    } finally {
      await counting.disconnect();
    }
  });
});
