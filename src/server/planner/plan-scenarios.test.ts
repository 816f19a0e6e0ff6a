import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { planFollowUp } from "./plan-follow-up";
import type { PlannerInput } from "./planner-types";
import { testPlannerInput } from "./test-input";

/**
 * Day-by-day scenarios from seeds/002 (R07, R08, R09) and seeds/000 and 001 (R03, R06).
 * The client is in America/New_York; the plans cross the change to daylight time on
 * Sunday 2026-03-08. Each line is "local day and time · kind · to whom · rules".
 */
const ZONE = "America/New_York";
const people = [
  { id: "maria", role: "INTERVIEWER", name: "Maria" },
  { id: "tom", role: "INTERVIEWER", name: "Tom" },
] as const;

function agenda(overrides: Partial<PlannerInput>, startsAt: string): string[] {
  const plan = planFollowUp(testPlannerInput({ timeZone: ZONE, people: [...people], ...overrides }, startsAt));
  return plan.tasks.map((task) => {
    const when = format(new TZDate(task.dueAt.getTime(), ZONE), "EEE yyyy-MM-dd HH:mm");
    const arrives = task.arrivesBetween ? ` (arrives ${task.arrivesBetween.join("–")})` : "";
    return `${when} ${task.kind}${task.recipientPersonId ? ` ${task.recipientPersonId}` : ""}${arrives} [${task.rules.join(",")}]`;
  });
}

describe("planner scenarios, day by day", () => {
  it("a decision within 48 hours (R07)", () => {
    // Thursday 5 March, 10:00 EST; the decision is on Friday.
    expect(agenda({ timeline: { kind: "DECISION", date: "2026-03-06" } }, "2026-03-05T15:00:00Z")).toEqual([
      "Thu 2026-03-05 14:00 DEBRIEF [R05]",
      "Thu 2026-03-05 19:00 THANK_YOU maria [R01,R11,R21,R07]",
      "Thu 2026-03-05 19:00 THANK_YOU tom [R01,R11,R21,R07]",
      "Fri 2026-03-06 08:30 FOLLOW_UP_CALL maria [R07]",
      "Fri 2026-03-06 08:30 PREPARE_REFERENCES [R12]",
      "Mon 2026-03-09 08:30 KEEP_SEARCHING [R04]",
    ]);
  });

  it("a next round in about a week (R08, R19)", () => {
    // Thursday 5 March; the next round is Thursday 12 March, after the clocks change.
    expect(
      agenda({ interview: { startsAt: new Date("2026-03-05T15:00:00Z"), durationMinutes: 60, stage: "FIRST_ROUND", outcome: "NEXT_ROUND" }, timeline: { kind: "NEXT_ROUND", date: "2026-03-12" } }, "2026-03-05T15:00:00Z"),
    ).toEqual([
      "Thu 2026-03-05 14:00 DEBRIEF [R05]",
      "Thu 2026-03-05 19:00 THANK_YOU maria [R01,R11,R21]",
      "Thu 2026-03-05 19:00 THANK_YOU tom [R01,R11,R21]",
      "Thu 2026-03-05 19:00 HANDWRITTEN_CARD maria (arrives 2026-03-09–2026-03-10) [R21,R06]",
      "Fri 2026-03-06 08:30 FOLLOW_UP_EMAIL maria [R08]",
      "Fri 2026-03-06 17:00 FOLLOW_UP_LETTER maria (arrives 2026-03-10–2026-03-11) [R08,R06]",
      "Mon 2026-03-09 08:30 KEEP_SEARCHING [R04]",
      "Wed 2026-03-11 08:30 PREPARE_NEXT_ROUND [R19]",
    ]);
  });

  it("a decision 10 days away (R09, R10)", () => {
    // Monday 2 March, 10:00 EST; the decision is Thursday 12 March, in daylight time.
    expect(agenda({ timeline: { kind: "DECISION", date: "2026-03-12" } }, "2026-03-02T15:00:00Z")).toEqual([
      "Mon 2026-03-02 14:00 DEBRIEF [R05]",
      "Mon 2026-03-02 17:00 FOLLOW_UP_LETTER maria (arrives 2026-03-04–2026-03-05) [R09,R06]",
      "Mon 2026-03-02 19:00 THANK_YOU maria [R01,R11,R21,R09]",
      "Mon 2026-03-02 19:00 THANK_YOU tom [R01,R11,R21,R09]",
      "Mon 2026-03-02 19:00 HANDWRITTEN_CARD maria (arrives 2026-03-04–2026-03-05) [R21,R06]",
      "Tue 2026-03-03 08:30 PREPARE_REFERENCES [R12]",
      "Wed 2026-03-04 08:30 KEEP_SEARCHING [R04]",
      // The overnight letter arrives on the Monday of the decision week.
      "Fri 2026-03-06 17:00 OVERNIGHT_LETTER maria (arrives 2026-03-09–2026-03-09) [R09]",
      // Three working days before the decision: approval takes at least two.
      "Mon 2026-03-09 08:30 FINAL_CALL maria [R10]",
    ]);
  });

  it("no timeline: follow up anyway, with the first call 5 working days later (R03, R06)", () => {
    expect(agenda({}, "2026-03-05T15:00:00Z")).toEqual([
      "Thu 2026-03-05 14:00 DEBRIEF [R05]",
      "Thu 2026-03-05 19:00 THANK_YOU maria [R01,R11,R21]",
      "Thu 2026-03-05 19:00 THANK_YOU tom [R01,R11,R21]",
      "Thu 2026-03-05 19:00 HANDWRITTEN_CARD maria (arrives 2026-03-09–2026-03-10) [R21,R06]",
      "Mon 2026-03-09 08:30 KEEP_SEARCHING [R04]",
      "Thu 2026-03-12 08:30 FOLLOW_UP_CALL maria [R03,R06]",
    ]);
  });
});
