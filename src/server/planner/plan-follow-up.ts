import "server-only";
import {
  addDays,
  addWorkingDays,
  atLocalTime,
  daysBetween,
  mondayOfWeek,
  onOrAfterWorkingDay,
  toCivilDate,
  workingDaysBetween,
  type CivilDate,
} from "@/lib/civil-date";
import type { FollowUpPlan, PlannedTask, PlannerInput, PlannerPrompt, RuleId, TaskKind } from "./planner-types";

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
 */
export function planFollowUp(input: PlannerInput): FollowUpPlan {
  const { settings, timeZone, interview, timeline } = input;
  const holidays = new Set(settings.holidays);
  const at = (date: CivilDate, time: string) => atLocalTime(date, time, timeZone);
  const firstThing = (date: CivilDate) => at(date, settings.firstThing);
  const endOfWorkingDay = (date: CivilDate) => at(date, END_OF_WORKING_DAY);
  const workingDay = (n: number, from: CivilDate = day) => addWorkingDays(from, n, holidays);

  const ends = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
  const day = toCivilDate(interview.startsAt, timeZone);
  const tasks: PlannedTask[] = [];
  const prompts: PlannerPrompt[] = [];
  const add = (task: PlannedTask) => tasks.push(task);
  const closed = CLOSED_OUTCOMES.has(interview.outcome);
  const pursuing = interview.outcome === "WAITING" || interview.outcome === "NEXT_ROUND";

  // "Tonight" on the interview day (R21: the same day). An interview that runs late, or a plan
  // made after tonight has passed, moves it to before working hours the next morning (R07).
  const tonight = at(day, settings.tonight);
  const nextMorning = new Date(firstThing(addDays(day, 1)).getTime() - 60 * 60_000);
  const sameDay = ends.getTime() + 60 * 60_000 > tonight.getTime() || input.now.getTime() > tonight.getTime() ? nextMorning : tonight;

  const distance = timeline.date ? daysBetween(day, timeline.date) : null;
  const row = chooseTimelineRow(timeline.kind, distance);
  const timelineEmailRules: RuleId[] = row === "DECISION_0_2" ? ["R07"] : row === "DECISION_8_21" ? ["R09"] : [];

  // R05: debrief notes a few hours after the interview ends.
  add({ key: "debrief", kind: "DEBRIEF", rules: ["R05"], title: "Write your debrief notes", channel: "NONE", dueAt: new Date(ends.getTime() + settings.debriefHours * 3_600_000) });

  // R01, R11, R21 (and R18 for assistants): a personal thank-you to each person, the same day.
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

  // R21: a handwritten card to the lead interviewer, when the post can bring it in time (R06).
  const lead = input.people.find((p) => p.role === "INTERVIEWER") ?? input.people.find((p) => p.role === "PANEL_MEMBER");
  const cardArrives: [CivilDate, CivilDate] = [workingDay(settings.postDaysMin), workingDay(settings.postDaysMax)];
  if (lead && pursuing && arrivesInTime(cardArrives, timeline.date)) {
    add({ key: `card:${lead.id}`, kind: "HANDWRITTEN_CARD", rules: ["R21", "R06"], title: `Post a handwritten card to ${lead.name}`, channel: "HANDWRITTEN_CARD", dueAt: tonight, recipientPersonId: lead.id, arrivesBetween: cardArrives });
  }

  // R22 and R23: thank the recruiters too, and keep in touch with them on a recurring interval.
  for (const recruiter of input.people.filter((p) => p.role === "RECRUITER")) {
    add({ key: `recruiter-thanks:${recruiter.id}`, kind: "RECRUITER_THANK_YOU", rules: ["R22"], title: `Thank ${recruiter.name}, the recruiter`, channel: "EMAIL", dueAt: sameDay, recipientPersonId: recruiter.id });
    const done = input.keepInTouchDone.filter((k) => k.personId === recruiter.id);
    const last = done.reduce<Date | null>((latest, k) => (!latest || k.doneAt > latest ? k.doneAt : latest), null);
    const from = last ? toCivilDate(last, timeZone) : day;
    add({
      key: `keep-in-touch:${recruiter.id}:${done.length + 1}`,
      kind: "KEEP_IN_TOUCH",
      rules: ["R23"],
      title: `Keep in touch with ${recruiter.name}, with your updated résumé`,
      channel: "EMAIL",
      dueAt: firstThing(onOrAfterWorkingDay(addDays(from, settings.keepInTouchWeeks * 7), holidays)),
      recipientPersonId: recruiter.id,
    });
  }

  // R02: promised materials without delay; R17: answer the employer's requests within a working day.
  for (const item of input.items) {
    if (item.kind === "MATERIAL") {
      const due = item.dueOn ?? workingDay(1);
      add({ key: `materials:${item.id}`, kind: "SEND_MATERIALS", rules: ["R02"], title: `Send what you promised: ${item.title}`, channel: "EMAIL", dueAt: endOfWorkingDay(due) });
    } else {
      const received = toCivilDate(item.receivedAt ?? ends, timeZone);
      add({ key: `request:${item.id}`, kind: "ANSWER_REQUEST", rules: ["R17"], title: `Answer the request: ${item.title}`, channel: "EMAIL", dueAt: endOfWorkingDay(workingDay(1, received)) });
    }
  }

  // R15: ask for travel expenses back, and chase them after 30 days.
  for (const expense of input.expenses) {
    if (expense.paidAt) continue;
    if (!expense.requestedAt) {
      add({ key: `reimburse-request:${expense.id}`, kind: "REQUEST_REIMBURSEMENT", rules: ["R15"], title: `Ask to be reimbursed: ${expense.description}`, channel: "EMAIL", dueAt: endOfWorkingDay(workingDay(1)) });
    } else {
      const remindOn = addDays(toCivilDate(expense.requestedAt, timeZone), REIMBURSEMENT_REMINDER_DAYS);
      add({ key: `reimburse-chase:${expense.id}`, kind: "CHASE_REIMBURSEMENT", rules: ["R15"], title: `Reimbursement still unpaid: ${expense.description}`, channel: "EMAIL", dueAt: firstThing(remindOn) });
    }
  }

  // R04: keep searching until an offer is signed.
  if (!closed && interview.outcome !== "OFFER") {
    add({ key: "keep-searching", kind: "KEEP_SEARCHING", rules: ["R04"], title: "Keep other applications and networking going", channel: "NONE", dueAt: firstThing(workingDay(2)) });
  }

  // R12 and R13: references, once the process is serious.
  const serious = interview.stage === "SECOND_ROUND" || interview.stage === "FINAL" || interview.stage === "OFFER" || timeline.kind === "DECISION";
  if (pursuing && serious) {
    add({ key: "prepare-references", kind: "PREPARE_REFERENCES", rules: ["R12"], title: "Check that your references will speak well of you, and prepare them", channel: "PHONE", dueAt: firstThing(workingDay(1)) });
  }
  for (const reference of input.referencesGiven) {
    if (pursuing) {
      add({ key: `brief-reference:${reference.id}`, kind: "BRIEF_REFERENCE", rules: ["R12"], title: `Brief ${reference.name} before the employer calls`, channel: "PHONE", dueAt: firstThing(workingDay(1)) });
    }
    if (reference.letterReceivedAt && reference.thankHere) {
      const received = toCivilDate(reference.letterReceivedAt, timeZone);
      add({ key: `thank-reference:${reference.id}`, kind: "THANK_REFERENCE", rules: ["R13"], title: `Thank ${reference.name} for the reference letter`, channel: "HANDWRITTEN_CARD", dueAt: endOfWorkingDay(workingDay(1, received)) });
    }
  }
  if (pursuing && (interview.stage === "FINAL" || interview.stage === "OFFER")) {
    add({ key: "character-reference", kind: "CHARACTER_REFERENCE", rules: ["R13"], title: "Ask a former boss for a character reference letter", channel: "EMAIL", dueAt: firstThing(workingDay(2)) });
  }

  // R19: prepare for the second interview once the outcome is "next round".
  if (interview.outcome === "NEXT_ROUND") {
    const roundDay = timeline.kind === "NEXT_ROUND" && timeline.date ? timeline.date : null;
    const prepOn = roundDay && daysBetween(day, roundDay) > 1 ? workingDay(-1, roundDay) : workingDay(2);
    add({ key: "prepare-next-round", kind: "PREPARE_NEXT_ROUND", rules: ["R19"], title: "Prepare for the next interview", channel: "NONE", dueAt: firstThing(prepOn) });
  }

  // R16: a prompt, not a task.
  if (timeline.questionsInvited) {
    prompts.push({ rule: "R16", text: "The hiring manager invited questions: send no more than 4 or 5, and only the ones that matter." });
  }

  const strikes = countStrikes(input.calls);
  const cold = strikes >= MAX_UNANSWERED_CALLS;
  if (pursuing) planTimeline();

  tasks.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || kindRank(a.kind) - kindRank(b.kind) || a.key.localeCompare(b.key));
  return { tasks: cold ? tasks.filter((t) => t.kind !== "FOLLOW_UP_CALL" && t.kind !== "FINAL_CALL") : tasks, prompts, cold, timelineRule: row };

  function planTimeline() {
    const target = timeline.date ?? null;
    const callee = lead?.id;
    const firstCallDay = (computed: CivilDate) => timeline.callOn ?? computed;
    const call = (n: number, on: CivilDate, rules: RuleId[]) =>
      add({ key: `call:${n}`, kind: "FOLLOW_UP_CALL", rules: timeline.callOn && n === 1 ? [...rules, "R03"] : rules, title: "Call to follow up", channel: "PHONE", dueAt: firstThing(on), recipientPersonId: callee });
    const letter = (key: string, sendOn: CivilDate, rules: RuleId[], title: string) => {
      const arrives: [CivilDate, CivilDate] = [workingDay(settings.postDaysMin, sendOn), workingDay(settings.postDaysMax, sendOn)];
      if (arrivesInTime(arrives, target)) add({ key, kind: "FOLLOW_UP_LETTER", rules: [...rules, "R06"], title, channel: "LETTER", dueAt: endOfWorkingDay(sendOn), recipientPersonId: callee, arrivesBetween: arrives });
    };
    const finalCall = () => {
      if (!target) return;
      // R10: approval takes at least two days, so the last call lands 2–4 working days before.
      for (const before of [3, 2, 4]) {
        const on = addWorkingDays(target, -before, holidays);
        if (daysBetween(day, on) > 0) {
          add({ key: "final-call", kind: "FINAL_CALL", rules: ["R10"], title: "Final call before the decision", channel: "PHONE", dueAt: firstThing(on), recipientPersonId: callee });
          return;
        }
      }
    };
    // R06: the first call 5 to 7 working days after the interview; due on the fifth.
    const r06CallDay = workingDay(5);

    switch (row) {
      case "DECISION_0_2":
        // R07: the email tonight (the thank-yous above), and a call first thing the next morning.
        if (input.calls.length === 0) call(1, firstCallDay(workingDay(1)), ["R07"]);
        return;
      case "DECISION_3_7": {
        // R20: follow up in the middle of the period and ask whether they need anything more.
        const middle = onOrAfterWorkingDay(addDays(day, Math.floor(distance! / 2)), holidays);
        add({ key: "mid-period-email", kind: "FOLLOW_UP_EMAIL", rules: ["R20"], title: "Follow up: do they need anything more from you?", channel: "EMAIL", dueAt: firstThing(middle), recipientPersonId: callee });
        if (timeline.callOn && input.calls.length === 0) call(1, timeline.callOn, []);
        if (workingDaysBetween(day, target!, holidays) >= 2) finalCall();
        return;
      }
      case "DECISION_8_21": {
        // R09: the email now (the thank-yous), a letter with different content arriving in 2–3 days,
        // and an overnight letter arriving on the Monday or Tuesday of the decision week.
        letter("letter", day, ["R09"], "Post a follow-up letter with new information");
        const monday = mondayOfWeek(target!);
        const arrival = [monday, addDays(monday, 1)].find((d) => !holidays.has(d) && daysBetween(d, target!) >= 0 && daysBetween(day, d) > settings.overnightDays);
        if (arrival) {
          const sendOn = addWorkingDays(arrival, -settings.overnightDays, holidays);
          add({ key: "overnight-letter", kind: "OVERNIGHT_LETTER", rules: ["R09"], title: "Send an overnight letter with one more new point", channel: "LETTER", dueAt: endOfWorkingDay(sendOn), recipientPersonId: callee, arrivesBetween: [arrival, arrival] });
        }
        if (timeline.callOn && input.calls.length === 0) call(1, timeline.callOn, []);
        finalCall();
        return;
      }
      case "DECISION_OVER_21":
        if (input.calls.length === 0) call(1, firstCallDay(r06CallDay), ["R06"]);
        finalCall();
        return;
      case "NEXT_ROUND_UP_TO_9":
      case "NEXT_ROUND_OVER_9": {
        // R08: an email tomorrow, and a more detailed letter posted the same day.
        const tomorrow = onOrAfterWorkingDay(addDays(day, 1), holidays);
        add({ key: "next-day-email", kind: "FOLLOW_UP_EMAIL", rules: ["R08"], title: "Send a follow-up email", channel: "EMAIL", dueAt: firstThing(tomorrow), recipientPersonId: callee });
        letter("letter", tomorrow, ["R08"], "Post a letter with more detail");
        if (row === "NEXT_ROUND_OVER_9" && input.calls.length === 0) call(1, firstCallDay(r06CallDay), ["R06"]);
        else if (timeline.callOn && input.calls.length === 0) call(1, timeline.callOn, []);
        return;
      }
      case "NONE": {
        // R03 and R06: follow up anyway, then weekly until R14's limit.
        const last = input.calls.at(-1);
        if (!last) call(1, firstCallDay(r06CallDay), ["R03", "R06"]);
        else {
          const next = onOrAfterWorkingDay(addDays(toCivilDate(last.at, timeZone), 7), holidays);
          call(input.calls.length + 1, next, ["R03", "R14"]);
        }
        return;
      }
    }
  }
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
