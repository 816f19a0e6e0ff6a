import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadActor } from "@/server/access/actor";
import { getCoachDashboard } from "@/server/dashboard/coach-dashboard";
import { coachDashboardInput } from "@/server/dashboard/dashboard-schemas";
import type { Db } from "@/server/db/client";
import { callerFor, seedDemoWorld } from "./support/callers";
import { queryOnce, useTestDatabase } from "./support/database";

const START = new Date("2026-03-02T16:00:00Z");
const HOUR = 3_600_000;

/** What the summary should hold, worked out in JavaScript from the rows themselves. */
async function recompute(db: Db, clientId: string) {
  const interviews = await db.interview.findMany({
    where: { clientId },
    select: {
      timelineKind: true,
      timelineDate: true,
      coldAt: true,
      updatedAt: true,
      tasks: { select: { status: true, dueAt: true, completedAt: true } },
      notes: { select: { visibility: true, createdAt: true } },
      calls: { select: { createdAt: true } },
    },
  });
  const openDueAts = interviews.flatMap((i) => i.tasks.filter((t) => t.status === "OPEN").map((t) => t.dueAt.getTime())).sort((a, b) => a - b);
  const decisionDates = [...new Set(interviews.filter((i) => i.timelineKind !== "NONE" && i.timelineDate).map((i) => i.timelineDate!.toISOString().slice(0, 10)))].sort();
  const times = interviews.flatMap((i) => [
    i.updatedAt.getTime(),
    ...i.tasks.flatMap((t) => (t.completedAt ? [t.completedAt.getTime()] : [])),
    ...i.notes.filter((n) => n.visibility === "SHARED").map((n) => n.createdAt.getTime()),
    ...i.calls.map((c) => c.createdAt.getTime()),
  ]);
  return {
    openDueAts,
    nextOpenDueAt: openDueAts[0] ?? null,
    decisionDates,
    interviewCount: interviews.length,
    coldLeads: interviews.filter((i) => i.coldAt).length,
    lastActivityAt: times.length > 0 ? Math.max(...times) : null,
  };
}

/** The summary row as stored (none: a client without any interview has nothing to sum up). */
async function stored(url: string, clientId: string) {
  const [row] = await queryOnce<{ openDueAts: Date[]; nextOpenDueAt: Date | null; decisionDates: string[]; interviewCount: number; coldLeads: number; lastActivityAt: Date | null }>(
    url,
    `SELECT "openDueAts", "nextOpenDueAt", array(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest("decisionDates") d) AS "decisionDates",
            "interviewCount", "coldLeads", "lastActivityAt"
     FROM "ClientSummary" WHERE "clientId" = '${clientId}'`,
  );
  if (!row) return null;
  return {
    openDueAts: row.openDueAts.map((d) => new Date(d).getTime()),
    nextOpenDueAt: row.nextOpenDueAt ? new Date(row.nextOpenDueAt).getTime() : null,
    decisionDates: row.decisionDates,
    interviewCount: row.interviewCount,
    coldLeads: row.coldLeads,
    lastActivityAt: row.lastActivityAt ? new Date(row.lastActivityAt).getTime() : null,
  };
}

type Step =
  | { kind: "complete" | "skip" | "reopen" | "remove"; task: number }
  | { kind: "snooze"; task: number; days: number }
  | { kind: "move" | "add"; task: number; hours: number }
  | { kind: "note"; interview: number; shared: boolean }
  | { kind: "call"; interview: number; answered: boolean }
  | { kind: "timeline"; interview: number; days: number | null }
  | { kind: "cold"; interview: number; cold: boolean }
  | { kind: "newInterview"; hours: number }
  | { kind: "deleteInterview"; interview: number };

const index = fc.nat({ max: 50 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constantFrom("complete" as const, "skip" as const, "reopen" as const, "remove" as const), task: index }),
  fc.record({ kind: fc.constant("snooze" as const), task: index, days: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constantFrom("move" as const, "add" as const), task: index, hours: fc.integer({ min: -72, max: 72 }) }),
  fc.record({ kind: fc.constant("note" as const), interview: index, shared: fc.boolean() }),
  fc.record({ kind: fc.constant("call" as const), interview: index, answered: fc.boolean() }),
  fc.record({ kind: fc.constant("timeline" as const), interview: index, days: fc.option(fc.integer({ min: -5, max: 20 })) }),
  fc.record({ kind: fc.constant("cold" as const), interview: index, cold: fc.boolean() }),
  fc.record({ kind: fc.constant("newInterview" as const), hours: fc.integer({ min: -72, max: 72 }) }),
  fc.record({ kind: fc.constant("deleteInterview" as const), interview: index }),
);

describe("the client summary behind the coach's list", () => {
  const { db, url } = useTestDatabase();

  it("after any sequence of task, note, call and interview writes, the stored summary equals one worked out from the rows, and the list reads it", async () => {
    const ids = await seedDemoWorld(db, START);
    let clock = START.getTime();
    const jane = () => callerFor(db, ids.jane, () => new Date(clock));
    const olivia = () => callerFor(db, ids.owner, () => new Date(clock));
    const pick = async <T,>(rows: T[], n: number) => rows[n % Math.max(rows.length, 1)];

    const apply = async (s: Step) => {
      const tasks = await db.followUpTask.findMany({ where: { interview: { clientId: ids.jane } }, orderBy: { id: "asc" }, select: { id: true, interviewId: true } });
      const interviews = await db.interview.findMany({ where: { clientId: ids.jane }, orderBy: { id: "asc" }, select: { id: true } });
      const task = "task" in s ? await pick(tasks, s.task) : undefined;
      const interview = "interview" in s ? await pick(interviews, s.interview) : await pick(interviews, 0);
      // Refusals (done twice, a task gone) are part of the sequence: they must leave the summary right too.
      const attempt = (p: Promise<unknown>) => p.catch(() => undefined);
      switch (s.kind) {
        case "complete": case "skip": case "reopen": case "remove":
          if (task) await attempt((s.kind === "remove" ? olivia() : jane()).task[s.kind]({ id: task.id }));
          return;
        case "snooze":
          if (task) await attempt(jane().task.snooze({ id: task.id, days: s.days }));
          return;
        case "move":
          if (task) await attempt(olivia().task.move({ id: task.id, dueAt: new Date(clock + s.hours * HOUR) }));
          return;
        case "add":
          if (interview) await attempt(olivia().task.add({ interviewId: interview.id, title: "By hand", dueAt: new Date(clock + s.hours * HOUR) }));
          return;
        case "note":
          if (interview) await attempt(jane().record.addNote({ interviewId: interview.id, body: "How it went", visibility: s.shared ? "SHARED" : "PRIVATE" }));
          return;
        case "call":
          if (interview) await attempt(olivia().record.logCall({ interviewId: interview.id, answered: s.answered }));
          return;
        // Writers outside the services (a script, a job) are kept right too: the triggers see every statement.
        case "timeline":
          if (interview) {
            await db.interview.update({
              where: { id: interview.id },
              data: s.days === null ? { timelineKind: "NONE", timelineDate: null } : { timelineKind: "DECISION", timelineDate: new Date(Date.UTC(2026, 2, 2 + s.days)) },
            });
          }
          return;
        case "cold":
          if (interview) await db.interview.update({ where: { id: interview.id }, data: { coldAt: s.cold ? new Date(clock) : null } });
          return;
        case "newInterview":
          await db.interview.create({
            data: {
              clientId: ids.jane, company: "New", jobTitle: "Analyst", stage: "FIRST_ROUND", startsAt: new Date(clock + s.hours * HOUR),
              tasks: { create: [{ kind: "THANK_YOU", title: "Thank-you", channel: "EMAIL", dueAt: new Date(clock + s.hours * HOUR) }] },
            },
          });
          return;
        case "deleteInterview":
          if (interview) await db.interview.delete({ where: { id: interview.id } });
          return;
      }
    };

    const owner = (await loadActor(db, ids.owner))!;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        for (const s of steps) {
          clock += HOUR;
          await apply(s);
          const expected = await recompute(db, ids.jane);
          expect(await stored(url, ids.jane)).toEqual(expected);
        }
        // The list compares the stored due times with the time of the request.
        const now = new Date(clock);
        const expected = await recompute(db, ids.jane);
        const [row] = (await getCoachDashboard(db, owner, now, coachDashboardInput.parse({ search: "Jane Doe" }))).clients;
        expect(row).toMatchObject({
          interviewCount: expected.interviewCount,
          coldLeads: expected.coldLeads,
          overdueCount: expected.openDueAts.filter((t) => t < now.getTime()).length,
        });
      }),
      { numRuns: 8 },
    );
  }, 300_000);

  it("a client's summary goes with the client, and a client without interviews is listed with nothing to show", async () => {
    const ids = await seedDemoWorld(db, START);
    expect(await stored(url, ids.jane)).not.toBeNull();
    await db.user.delete({ where: { id: ids.jane } });
    expect(await queryOnce(url, `SELECT 1 FROM "ClientSummary" WHERE "clientId" = '${ids.jane}'`)).toEqual([]);
    const owner = (await loadActor(db, ids.owner))!;
    const dana = await db.user.create({ data: { email: "dana@example.com", name: "Dana Nothing-yet" } });
    const practiceId = (await db.practice.findUniqueOrThrow({ where: { slug: "northstar" } })).id;
    await db.coachClient.create({ data: { coachId: ids.owner, clientId: dana.id, practiceId } });
    const [row] = (await getCoachDashboard(db, owner, START, coachDashboardInput.parse({ search: "Nothing-yet", sort: "overdue" }))).clients;
    expect(row).toMatchObject({ interviewCount: 0, overdueCount: 0, coldLeads: 0, nextDecision: null, lastActivity: null });
  });
});
