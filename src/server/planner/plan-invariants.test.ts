import fc from "fast-check";
import { assert, describe, expect, it } from "vitest";
import { addDays, atLocalTime, daysBetween, isWorkingDay, toCivilDate, type CivilDate } from "@/lib/civil-date";
import { planFollowUp } from "./plan-follow-up";
import { testPlannerInput } from "./test-input";
import { PlannerInputError, type FollowUpPlan, type PlannedTask, type PlannerInput, type RuleId, type TaskKind } from "./planner-types";

/**
 * The invariants of docs/PLANNER.md, checked over thousands of generated interviews: zones with
 * daylight-saving changes in both hemispheres and half-hour or 45-minute offsets, early, late and
 * past-midnight interviews, weekends, the practice's holidays, timelines of 0–30 days or none,
 * and plans made before, during and long after the interview. The seed is fixed, so every run
 * checks the same inputs (no flakes); a failure prints the input that broke the invariant.
 */
const RUNS = 3000;
const SEED = 20260308;
const check = <T,>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS) =>
  fc.assert(
    fc.property(arbitrary, (value) => {
      predicate(value);
    }),
    { numRuns, seed: SEED },
  );

const ZONES = [
  "America/New_York",
  "Europe/London",
  "Australia/Sydney",
  "Pacific/Auckland",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Adelaide",
  "America/St_Johns",
  "America/Sao_Paulo",
  "UTC",
] as const;

/** Tasks done in the evening or by the clock, not on working days (docs/PLANNER.md, invariant 4). */
const ANY_DAY_KINDS = new Set<TaskKind>(["DEBRIEF", "THANK_YOU", "RECRUITER_THANK_YOU", "HANDWRITTEN_CARD", "CHASE_REIMBURSEMENT"]);
const SAME_DAY_KINDS = new Set<TaskKind>(["THANK_YOU", "RECRUITER_THANK_YOU", "HANDWRITTEN_CARD"]);
const TIMELINE_KINDS = new Set<TaskKind>(["FOLLOW_UP_EMAIL", "FOLLOW_UP_LETTER", "OVERNIGHT_LETTER", "FOLLOW_UP_CALL", "FINAL_CALL"]);

const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const startTime = fc.oneof(hhmm, fc.constantFrom("23:30", "06:00", "07:00", "18:30", "17:45", "22:00"));

/** "now", from the interview's start, its end and its civil day. */
type NowAt = (start: Date, ends: Date, day: CivilDate, zone: string) => Date;
const nowAt: fc.Arbitrary<{ label: string; at: NowAt }> = fc.oneof(
  fc.integer({ min: 0, max: 72 * 60 }).map((m) => ({ label: `${m} min before`, at: (s: Date) => new Date(s.getTime() - m * 60_000) })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((f) => ({ label: `during (${f.toFixed(2)})`, at: (s: Date, e: Date) => new Date(s.getTime() + f * (e.getTime() - s.getTime())) })),
  fc.integer({ min: 0, max: 180 }).map((m) => ({ label: `${m} min after the end`, at: (_s: Date, e: Date) => new Date(e.getTime() + m * 60_000) })),
  fc.tuple(fc.integer({ min: 0, max: 40 }), hhmm).map(([d, time]) => ({
    label: `day +${d} at ${time}`,
    at: (_s: Date, e: Date, day: CivilDate, zone: string) => {
      const candidate = atLocalTime(addDays(day, d), time, zone);
      return candidate < e ? new Date(e.getTime() + 60_000) : candidate;
    },
  })),
);

const generated = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    dayOffset: fc.integer({ min: 0, max: 400 }),
    time: startTime,
    durationMinutes: fc.oneof(fc.constantFrom(30, 45, 60, 90, 150), fc.integer({ min: 5, max: 600 })),
    stage: fc.constantFrom("PHONE_SCREEN", "FIRST_ROUND", "SECOND_ROUND", "FINAL", "OFFER") as fc.Arbitrary<PlannerInput["interview"]["stage"]>,
    outcome: fc.constantFrom("WAITING", "WAITING", "WAITING", "NEXT_ROUND", "NEXT_ROUND", "OFFER", "OFFER_SIGNED", "REJECTED", "WITHDRAWN") as fc.Arbitrary<PlannerInput["interview"]["outcome"]>,
    people: fc.subarray([
      { id: "maria", role: "INTERVIEWER", name: "Maria" },
      { id: "tom", role: "PANEL_MEMBER", name: "Tom" },
      { id: "lisa", role: "RECRUITER", name: "Lisa" },
      { id: "dana", role: "ASSISTANT", name: "Dana" },
    ] as const),
    timelineKind: fc.constantFrom("NONE", "DECISION", "DECISION", "NEXT_ROUND") as fc.Arbitrary<PlannerInput["timeline"]["kind"]>,
    timelineDays: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 6 }),
    callOnDays: fc.option(fc.integer({ min: -2, max: 30 }), { freq: 2 }),
    holidays: fc.oneof(
      fc.uniqueArray(fc.integer({ min: -3, max: 45 }), { maxLength: 12 }),
      fc.tuple(fc.integer({ min: -3, max: 20 }), fc.integer({ min: 1, max: 12 })).map(([from, length]) => Array.from({ length }, (_, i) => from + i)),
    ),
    settings: fc.record({
      tonight: fc.constantFrom("19:00", "20:30", "18:00"),
      firstThing: fc.constantFrom("08:30", "07:45", "09:00"),
      post: fc.constantFrom([2, 3], [1, 2], [3, 5]),
      overnightDays: fc.constantFrom(1, 2),
      keepInTouchWeeks: fc.integer({ min: 6, max: 8 }),
      debriefHours: fc.integer({ min: 1, max: 6 }),
    }),
    items: fc.array(fc.record({ kind: fc.constantFrom("MATERIAL", "REQUEST") as fc.Arbitrary<"MATERIAL" | "REQUEST">, days: fc.option(fc.integer({ min: -2, max: 20 })) }), { maxLength: 2 }),
    calls: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 10 }), answered: fc.boolean() }), { maxLength: 4 }),
    expenses: fc.array(fc.record({ requestedDays: fc.option(fc.integer({ min: -5, max: 40 })), paid: fc.boolean() }), { maxLength: 2 }),
    references: fc.array(fc.record({ letterDays: fc.option(fc.integer({ min: 0, max: 20 })), thankHere: fc.boolean() }), { maxLength: 2 }),
    keepInTouchDays: fc.option(fc.integer({ min: 0, max: 120 })),
    now: nowAt,
  })
  .map((g) => {
    const day = addDays("2026-01-01", g.dayOffset);
    const startsAt = atLocalTime(day, g.time, g.zone);
    const ends = new Date(startsAt.getTime() + g.durationMinutes * 60_000);
    const inDays = (n: number) => new Date(ends.getTime() + n * 86_400_000);
    let callAt = ends.getTime();
    const input: PlannerInput = {
      now: g.now.at(startsAt, ends, day, g.zone),
      timeZone: g.zone,
      settings: {
        tonight: g.settings.tonight,
        firstThing: g.settings.firstThing,
        postDaysMin: g.settings.post[0]!,
        postDaysMax: g.settings.post[1]!,
        overnightDays: g.settings.overnightDays,
        keepInTouchWeeks: g.settings.keepInTouchWeeks,
        debriefHours: g.settings.debriefHours,
        holidays: g.holidays.map((n) => addDays(day, n)),
      },
      interview: { startsAt, durationMinutes: g.durationMinutes, stage: g.stage, outcome: g.outcome },
      people: [...g.people],
      timeline: {
        kind: g.timelineKind,
        date: g.timelineKind === "NONE" || g.timelineDays === null ? null : addDays(day, g.timelineDays),
        callOn: g.callOnDays === null ? null : addDays(day, g.callOnDays),
      },
      items: g.items.map((item, i) => ({
        id: `item${i}`,
        kind: item.kind,
        title: `Item ${i}`,
        dueOn: item.kind === "MATERIAL" && item.days !== null ? addDays(day, item.days) : null,
        receivedAt: item.kind === "REQUEST" && item.days !== null ? inDays(Math.max(0, item.days)) : null,
      })),
      calls: g.calls.map((c) => ({ at: new Date((callAt += (c.gap + 1) * 86_400_000)), answered: c.answered })),
      expenses: g.expenses.map((e, i) => ({
        id: `e${i}`,
        description: `Expense ${i}`,
        requestedAt: e.requestedDays === null ? null : inDays(e.requestedDays),
        paidAt: e.paid && e.requestedDays !== null ? inDays(e.requestedDays + 10) : null,
      })),
      referencesGiven: g.references.map((r, i) => ({ id: `ref${i}`, name: `Ref ${i}`, letterReceivedAt: r.letterDays === null ? null : inDays(r.letterDays), thankHere: r.thankHere })),
      keepInTouchDone: g.keepInTouchDays !== null && g.people.some((p) => p.role === "RECRUITER") ? [{ personId: "lisa", doneAt: inDays(g.keepInTouchDays) }] : [],
    };
    return { input, day, ends, label: g.now.label };
  });

/** Each generated input is planned once: the invariants below see the same inputs (same seed). */
const plans = new Map<string, FollowUpPlan>();
function planOf(input: PlannerInput): FollowUpPlan {
  const key = JSON.stringify(input);
  let plan = plans.get(key);
  if (!plan) plans.set(key, (plan = planFollowUp(input)));
  return plan;
}

const clocks = new Map<string, Intl.DateTimeFormat>();
const localDay = (task: PlannedTask, zone: string) => toCivilDate(task.dueAt, zone);
const localTime = (instant: Date, zone: string) => {
  let clock = clocks.get(zone);
  if (!clock) clocks.set(zone, (clock = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  return clock.format(instant);
};
const minus1h = (time: string) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return `${String((h + 23) % 24).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
};
const hasPrompt = (plan: FollowUpPlan, rules: RuleId[]) => plan.prompts.some((p) => p.rule && rules.includes(p.rule));
const describe_ = (task: PlannedTask, zone: string) => `${task.key} due ${task.dueAt.toISOString()} (${localDay(task, zone)} ${localTime(task.dueAt, zone)})`;
/** Thousands of checks: the message is only built when one fails. */
const ensure = (holds: boolean, message: () => string) => {
  if (!holds) assert.fail(message());
};

// Thousands of plans take seconds, more on a loaded machine: the limit is generous, and nothing is timed.
describe("planner invariants (docs/PLANNER.md), over generated interviews", { timeout: 600_000 }, () => {
  it("1. R05, R21, R07: nothing is due before the interview ends", () => {
    check(generated, ({ input, ends }) => {
      for (const task of planOf(input).tasks) {
        ensure(task.dueAt.getTime() >= ends.getTime(), () => `${describe_(task, input.timeZone)} is before the end, ${ends.toISOString()}`);
      }
    });
  });

  it("2. R06–R10, R19, R20: nothing that serves the decision or the next round is due after its day, and what cannot fit is said", () => {
    check(generated, ({ input }) => {
      const plan = planOf(input);
      const target = input.timeline.kind !== "NONE" ? input.timeline.date : null;
      if (!target) return;
      const zone = input.timeZone;
      for (const task of plan.tasks) {
        const serves =
          (TIMELINE_KINDS.has(task.kind) && plan.timelineRule !== "NONE") ||
          (task.kind === "PREPARE_NEXT_ROUND" && input.timeline.kind === "NEXT_ROUND") ||
          (task.kind === "THANK_YOU" && task.rules.some((r) => r === "R07" || r === "R09"));
        if (serves) ensure(daysBetween(localDay(task, zone), target) >= 0, () => `${describe_(task, zone)} is after ${target}`);
        if (task.arrivesBetween) ensure(daysBetween(task.arrivesBetween[1], target) >= 0, () => `${task.key} arrives ${task.arrivesBetween![1]}, after ${target}`);
      }
      // When nothing fits, the plan says so instead of planning too late.
      const pursuing = input.interview.outcome === "WAITING" || input.interview.outcome === "NEXT_ROUND";
      const has = (kind: TaskKind) => plan.tasks.some((t) => t.kind === kind);
      if (input.interview.outcome === "NEXT_ROUND" && input.timeline.kind === "NEXT_ROUND") expect(has("PREPARE_NEXT_ROUND") || hasPrompt(plan, ["R19"])).toBe(true);
      if (!pursuing) return;
      if (plan.timelineRule === "DECISION_3_7") expect(has("FOLLOW_UP_EMAIL") || hasPrompt(plan, ["R20"])).toBe(true);
      if (plan.timelineRule === "DECISION_8_21") {
        expect(has("FOLLOW_UP_LETTER") || hasPrompt(plan, ["R06"])).toBe(true);
        expect(has("OVERNIGHT_LETTER") || hasPrompt(plan, ["R09"])).toBe(true);
      }
      if (plan.timelineRule.startsWith("NEXT_ROUND")) {
        expect(has("FOLLOW_UP_EMAIL") || hasPrompt(plan, ["R08"])).toBe(true);
        expect(has("FOLLOW_UP_LETTER") || hasPrompt(plan, ["R06"])).toBe(true);
      }
      if (!plan.cold && (plan.timelineRule === "DECISION_8_21" || plan.timelineRule === "DECISION_OVER_21" || plan.timelineRule === "DECISION_3_7")) {
        expect(has("FINAL_CALL") || hasPrompt(plan, ["R10"])).toBe(true);
      }
      if (!plan.cold && input.calls.length === 0 && (plan.timelineRule === "DECISION_0_2" || plan.timelineRule === "DECISION_OVER_21" || plan.timelineRule === "NEXT_ROUND_OVER_9")) {
        expect(has("FOLLOW_UP_CALL") || hasPrompt(plan, ["R03", "R06", "R07"])).toBe(true);
      }
    });
  });

  it("3. R07, R21: nothing is overdue at birth, each task sits at a sensible hour, and the same-day tasks move together", () => {
    check(generated, ({ input, ends }) => {
      const plan = planOf(input);
      const { settings, timeZone: zone } = input;
      const sameDay = new Set<number>();
      for (const task of plan.tasks) {
        ensure(task.dueAt.getTime() >= input.now.getTime(), () => `${describe_(task, zone)} is before now, ${input.now.toISOString()}`);
        const time = localTime(task.dueAt, zone);
        const debriefAt = new Date(ends.getTime() + settings.debriefHours * 3_600_000);
        const sensible =
          task.kind === "DEBRIEF" ? (task.dueAt.getTime() === debriefAt.getTime() ? [time] : [settings.firstThing, settings.tonight])
          : SAME_DAY_KINDS.has(task.kind) ? [settings.tonight, minus1h(settings.firstThing)]
          : [settings.firstThing, "17:00"];
        ensure(sensible.includes(time), () => `${describe_(task, zone)} is not at ${sensible.join(" or ")}`);
        if (SAME_DAY_KINDS.has(task.kind)) sameDay.add(task.dueAt.getTime());
      }
      expect(sameDay.size).toBeLessThanOrEqual(1);
    });
  });

  it("4. R06, R17 and the working-day rules: every working-day task falls on a working day in the client's zone and the practice's calendar", () => {
    check(generated, ({ input }) => {
      const holidays = new Set(input.settings.holidays);
      for (const task of planOf(input).tasks) {
        if (!ANY_DAY_KINDS.has(task.kind)) ensure(isWorkingDay(localDay(task, input.timeZone), holidays), () => `${describe_(task, input.timeZone)} is not a working day`);
        for (const arrives of task.arrivesBetween ?? []) ensure(isWorkingDay(arrives, holidays), () => `${task.key} arrives ${arrives}, not a working day`);
      }
    });
  });

  it("5. the same plan whatever the server's zone (R21's tonight and R07's first thing are the client's hours)", () => {
    const original = process.env.TZ;
    try {
      check(
        generated,
        ({ input }) => {
          process.env.TZ = original;
          const here = planOf(input);
          process.env.TZ = "Asia/Kathmandu";
          expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-345);
          expect(planFollowUp(input)).toEqual(here);
        },
        500,
      );
    } finally {
      process.env.TZ = original;
    }
  });

  it("re-plans keep task keys unique (R01: one thank-you per person, never two)", () => {
    check(generated, ({ input }) => {
      const keys = planOf(input).tasks.map((t) => t.key);
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
});

describe("planner invariant 6: impossible input is refused with a typed error", () => {
  const base = () => testPlannerInput({ people: [{ id: "maria", role: "INTERVIEWER", name: "Maria" }] });
  const errorOf = (input: PlannerInput) => {
    try {
      planFollowUp(input);
    } catch (error) {
      return error;
    }
    return null;
  };

  it("R20, R03: a decision or a next round before the interview day is refused, whatever the zone", () => {
    check(
      fc.record({ zone: fc.constantFrom(...ZONES), kind: fc.constantFrom("DECISION", "NEXT_ROUND") as fc.Arbitrary<"DECISION" | "NEXT_ROUND">, before: fc.integer({ min: 1, max: 400 }) }),
      ({ zone, kind, before }) => {
        const input = base();
        const day = toCivilDate(input.interview.startsAt, zone);
        const error = errorOf({ ...input, timeZone: zone, timeline: { kind, date: addDays(day, -before) } });
        expect(error).toBeInstanceOf(PlannerInputError);
        expect((error as PlannerInputError).problem).toBe("TIMELINE_BEFORE_INTERVIEW");
        expect((error as Error).message).toMatch(/before the interview/);
      },
      500,
    );
  });

  it("R07: a decision on the interview day itself is planned, not refused", () => {
    expect(planFollowUp({ ...base(), timeline: { kind: "DECISION", date: "2026-03-05" } }).timelineRule).toBe("DECISION_0_2");
  });

  it("an unknown zone is a PlannerInputError, never a RangeError (R21's tonight needs the client's zone)", () => {
    check(
      fc.oneof(fc.constantFrom("Mars/Olympus", "", "America/New York", "UTC+25", "Europe/Lndon", "../etc/passwd"), fc.string({ maxLength: 20 })).filter((zone) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: zone });
          return false;
        } catch {
          return true;
        }
      }),
      (zone) => {
        const error = errorOf({ ...base(), timeZone: zone });
        expect(error).toBeInstanceOf(PlannerInputError);
        expect(error).not.toBeInstanceOf(RangeError);
        expect((error as PlannerInputError).problem).toBe("UNKNOWN_TIME_ZONE");
      },
      300,
    );
  });

  it("R05: an instant that is not a time is a PlannerInputError", () => {
    expect(errorOf({ ...base(), now: new Date("not a time") })).toBeInstanceOf(PlannerInputError);
    expect(errorOf({ ...base(), interview: { ...base().interview, startsAt: new Date(Number.NaN) } })).toBeInstanceOf(PlannerInputError);
  });
});
