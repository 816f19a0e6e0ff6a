import { describe, expect, it } from "vitest";
import { planFollowUp } from "./plan-follow-up";
import { DEFAULT_PLANNER_SETTINGS, type PlannedTask, type PlannerInput } from "./planner-types";
import { testPlannerInput } from "./test-input";

/**
 * The client is in America/New_York; clocks go forward there on Sunday 2026-03-08.
 * These tests run under TZ=UTC and TZ=Pacific/Auckland (vitest projects) with the same expectations.
 */
const ZONE = "America/New_York";
const MARIA = { id: "p-maria", role: "INTERVIEWER", name: "Maria Chen" } as const;
const TOM = { id: "p-tom", role: "PANEL_MEMBER", name: "Tom Baker" } as const;
const LISA = { id: "p-lisa", role: "RECRUITER", name: "Lisa Park" } as const;
const DANA = { id: "p-dana", role: "ASSISTANT", name: "Dana Ortiz" } as const;

function input(overrides: Partial<PlannerInput> & { startsAt?: string } = {}): PlannerInput {
  const { startsAt = "2026-03-05T15:00:00Z", ...rest } = overrides; // Thu 5 March, 10:00 EST
  return testPlannerInput({ timeZone: ZONE, people: [MARIA, TOM], ...rest }, startsAt);
}

const byKey = (tasks: PlannedTask[], key: string) => tasks.find((t) => t.key === key);
const dueOf = (tasks: PlannedTask[], key: string) => byKey(tasks, key)?.dueAt.toISOString();
const withRule = (tasks: PlannedTask[], rule: string) => tasks.filter((t) => (t.rules as string[]).includes(rule));

describe("planFollowUp: rules", () => {
  it("R01: a personal thank-you to each interviewer and panel member, each its own task", () => {
    const { tasks } = planFollowUp(input());
    const thanks = tasks.filter((t) => t.kind === "THANK_YOU");
    expect(thanks.map((t) => t.recipientPersonId)).toEqual(["p-maria", "p-tom"]);
    expect(new Set(thanks.map((t) => t.key)).size).toBe(2);
    expect(thanks.every((t) => t.rules.includes("R01") && t.channel === "EMAIL")).toBe(true);
  });

  it("R21: the thank-you is due the same day, tonight at 19:00 local time", () => {
    const { tasks } = planFollowUp(input());
    expect(dueOf(tasks, "thank-you:p-maria")).toBe("2026-03-06T00:00:00.000Z"); // 19:00 EST on the 5th
  });

  it("R21: a handwritten card to the lead interviewer, posted the same day, arriving in 2–3 working days", () => {
    const card = byKey(planFollowUp(input()).tasks, "card:p-maria");
    expect(card?.channel).toBe("HANDWRITTEN_CARD");
    expect(card?.dueAt.toISOString()).toBe("2026-03-06T00:00:00.000Z");
    expect(card?.arrivesBetween).toEqual(["2026-03-09", "2026-03-10"]);
  });

  it("R21: an interview ending late moves the thank-you to before working hours next morning", () => {
    const { tasks } = planFollowUp(input({ startsAt: "2026-03-05T23:00:00Z" })); // 18:00 EST, ends 19:00
    expect(dueOf(tasks, "thank-you:p-maria")).toBe("2026-03-06T12:30:00.000Z"); // 07:30 EST on the 6th
  });

  it("R11: the thank-you comes first among follow-ups due at the same time", () => {
    const { tasks } = planFollowUp(input({ people: [LISA, MARIA] }));
    const sameTime = tasks.filter((t) => t.dueAt.toISOString() === "2026-03-06T00:00:00.000Z");
    expect(sameTime[0]!.kind).toBe("THANK_YOU");
  });

  it("R18: an assistant gets a thank-you too", () => {
    const task = byKey(planFollowUp(input({ people: [MARIA, DANA] })).tasks, "thank-you:p-dana");
    expect(task?.rules).toEqual(expect.arrayContaining(["R01", "R18"]));
  });

  it("R22: the recruiter is thanked the same day", () => {
    const task = byKey(planFollowUp(input({ people: [MARIA, LISA] })).tasks, "recruiter-thanks:p-lisa");
    expect(task).toMatchObject({ rules: ["R22"], channel: "EMAIL" });
    expect(task?.dueAt.toISOString()).toBe("2026-03-06T00:00:00.000Z");
  });

  it("R23: keep-in-touch emails to a recruiter recur at the practice's interval", () => {
    const first = byKey(planFollowUp(input({ people: [LISA] })).tasks, "keep-in-touch:p-lisa:1");
    expect(first?.dueAt.toISOString()).toBe("2026-04-23T12:30:00.000Z"); // 7 weeks on, 08:30 EDT
    const second = byKey(
      planFollowUp(input({ people: [LISA], keepInTouchDone: [{ personId: "p-lisa", doneAt: new Date("2026-04-23T14:00:00Z") }] })).tasks,
      "keep-in-touch:p-lisa:2",
    );
    expect(second?.dueAt.toISOString()).toBe("2026-06-11T12:30:00.000Z");
    const sixWeeks = byKey(planFollowUp(input({ people: [LISA], settings: { ...DEFAULT_PLANNER_SETTINGS, keepInTouchWeeks: 6 } })).tasks, "keep-in-touch:p-lisa:1");
    expect(sixWeeks?.dueAt.toISOString()).toBe("2026-04-16T12:30:00.000Z");
  });

  it("R05: the debrief is due a few hours after the interview ends", () => {
    expect(dueOf(planFollowUp(input()).tasks, "debrief")).toBe("2026-03-05T19:00:00.000Z"); // ends 11:00, +3 h
  });

  it("R02: promised materials within one working day, or by the promised date", () => {
    const { tasks } = planFollowUp(
      input({ items: [{ id: "m1", kind: "MATERIAL", title: "Portfolio" }, { id: "m2", kind: "MATERIAL", title: "Business plan", dueOn: "2026-03-10" }] }),
    );
    expect(dueOf(tasks, "materials:m1")).toBe("2026-03-06T22:00:00.000Z"); // Fri 17:00 EST
    expect(dueOf(tasks, "materials:m2")).toBe("2026-03-10T21:00:00.000Z"); // Tue 17:00 EDT
    expect(withRule(tasks, "R02")).toHaveLength(2);
  });

  it("R17: a request from the employer is answered within one working day, skipping the weekend", () => {
    const { tasks } = planFollowUp(input({ items: [{ id: "r1", kind: "REQUEST", title: "Application form", receivedAt: new Date("2026-03-06T15:00:00Z") }] }));
    expect(dueOf(tasks, "request:r1")).toBe("2026-03-09T21:00:00.000Z"); // received Fri, due Mon 17:00 EDT
  });

  it("R03 and R06: with no timeline, the first call is 5 working days after the interview", () => {
    const plan = planFollowUp(input());
    expect(plan.timelineRule).toBe("NONE");
    expect(byKey(plan.tasks, "call:1")?.rules).toEqual(["R03", "R06"]);
    expect(dueOf(plan.tasks, "call:1")).toBe("2026-03-12T12:30:00.000Z"); // Thu 12th, 08:30 EDT
  });

  it("R03: \"call me on <date>\" replaces the computed call date", () => {
    const { tasks } = planFollowUp(input({ timeline: { kind: "NONE", callOn: "2026-03-10" } }));
    expect(dueOf(tasks, "call:1")).toBe("2026-03-10T12:30:00.000Z");
  });

  it("working days skip the practice's holidays", () => {
    const { tasks } = planFollowUp(input({ settings: { ...DEFAULT_PLANNER_SETTINGS, holidays: ["2026-03-09"] } }));
    expect(dueOf(tasks, "call:1")).toBe("2026-03-13T12:30:00.000Z"); // one day later than without the holiday
  });

  it("R14: calls repeat weekly, and after the third unanswered one the lead is cold with no call planned", () => {
    const unanswered = (iso: string) => ({ at: new Date(iso), answered: false });
    const afterOne = planFollowUp(input({ calls: [unanswered("2026-03-12T13:00:00Z")] }));
    expect(dueOf(afterOne.tasks, "call:2")).toBe("2026-03-19T12:30:00.000Z");
    expect(afterOne.cold).toBe(false);
    const afterTwo = planFollowUp(input({ calls: [unanswered("2026-03-12T13:00:00Z"), unanswered("2026-03-19T13:00:00Z")] }));
    expect(dueOf(afterTwo.tasks, "call:3")).toBe("2026-03-26T12:30:00.000Z");
    const afterThree = planFollowUp(input({ calls: [unanswered("2026-03-12T13:00:00Z"), unanswered("2026-03-19T13:00:00Z"), unanswered("2026-03-26T13:00:00Z")] }));
    expect(afterThree.cold).toBe(true);
    expect(afterThree.tasks.filter((t) => t.channel === "PHONE" && t.kind !== "PREPARE_REFERENCES")).toEqual([]);
  });

  it("R14: an answered call resets the count", () => {
    const calls = [false, false, true, false].map((answered, i) => ({ at: new Date(Date.UTC(2026, 2, 12 + 7 * i, 13)), answered }));
    expect(planFollowUp(input({ calls })).cold).toBe(false);
  });

  it("R07: a decision within 48 hours: email tonight and a call first thing the next morning", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-06" } }));
    expect(plan.timelineRule).toBe("DECISION_0_2");
    expect(byKey(plan.tasks, "thank-you:p-maria")?.rules).toContain("R07");
    expect(dueOf(plan.tasks, "thank-you:p-maria")).toBe("2026-03-06T00:00:00.000Z");
    expect(byKey(plan.tasks, "call:1")?.rules).toEqual(["R07"]);
    expect(dueOf(plan.tasks, "call:1")).toBe("2026-03-06T13:30:00.000Z");
  });

  it("R06: no mailed letter or card when it cannot arrive before the decision", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-06" } }));
    expect(plan.tasks.filter((t) => t.channel === "LETTER" || t.channel === "HANDWRITTEN_CARD")).toEqual([]);
  });

  it("R20: a decision 3–7 days away gets a mid-period follow-up asking whether they need anything more", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-11" } })); // 6 days
    expect(plan.timelineRule).toBe("DECISION_3_7");
    expect(byKey(plan.tasks, "mid-period-email")?.rules).toEqual(["R20"]);
    expect(dueOf(plan.tasks, "mid-period-email")).toBe("2026-03-09T12:30:00.000Z"); // day 3 is Sunday: Monday
  });

  it("R10: a final call 2–4 working days before the decision, when there is room for it", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-11" } }));
    expect(dueOf(plan.tasks, "final-call")).toBe("2026-03-06T13:30:00.000Z"); // 3 working days before Wed 11th
    const tight = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-09" } })); // Mon: 1 working day
    expect(byKey(tight.tasks, "final-call")).toBeUndefined();
  });

  it("R08: a next round in about a week: an email tomorrow and a letter posted the same day", () => {
    const plan = planFollowUp(input({ timeline: { kind: "NEXT_ROUND", date: "2026-03-12" } }));
    expect(plan.timelineRule).toBe("NEXT_ROUND_UP_TO_9");
    expect(dueOf(plan.tasks, "next-day-email")).toBe("2026-03-06T13:30:00.000Z");
    expect(byKey(plan.tasks, "letter")).toMatchObject({ rules: ["R08", "R06"], arrivesBetween: ["2026-03-10", "2026-03-11"] });
    expect(byKey(plan.tasks, "call:1")).toBeUndefined();
  });

  it("R08 with R06: a next round more than 9 days away adds the call at 5 working days", () => {
    const plan = planFollowUp(input({ timeline: { kind: "NEXT_ROUND", date: "2026-03-20" } }));
    expect(plan.timelineRule).toBe("NEXT_ROUND_OVER_9");
    expect(byKey(plan.tasks, "call:1")?.rules).toEqual(["R06"]);
  });

  it("R19: a prep task once the outcome is \"next round\", the working day before it", () => {
    const plan = planFollowUp(input({ interview: { ...input().interview, outcome: "NEXT_ROUND" }, timeline: { kind: "NEXT_ROUND", date: "2026-03-12" } }));
    expect(byKey(plan.tasks, "prepare-next-round")?.rules).toEqual(["R19"]);
    expect(dueOf(plan.tasks, "prepare-next-round")).toBe("2026-03-11T12:30:00.000Z");
    expect(byKey(planFollowUp(input()).tasks, "prepare-next-round")).toBeUndefined();
  });

  it("R09: a decision 8–21 days away: letter in 2–3 days, overnight letter on the Monday of the decision week, final call", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-19" } })); // 14 days, Thursday
    expect(plan.timelineRule).toBe("DECISION_8_21");
    expect(byKey(plan.tasks, "thank-you:p-maria")?.rules).toContain("R09");
    expect(byKey(plan.tasks, "letter")?.arrivesBetween).toEqual(["2026-03-09", "2026-03-10"]);
    expect(byKey(plan.tasks, "overnight-letter")?.arrivesBetween).toEqual(["2026-03-16", "2026-03-16"]);
    expect(dueOf(plan.tasks, "overnight-letter")).toBe("2026-03-13T21:00:00.000Z"); // posted Fri 17:00 EDT
    expect(dueOf(plan.tasks, "final-call")).toBe("2026-03-16T12:30:00.000Z");
  });

  it("R09: the overnight letter arrives on the Tuesday when the Monday is a holiday", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-19" }, settings: { ...DEFAULT_PLANNER_SETTINGS, holidays: ["2026-03-16"] } }));
    expect(byKey(plan.tasks, "overnight-letter")?.arrivesBetween).toEqual(["2026-03-17", "2026-03-17"]);
    expect(dueOf(plan.tasks, "overnight-letter")).toBe("2026-03-13T21:00:00.000Z");
  });

  it("R06 then R10: a decision more than 21 days away", () => {
    const plan = planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-04-02" } }));
    expect(plan.timelineRule).toBe("DECISION_OVER_21");
    expect(dueOf(plan.tasks, "call:1")).toBe("2026-03-12T12:30:00.000Z");
    expect(dueOf(plan.tasks, "final-call")).toBe("2026-03-30T12:30:00.000Z");
  });

  it("R04: keep searching while interviews are pending, and not once the offer is signed", () => {
    expect(byKey(planFollowUp(input()).tasks, "keep-searching")?.rules).toEqual(["R04"]);
    const signed = planFollowUp(input({ interview: { ...input().interview, outcome: "OFFER_SIGNED" } }));
    expect(byKey(signed.tasks, "keep-searching")).toBeUndefined();
    expect(signed.tasks.filter((t) => t.channel === "PHONE")).toEqual([]);
  });

  it("R12: references are checked and prepared, and each reference given is briefed", () => {
    const plan = planFollowUp(input({ interview: { ...input().interview, stage: "SECOND_ROUND" }, referencesGiven: [{ id: "ref1", name: "Alex Boss" }] }));
    expect(byKey(plan.tasks, "prepare-references")?.rules).toEqual(["R12"]);
    expect(byKey(plan.tasks, "brief-reference:ref1")?.title).toBe("Brief Alex Boss before the employer calls");
  });

  it("R12: a reference given to this employer is briefed, whatever the stage", () => {
    const plan = planFollowUp(input({ referencesGiven: [{ id: "ref2", name: "Sam Boss" }] }));
    expect(dueOf(plan.tasks, "brief-reference:ref2")).toBe("2026-03-06T13:30:00.000Z");
  });

  it("R13: a reference letter received brings a thank-you, planned on one interview only", () => {
    const received = new Date("2026-03-06T15:00:00Z"); // Friday
    const here = planFollowUp(input({ referencesGiven: [{ id: "ref3", name: "Pat Mentor", letterReceivedAt: received, thankHere: true }] }));
    expect(byKey(here.tasks, "thank-reference:ref3")).toMatchObject({ rules: ["R13"], channel: "HANDWRITTEN_CARD" });
    expect(dueOf(here.tasks, "thank-reference:ref3")).toBe("2026-03-09T21:00:00.000Z"); // Monday 17:00 EDT
    const elsewhere = planFollowUp(input({ referencesGiven: [{ id: "ref3", name: "Pat Mentor", letterReceivedAt: received, thankHere: false }] }));
    expect(byKey(elsewhere.tasks, "thank-reference:ref3")).toBeUndefined();
  });

  it("R13: a character reference is asked for at the final stage", () => {
    expect(byKey(planFollowUp(input({ interview: { ...input().interview, stage: "FINAL" } })).tasks, "character-reference")?.rules).toEqual(["R13"]);
    expect(byKey(planFollowUp(input()).tasks, "character-reference")).toBeUndefined();
  });

  it("R15: ask for travel expenses back, and chase them when unpaid 30 days after the request", () => {
    const { tasks } = planFollowUp(
      input({
        expenses: [
          { id: "e1", description: "Train to Boston" },
          { id: "e2", description: "Hotel", requestedAt: new Date("2026-03-06T15:00:00Z") },
          { id: "e3", description: "Taxi", requestedAt: new Date("2026-03-06T15:00:00Z"), paidAt: new Date("2026-03-20T15:00:00Z") },
        ],
      }),
    );
    expect(byKey(tasks, "reimburse-request:e1")?.rules).toEqual(["R15"]);
    expect(dueOf(tasks, "reimburse-chase:e2")).toBe("2026-04-05T12:30:00.000Z");
    expect(byKey(tasks, "reimburse-chase:e3")).toBeUndefined();
  });

  it("R16: invited questions are a prompt, not a task", () => {
    const plan = planFollowUp(input({ timeline: { kind: "NONE", questionsInvited: true } }));
    expect(plan.prompts).toEqual([{ rule: "R16", text: expect.stringContaining("4 or 5") }]);
    expect(withRule(plan.tasks, "R16")).toEqual([]);
  });

  it("uses the practice's own hours for tonight and first thing", () => {
    const settings = { ...DEFAULT_PLANNER_SETTINGS, tonight: "20:30", firstThing: "07:45" };
    const plan = planFollowUp(input({ settings, timeline: { kind: "DECISION", date: "2026-03-06" } }));
    expect(dueOf(plan.tasks, "thank-you:p-maria")).toBe("2026-03-06T01:30:00.000Z");
    expect(dueOf(plan.tasks, "call:1")).toBe("2026-03-06T12:45:00.000Z");
  });

  it("gives the same plan for the same input, whatever the process zone", () => {
    expect(planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-19" } }))).toEqual(planFollowUp(input({ timeline: { kind: "DECISION", date: "2026-03-19" } })));
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(process.env.TZ === "UTC" ? 0 : -780);
  });
});

describe("planFollowUp: the cases that broke the invariants (docs/PLANNER.md)", () => {
  const agendaOf = (plan: ReturnType<typeof planFollowUp>) => plan.tasks.map((t) => `${t.dueAt.toISOString()} ${t.key}`);

  it("R21: an interview from 18:30 to 21:00 moves the card with the thank-yous, to before working hours next morning", () => {
    const { tasks } = planFollowUp(input({ startsAt: "2026-03-05T23:30:00Z", interview: { ...input().interview, startsAt: new Date("2026-03-05T23:30:00Z"), durationMinutes: 150 } }));
    expect(dueOf(tasks, "thank-you:p-maria")).toBe("2026-03-06T12:30:00.000Z"); // Fri 07:30 EST
    expect(dueOf(tasks, "card:p-maria")).toBe("2026-03-06T12:30:00.000Z");
    expect(byKey(tasks, "card:p-maria")?.arrivesBetween).toEqual(["2026-03-10", "2026-03-11"]); // posted Friday
  });

  it("R09: an interview starting at 23:30 posts its letters after it, not at 17:00 the same day", () => {
    const startsAt = "2026-03-06T04:30:00Z"; // Thu 5 March, 23:30 EST
    const plan = planFollowUp(input({ startsAt, interview: { ...input().interview, startsAt: new Date(startsAt) }, timeline: { kind: "DECISION", date: "2026-03-17" } }));
    expect(plan.timelineRule).toBe("DECISION_8_21");
    expect(dueOf(plan.tasks, "letter")).toBe("2026-03-06T22:00:00.000Z"); // Fri 17:00 EST
    expect(dueOf(plan.tasks, "overnight-letter")).toBe("2026-03-13T21:00:00.000Z"); // Fri 13th, arrives Mon 16th
    expect(plan.tasks.every((t) => t.dueAt.getTime() >= new Date(startsAt).getTime() + 3_600_000)).toBe(true);
  });

  it("R07: a Friday 07:00 interview with the decision on Sunday gets no call after the decision; the plan says why", () => {
    const startsAt = "2026-03-06T12:00:00Z"; // Fri 6 March, 07:00 EST
    const plan = planFollowUp(input({ startsAt, interview: { ...input().interview, startsAt: new Date(startsAt) }, timeline: { kind: "DECISION", date: "2026-03-08" } }));
    expect(byKey(plan.tasks, "call:1")).toBeUndefined();
    expect(plan.prompts).toEqual([{ rule: "R07", text: expect.stringContaining("before the decision on Sunday 8 March 2026 for a call first thing in the morning") }]);
  });

  it("R20 and R10: a decision a week away behind a week of holidays: the mid-period email moves earlier, and the missing final call is said", () => {
    const holidays = ["2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"];
    const plan = planFollowUp(input({ settings: { ...DEFAULT_PLANNER_SETTINGS, holidays }, timeline: { kind: "DECISION", date: "2026-03-12" } }));
    expect(plan.timelineRule).toBe("DECISION_3_7");
    expect(dueOf(plan.tasks, "mid-period-email")).toBe("2026-03-06T13:30:00.000Z"); // Fri 6th, not Mon 16th
    expect(byKey(plan.tasks, "final-call")).toBeUndefined();
    expect(plan.prompts).toEqual([{ rule: "R10", text: expect.stringContaining("for a final call 2 to 4 working days ahead of it") }]);
  });

  it("R07 and R21: planned the next morning at 09:30, nothing is born overdue", () => {
    // Wed 4 March, 10:00 EST; the decision is on Friday; the plan is made on Thursday at 09:30.
    const startsAt = "2026-03-04T15:00:00Z";
    const plan = planFollowUp(input({ startsAt, now: new Date("2026-03-05T14:30:00Z"), interview: { ...input().interview, startsAt: new Date(startsAt) }, timeline: { kind: "DECISION", date: "2026-03-06" } }));
    expect(agendaOf(plan)).toEqual([
      "2026-03-06T00:00:00.000Z thank-you:p-maria", // Thu 19:00: the next "tonight", not Thu 07:30
      "2026-03-06T00:00:00.000Z thank-you:p-tom",
      "2026-03-06T00:00:00.000Z debrief", // its own moment, Wed 14:00, had passed
      "2026-03-06T13:30:00.000Z call:1", // Fri 08:30, the next "first thing", still before the decision
      "2026-03-06T13:30:00.000Z keep-searching",
      "2026-03-06T13:30:00.000Z prepare-references",
    ]);
    expect(byKey(plan.tasks, "call:1")?.rules).toEqual(["R07"]);
  });

  it("R21: a re-plan after 19:00 moves the thank-yous and the card alike to before working hours next morning", () => {
    const plan = planFollowUp(input({ now: new Date("2026-03-06T00:30:00Z") })); // Thu 19:30 EST
    const sameDay = plan.tasks.filter((t) => t.kind === "THANK_YOU" || t.kind === "HANDWRITTEN_CARD");
    expect(sameDay.map((t) => t.key)).toEqual(["thank-you:p-maria", "thank-you:p-tom", "card:p-maria"]);
    expect(new Set(sameDay.map((t) => t.dueAt.toISOString()))).toEqual(new Set(["2026-03-06T12:30:00.000Z"]));
  });

  it("R03 and R06: a re-plan days after the call was due plans it first thing on the next working day", () => {
    const plan = planFollowUp(input({ now: new Date("2026-03-14T15:00:00Z") })); // Saturday 14th; the call was due Thu 12th
    expect(dueOf(plan.tasks, "call:1")).toBe("2026-03-16T12:30:00.000Z"); // Mon 16th, 08:30 EDT
  });

  it("R02: materials promised for a Saturday are due on the Friday before", () => {
    const plan = planFollowUp(input({ items: [{ id: "m1", kind: "MATERIAL", title: "Portfolio", dueOn: "2026-03-07" }] }));
    expect(dueOf(plan.tasks, "materials:m1")).toBe("2026-03-06T22:00:00.000Z");
  });
});
