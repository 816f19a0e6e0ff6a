import "server-only";
import {
  addDays,
  addWorkingDays,
  atLocalTime,
  daysBetween,
  isoWeekday,
  isWorkingDay,
  mondayOfWeek,
  toCivilDate,
  workingDaysBetween,
  type CivilDate,
} from "@/lib/civil-date";
import { isValidTimeZone } from "@/lib/time-zones";
import { PlannerInputError, type FollowUpPlan, type PlannedTask, type PlannerInput, type PlannerPrompt, type RuleId, type TaskKind } from "./planner-types";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
/** When a posting or paperwork deadline falls on a day, it falls at the end of the working day. */
const END_OF_WORKING_DAY = "17:00";
/** R14: at most three follow-up calls when nothing is happening. */
export const MAX_UNANSWERED_CALLS = 3;
/** R15: remind when a reimbursement is still unpaid this many days after the request. */
export const REIMBURSEMENT_REMINDER_DAYS = 30;

const CLOSED_OUTCOMES = new Set(["OFFER_SIGNED", "REJECTED", "WITHDRAWN"]);
/** R11: the thank-you comes first among follow-ups due at the same time. */
const KIND_ORDER: TaskKind[] = ["THANK_YOU", "RECRUITER_THANK_YOU", "HANDWRITTEN_CARD", "DEBRIEF"];

/** Consecutive unanswered calls at the end of the log. */
export function countStrikes(calls: PlannerInput["calls"]): number {
  let strikes = 0;
  for (let i = calls.length - 1; i >= 0 && !calls[i]!.answered; i -= 1) strikes += 1;
  return strikes;
}

/**
 * Plans the follow-up of one interview: pure, with `now` and the zone passed in, so the
 * same input gives the same plan on any machine. DOMAIN.md's rules R01–R23 and its
 * timeline table are the specification; each task names the rules that created it.
 * docs/PLANNER.md lists the invariants every plan keeps, whatever the input; input no
 * plan can be made from throws a PlannerInputError.
 */
export function planFollowUp(input: PlannerInput): FollowUpPlan {
  checkInput(input);
  const { settings, timeZone, interview, timeline, now } = input;
  const holidays = new Set(settings.holidays);
  // The same few instants are asked for many times while days are searched.
  const instants = new Map<string, Date>();
  const at = (date: CivilDate, time: string): Date => {
    const key = `${date}T${time}`;
    let instant = instants.get(key);
    if (!instant) instants.set(key, (instant = atLocalTime(date, time, timeZone)));
    return instant;
  };
  const workingDay = (n: number, from: CivilDate = day) => addWorkingDays(from, n, holidays);

  const ends = new Date(interview.startsAt.getTime() + interview.durationMinutes * MINUTE_MS);
  const day = toCivilDate(interview.startsAt, timeZone);
  // Invariants 1 and 3: nothing is due before the interview has ended, nor before now.
  const notBefore = latest(ends, now);
  const firstPossibleDay = toCivilDate(notBefore, timeZone);
  const target = timeline.kind !== "NONE" && timeline.date ? timeline.date : null;
  const tasks: PlannedTask[] = [];
  const prompts: PlannerPrompt[] = [];
  const add = (task: PlannedTask) => tasks.push(task);
  const prompt = (next: PlannerPrompt) => {
    if (!prompts.some((p) => p.text === next.text)) prompts.push(next);
  };
  const closed = CLOSED_OUTCOMES.has(interview.outcome);
  const pursuing = interview.outcome === "WAITING" || interview.outcome === "NEXT_ROUND";
  const strikes = countStrikes(input.calls);
  const cold = strikes >= MAX_UNANSWERED_CALLS;

  /**
   * The instant of `time` on the day nearest `ideal` that is allowed: a working day (unless
   * `anyDay`), not after `deadline`, not on the interview day when `afterInterviewDay`, and not
   * before `notBefore`. A day that is not allowed moves the task the way `prefer` says, and the
   * other way when that finds nothing (invariants 2 and 4); an ideal moment that has passed
   * moves it to the next allowed one (invariant 3). Null when nothing fits before the deadline.
   */
  const place = (ideal: CivilDate, time: string, options: PlaceOptions = {}): Date | null => {
    const { deadline = null, prefer = "later", afterInterviewDay = false, anyDay = false } = options;
    const fits = (d: CivilDate) =>
      (anyDay || isWorkingDay(d, holidays)) &&
      (!deadline || daysBetween(d, deadline) >= 0) &&
      (!afterInterviewDay || daysBetween(day, d) > 0) &&
      at(d, time).getTime() >= notBefore.getTime();
    const start = deadline && daysBetween(deadline, ideal) > 0 ? deadline : ideal;
    const passed = at(start, time).getTime() < notBefore.getTime();
    const forward = () => {
      const from = laterDay(start, firstPossibleDay);
      // A run of holidays is never longer than the list, so a working day is always inside this.
      const last = deadline ?? addDays(from, holidays.size + 14);
      for (let d = from; daysBetween(d, last) >= 0; d = addDays(d, 1)) if (fits(d)) return d;
      return null;
    };
    const backward = () => {
      for (let d = addDays(start, -1); daysBetween(firstPossibleDay, d) >= 0; d = addDays(d, -1)) if (fits(d)) return d;
      return null;
    };
    const found = fits(start) ? start : passed ? forward() : prefer === "later" ? (forward() ?? backward()) : (backward() ?? forward());
    return found ? at(found, time) : null;
  };
  /** A task with no date it serves always finds a moment. */
  const placeAnyway = (ideal: CivilDate, time: string, options: Omit<PlaceOptions, "deadline"> = {}): Date => place(ideal, time, options)!;
  const firstThing = (ideal: CivilDate, options?: PlaceOptions) => place(ideal, settings.firstThing, options);
  const endOfWorkingDay = (ideal: CivilDate, options?: PlaceOptions) => place(ideal, END_OF_WORKING_DAY, options);

  // R07 and R21: "tonight" on the interview day, an hour after it ends at the earliest; else
  // before working hours the next morning; and from a re-plan, the next of these from now.
  const evening = (d: CivilDate) => at(d, settings.tonight);
  const morning = (d: CivilDate) => new Date(at(d, settings.firstThing).getTime() - HOUR_MS);
  const nextEveningOrMorning = (from: Date): Date => {
    for (let d = laterDay(day, addDays(toCivilDate(from, timeZone), -1)); ; d = addDays(d, 1)) {
      const moments = [daysBetween(day, d) > 0 ? morning(d) : null, evening(d)].filter((m): m is Date => !!m && m.getTime() >= from.getTime());
      if (moments.length > 0) return moments.reduce((a, b) => (b < a ? b : a));
    }
  };
  // The debrief, when its moment (hours after the end) has passed: the next "first thing" or "tonight", any day.
  const nextFirstThingOrTonight = (ideal: Date): Date => {
    if (ideal.getTime() >= notBefore.getTime()) return ideal;
    const candidates = [placeAnyway(firstPossibleDay, settings.firstThing, { anyDay: true }), placeAnyway(firstPossibleDay, settings.tonight, { anyDay: true })];
    return candidates.reduce((a, b) => (b < a ? b : a));
  };

  const distance = target ? daysBetween(day, target) : null;
  const row = chooseTimelineRow(timeline.kind, distance);
  const targetName = timeline.kind === "DECISION" ? "decision" : "next round";
  /** Invariant 2: what cannot be fitted before the date it serves is not planned, and the plan says so. */
  const missed = (rule: RuleId, what: string) =>
    prompt({ rule, text: `No time is left before the ${targetName} on ${describeDay(target!)} for ${what}, so it is not planned.` });

  // R05: debrief notes a few hours after the interview ends.
  add({ key: "debrief", kind: "DEBRIEF", rules: ["R05"], title: "Write your debrief notes", channel: "NONE", dueAt: nextFirstThingOrTonight(new Date(ends.getTime() + settings.debriefHours * HOUR_MS)) });

  // R01, R11, R21 (and R18 for assistants): a personal thank-you to each person, the same day.
  // Invariant 3: every same-day task (thank-yous, the recruiter's, the card) shares one moment.
  const sameDay = nextEveningOrMorning(latest(new Date(ends.getTime() + HOUR_MS), now));
  const sameDayDate = toCivilDate(sameDay, timeZone);
  const beforeTarget = !target || daysBetween(sameDayDate, target) >= 0;
  const timelineEmailRules: RuleId[] = !beforeTarget ? [] : row === "DECISION_0_2" ? ["R07"] : row === "DECISION_8_21" ? ["R09"] : [];
  const thanked = input.people.filter((p) => p.role === "INTERVIEWER" || p.role === "PANEL_MEMBER" || p.role === "ASSISTANT");
  for (const person of thanked) {
    add({
      key: `thank-you:${person.id}`,
      kind: "THANK_YOU",
      rules: ["R01", "R11", "R21", ...(person.role === "ASSISTANT" ? (["R18"] as const) : []), ...timelineEmailRules],
      title: `Send a personal thank-you to ${person.name}`,
      channel: "EMAIL",
      dueAt: sameDay,
      recipientPersonId: person.id,
    });
  }

  // R21: a handwritten card to the lead interviewer, posted with the thank-yous, when the post can bring it in time (R06).
  const lead = input.people.find((p) => p.role === "INTERVIEWER") ?? input.people.find((p) => p.role === "PANEL_MEMBER");
  const cardArrives: [CivilDate, CivilDate] = [workingDay(settings.postDaysMin, sameDayDate), workingDay(settings.postDaysMax, sameDayDate)];
  if (lead && pursuing && arrivesInTime(cardArrives, target)) {
    add({ key: `card:${lead.id}`, kind: "HANDWRITTEN_CARD", rules: ["R21", "R06"], title: `Post a handwritten card to ${lead.name}`, channel: "HANDWRITTEN_CARD", dueAt: sameDay, recipientPersonId: lead.id, arrivesBetween: cardArrives });
  }

  // R22 and R23: thank the recruiters too, and keep in touch with them on a recurring interval.
  for (const recruiter of input.people.filter((p) => p.role === "RECRUITER")) {
    add({ key: `recruiter-thanks:${recruiter.id}`, kind: "RECRUITER_THANK_YOU", rules: ["R22"], title: `Thank ${recruiter.name}, the recruiter`, channel: "EMAIL", dueAt: sameDay, recipientPersonId: recruiter.id });
    const done = input.keepInTouchDone.filter((k) => k.personId === recruiter.id);
    const last = done.reduce<Date | null>((latestDone, k) => (!latestDone || k.doneAt > latestDone ? k.doneAt : latestDone), null);
    const from = last ? toCivilDate(last, timeZone) : day;
    add({
      key: `keep-in-touch:${recruiter.id}:${done.length + 1}`,
      kind: "KEEP_IN_TOUCH",
      rules: ["R23"],
      title: `Keep in touch with ${recruiter.name}, with your updated résumé`,
      channel: "EMAIL",
      dueAt: placeAnyway(addDays(from, settings.keepInTouchWeeks * 7), settings.firstThing),
      recipientPersonId: recruiter.id,
    });
  }

  // R02: promised materials without delay; R17: answer the employer's requests within a working day.
  for (const item of input.items) {
    if (item.kind === "MATERIAL") {
      // By the promised date: a weekend or holiday moves it earlier. Once that date has passed, as soon as possible.
      let dueAt = item.dueOn ? endOfWorkingDay(item.dueOn, { deadline: item.dueOn, prefer: "earlier" }) : null;
      if (item.dueOn && !dueAt) prompt({ rule: "R02", text: `The date you promised "${item.title}" for (${describeDay(item.dueOn)}) has passed: send it as soon as you can.` });
      dueAt ??= placeAnyway(item.dueOn ?? workingDay(1), END_OF_WORKING_DAY);
      add({ key: `materials:${item.id}`, kind: "SEND_MATERIALS", rules: ["R02"], title: `Send what you promised: ${item.title}`, channel: "EMAIL", dueAt });
    } else {
      const received = toCivilDate(item.receivedAt ?? ends, timeZone);
      add({ key: `request:${item.id}`, kind: "ANSWER_REQUEST", rules: ["R17"], title: `Answer the request: ${item.title}`, channel: "EMAIL", dueAt: placeAnyway(workingDay(1, received), END_OF_WORKING_DAY) });
    }
  }

  // R15: ask for travel expenses back, and remind the client after 30 calendar days.
  for (const expense of input.expenses) {
    if (expense.paidAt) continue;
    if (!expense.requestedAt) {
      add({ key: `reimburse-request:${expense.id}`, kind: "REQUEST_REIMBURSEMENT", rules: ["R15"], title: `Ask to be reimbursed: ${expense.description}`, channel: "EMAIL", dueAt: placeAnyway(workingDay(1), END_OF_WORKING_DAY) });
    } else {
      const remindOn = addDays(toCivilDate(expense.requestedAt, timeZone), REIMBURSEMENT_REMINDER_DAYS);
      add({ key: `reimburse-chase:${expense.id}`, kind: "CHASE_REIMBURSEMENT", rules: ["R15"], title: `Reimbursement still unpaid: ${expense.description}`, channel: "EMAIL", dueAt: placeAnyway(remindOn, settings.firstThing, { anyDay: true }) });
    }
  }

  // R04: keep searching until an offer is signed.
  if (!closed && interview.outcome !== "OFFER") {
    add({ key: "keep-searching", kind: "KEEP_SEARCHING", rules: ["R04"], title: "Keep other applications and networking going", channel: "NONE", dueAt: placeAnyway(workingDay(2), settings.firstThing) });
  }

  // R12 and R13: references, once the process is serious.
  const serious = interview.stage === "SECOND_ROUND" || interview.stage === "FINAL" || interview.stage === "OFFER" || timeline.kind === "DECISION";
  if (pursuing && serious) {
    add({ key: "prepare-references", kind: "PREPARE_REFERENCES", rules: ["R12"], title: "Check that your references will speak well of you, and prepare them", channel: "PHONE", dueAt: placeAnyway(workingDay(1), settings.firstThing) });
  }
  for (const reference of input.referencesGiven) {
    if (pursuing) {
      add({ key: `brief-reference:${reference.id}`, kind: "BRIEF_REFERENCE", rules: ["R12"], title: `Brief ${reference.name} before the employer calls`, channel: "PHONE", dueAt: placeAnyway(workingDay(1), settings.firstThing) });
    }
    if (reference.letterReceivedAt && reference.thankHere) {
      const received = toCivilDate(reference.letterReceivedAt, timeZone);
      add({ key: `thank-reference:${reference.id}`, kind: "THANK_REFERENCE", rules: ["R13"], title: `Thank ${reference.name} for the reference letter`, channel: "HANDWRITTEN_CARD", dueAt: placeAnyway(workingDay(1, received), END_OF_WORKING_DAY) });
    }
  }
  if (pursuing && (interview.stage === "FINAL" || interview.stage === "OFFER")) {
    add({ key: "character-reference", kind: "CHARACTER_REFERENCE", rules: ["R13"], title: "Ask a former boss for a character reference letter", channel: "EMAIL", dueAt: placeAnyway(workingDay(2), settings.firstThing) });
  }

  // R19: prepare for the second interview once the outcome is "next round": the working day before it.
  if (interview.outcome === "NEXT_ROUND") {
    const roundDay = timeline.kind === "NEXT_ROUND" ? target : null;
    const dueAt = roundDay ? firstThing(workingDay(-1, roundDay), { deadline: roundDay, prefer: "earlier" }) : placeAnyway(workingDay(2), settings.firstThing);
    if (dueAt) add({ key: "prepare-next-round", kind: "PREPARE_NEXT_ROUND", rules: ["R19"], title: "Prepare for the next interview", channel: "NONE", dueAt });
    else missed("R19", "a day to prepare for it");
  }

  // R16: a prompt, not a task.
  if (timeline.questionsInvited) {
    prompt({ rule: "R16", text: "The hiring manager invited questions: send no more than 4 or 5, and only the ones that matter." });
  }

  if (pursuing) planTimeline();

  tasks.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || kindRank(a.kind) - kindRank(b.kind) || a.key.localeCompare(b.key));
  return { tasks, prompts, cold, timelineRule: row };

  function planTimeline() {
    const callee = lead?.id;
    // Tasks that serve the decision or the next round are due on or before its day (invariant 2).
    const serving: PlaceOptions = { deadline: target, afterInterviewDay: true };
    const call = (n: number, dueAt: Date, rules: RuleId[]) =>
      add({ key: `call:${n}`, kind: "FOLLOW_UP_CALL", rules: timeline.callOn && n === 1 ? [...rules, "R03"] : rules, title: "Call to follow up", channel: "PHONE", dueAt, recipientPersonId: callee });
    /** The first call, on the day they named (R03) or on `computed`; none once the lead is cold (R14). */
    const firstCall = (computed: CivilDate | null, rules: RuleId[], rule: RuleId, what: string) => {
      if (cold || input.calls.length > 0) return;
      const ideal = timeline.callOn ?? computed;
      if (!ideal) return;
      const dueAt = firstThing(ideal, serving);
      if (dueAt) call(1, dueAt, rules);
      else missed(timeline.callOn ? "R03" : rule, timeline.callOn ? `the call they asked for on ${describeDay(timeline.callOn)}` : what);
    };
    const letter = (key: string, postOn: CivilDate, rules: RuleId[], title: string) => {
      // R06: post only when the letter arrives before the decision or the next round.
      const dueAt = endOfWorkingDay(postOn, { deadline: target });
      const postedOn = dueAt ? toCivilDate(dueAt, timeZone) : null;
      const arrives: [CivilDate, CivilDate] | null = postedOn ? [workingDay(settings.postDaysMin, postedOn), workingDay(settings.postDaysMax, postedOn)] : null;
      if (arrives && arrivesInTime(arrives, target)) add({ key, kind: "FOLLOW_UP_LETTER", rules: [...rules, "R06"], title, channel: "LETTER", dueAt: dueAt!, recipientPersonId: callee, arrivesBetween: arrives });
      else missed("R06", "a posted letter to arrive (the emails carry its news instead)");
    };
    const finalCall = () => {
      if (cold) return;
      // R10: approval takes at least two days, so the last call lands 2–4 working days before.
      for (const before of [3, 2, 4]) {
        const on = addWorkingDays(target!, -before, holidays);
        const dueAt = at(on, settings.firstThing);
        if (daysBetween(day, on) > 0 && dueAt.getTime() >= notBefore.getTime()) {
          add({ key: "final-call", kind: "FINAL_CALL", rules: ["R10"], title: "Final call before the decision", channel: "PHONE", dueAt, recipientPersonId: callee });
          return;
        }
      }
      missed("R10", "a final call 2 to 4 working days ahead of it");
    };
    // R06: the first call 5 to 7 working days after the interview; due on the fifth.
    const r06CallDay = workingDay(5);

    switch (row) {
      case "DECISION_0_2":
        // R07: the email tonight (the thank-yous above), and a call first thing the next morning.
        firstCall(workingDay(1), ["R07"], "R07", "a call first thing in the morning");
        return;
      case "DECISION_3_7": {
        // R20: follow up in the middle of the period, before the day itself, and ask whether they need anything more.
        const mid = firstThing(addDays(day, Math.floor(distance! / 2)), { ...serving, deadline: addDays(target!, -1) });
        if (mid) add({ key: "mid-period-email", kind: "FOLLOW_UP_EMAIL", rules: ["R20"], title: "Follow up: do they need anything more from you?", channel: "EMAIL", dueAt: mid, recipientPersonId: callee });
        else missed("R20", "a follow-up in the middle of the wait");
        firstCall(null, [], "R03", "");
        if (workingDaysBetween(day, target!, holidays) >= 2) finalCall();
        else if (!cold) missed("R10", "a final call 2 to 4 working days ahead of it");
        return;
      }
      case "DECISION_8_21": {
        // R09: the email now (the thank-yous), a letter with different content arriving in 2–3 days,
        // and an overnight letter arriving on the Monday or Tuesday of the decision week.
        letter("letter", day, ["R09"], "Post a follow-up letter with new information");
        planOvernightLetter();
        firstCall(null, [], "R03", "");
        finalCall();
        return;
      }
      case "DECISION_OVER_21":
        firstCall(r06CallDay, ["R06"], "R06", "the follow-up call");
        finalCall();
        return;
      case "NEXT_ROUND_UP_TO_9":
      case "NEXT_ROUND_OVER_9": {
        // R08: an email tomorrow, and a more detailed letter posted the same day.
        const email = firstThing(addDays(day, 1), serving);
        if (email) add({ key: "next-day-email", kind: "FOLLOW_UP_EMAIL", rules: ["R08"], title: "Send a follow-up email", channel: "EMAIL", dueAt: email, recipientPersonId: callee });
        else missed("R08", "the follow-up email");
        letter("letter", email ? toCivilDate(email, timeZone) : addDays(day, 1), ["R08"], "Post a letter with more detail");
        if (row === "NEXT_ROUND_OVER_9") firstCall(r06CallDay, ["R06"], "R06", "the follow-up call");
        else firstCall(null, [], "R03", "");
        return;
      }
      case "NONE": {
        // R03 and R06: follow up anyway, then weekly until R14's limit.
        if (cold) return;
        const last = input.calls.at(-1);
        if (!last) call(1, placeAnyway(timeline.callOn ?? r06CallDay, settings.firstThing), ["R03", "R06"]);
        else call(input.calls.length + 1, placeAnyway(addDays(toCivilDate(last.at, timeZone), 7), settings.firstThing), ["R03", "R14"]);
        return;
      }
    }
  }

  function planOvernightLetter() {
    const monday = mondayOfWeek(target!);
    for (const arrival of [monday, addDays(monday, 1)]) {
      if (!isWorkingDay(arrival, holidays) || daysBetween(arrival, target!) < 0) continue;
      const sendOn = addWorkingDays(arrival, -settings.overnightDays, holidays);
      const dueAt = at(sendOn, END_OF_WORKING_DAY);
      if (daysBetween(day, sendOn) < 0 || dueAt.getTime() < notBefore.getTime()) continue;
      add({ key: "overnight-letter", kind: "OVERNIGHT_LETTER", rules: ["R09"], title: "Send an overnight letter with one more new point", channel: "LETTER", dueAt, recipientPersonId: lead?.id, arrivesBetween: [arrival, arrival] });
      return;
    }
    missed("R09", "an overnight letter to arrive on the Monday or Tuesday of the decision week");
  }
}

type PlaceOptions = {
  /** The last day allowed: the decision or next round it serves (invariant 2). */
  deadline?: CivilDate | null;
  /** Which way a day that is not allowed moves first. */
  prefer?: "earlier" | "later";
  /** A follow-up on the interview day itself makes no sense (calls, the next-day email). */
  afterInterviewDay?: boolean;
  /** Reminders by calendar day may fall on a weekend or holiday. */
  anyDay?: boolean;
};

/** Zones already found valid: asking the runtime again costs more than a whole plan. */
const knownZones = new Set<string>();

function isKnownZone(timeZone: string): boolean {
  if (knownZones.has(timeZone)) return true;
  if (!isValidTimeZone(timeZone)) return false;
  knownZones.add(timeZone);
  return true;
}

/** Invariant 6: input no plan can be made from is refused with a typed error, never a RangeError. */
function checkInput(input: PlannerInput) {
  if (!isKnownZone(input.timeZone)) {
    throw new PlannerInputError("UNKNOWN_TIME_ZONE", `The time zone "${input.timeZone}" is not one this server knows, so no plan can be made: choose a time zone in the profile.`);
  }
  const instants: [string, Date][] = [["now", input.now], ["the interview's start", input.interview.startsAt]];
  for (const [what, value] of instants) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new PlannerInputError("INVALID_INSTANT", `${what} is not a real time.`);
  }
  if (!Number.isFinite(input.interview.durationMinutes) || input.interview.durationMinutes < 0) {
    throw new PlannerInputError("INVALID_INSTANT", "The interview's length is not a real duration.");
  }
  const { kind, date } = input.timeline;
  if (kind !== "NONE" && date && daysBetween(toCivilDate(input.interview.startsAt, input.timeZone), date) < 0) {
    const what = kind === "DECISION" ? "decision" : "next round";
    throw new PlannerInputError("TIMELINE_BEFORE_INTERVIEW", `The ${what} on ${describeDay(date)} is before the interview: correct its date, and the plan follows.`);
  }
}

function latest(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function laterDay(a: CivilDate, b: CivilDate): CivilDate {
  return daysBetween(a, b) > 0 ? b : a;
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Thursday 12 March 2026", spelled here so that it is the same in every zone and runtime. */
function describeDay(date: CivilDate): string {
  const [year, month, dayOfMonth] = date.split("-").map(Number) as [number, number, number];
  return `${WEEKDAYS[isoWeekday(date) - 1]} ${dayOfMonth} ${MONTHS[month - 1]} ${year}`;
}

function chooseTimelineRow(kind: PlannerInput["timeline"]["kind"], distance: number | null): FollowUpPlan["timelineRule"] {
  if (kind === "DECISION" && distance !== null) {
    if (distance <= 2) return "DECISION_0_2";
    if (distance <= 7) return "DECISION_3_7";
    if (distance <= 21) return "DECISION_8_21";
    return "DECISION_OVER_21";
  }
  if (kind === "NEXT_ROUND" && distance !== null) return distance <= 9 ? "NEXT_ROUND_UP_TO_9" : "NEXT_ROUND_OVER_9";
  return "NONE";
}

/** R06: post only when the letter arrives before the decision or the next round. */
function arrivesInTime(arrives: [CivilDate, CivilDate], target: CivilDate | null | undefined): boolean {
  return !target || daysBetween(arrives[1], target) >= 0;
}

function kindRank(kind: TaskKind): number {
  const index = KIND_ORDER.indexOf(kind);
  return index === -1 ? KIND_ORDER.length : index;
}
