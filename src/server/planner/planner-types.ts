import "server-only";
import type { CivilDate } from "@/lib/civil-date";

export type RuleId =
  | "R01" | "R02" | "R03" | "R04" | "R05" | "R06" | "R07" | "R08" | "R09" | "R10" | "R11" | "R12"
  | "R13" | "R14" | "R15" | "R16" | "R17" | "R18" | "R19" | "R20" | "R21" | "R22" | "R23";

export type TaskChannel = "EMAIL" | "LETTER" | "HANDWRITTEN_CARD" | "PHONE" | "IN_PERSON" | "NONE";

export type TaskKind =
  | "DEBRIEF"
  | "THANK_YOU"
  | "HANDWRITTEN_CARD"
  | "RECRUITER_THANK_YOU"
  | "SEND_MATERIALS"
  | "ANSWER_REQUEST"
  | "FOLLOW_UP_EMAIL"
  | "FOLLOW_UP_LETTER"
  | "OVERNIGHT_LETTER"
  | "FOLLOW_UP_CALL"
  | "FINAL_CALL"
  | "PREPARE_REFERENCES"
  | "BRIEF_REFERENCE"
  | "THANK_REFERENCE"
  | "CHARACTER_REFERENCE"
  | "PREPARE_NEXT_ROUND"
  | "KEEP_SEARCHING"
  | "KEEP_IN_TOUCH"
  | "REQUEST_REIMBURSEMENT"
  | "CHASE_REIMBURSEMENT";

/** The practice's settings that shape a plan (DOMAIN.md gives the defaults). */
export type PlannerSettings = {
  /** "Tonight", wall-clock in the client's zone. */
  tonight: string;
  /** "First thing in the morning". */
  firstThing: string;
  /** First-class post takes this many working days to arrive, at least and at most. */
  postDaysMin: number;
  postDaysMax: number;
  /** Overnight post takes this many working days. */
  overnightDays: number;
  /** R23: weeks between keep-in-touch emails to a recruiter. */
  keepInTouchWeeks: number;
  /** R05: how long after the interview ends the debrief is due. */
  debriefHours: number;
  holidays: CivilDate[];
};

export const DEFAULT_PLANNER_SETTINGS: PlannerSettings = {
  tonight: "19:00",
  firstThing: "08:30",
  postDaysMin: 2,
  postDaysMax: 3,
  overnightDays: 1,
  keepInTouchWeeks: 7,
  debriefHours: 3,
  holidays: [],
};

export type PlannerPerson = {
  id: string;
  role: "INTERVIEWER" | "PANEL_MEMBER" | "RECRUITER" | "ASSISTANT";
  name: string;
};

/** What the employer said about the next step (R03, R20). */
export type PlannerTimeline = {
  kind: "DECISION" | "NEXT_ROUND" | "NONE";
  /** The date of the decision or of the next round, in the client's calendar. */
  date?: CivilDate | null;
  /** "Call me on …": replaces the computed call date (R03). */
  callOn?: CivilDate | null;
  /** R16: the hiring manager invited questions. */
  questionsInvited?: boolean;
};

export type PlannerInput = {
  now: Date;
  timeZone: string;
  settings: PlannerSettings;
  interview: {
    startsAt: Date;
    durationMinutes: number;
    stage: "PHONE_SCREEN" | "FIRST_ROUND" | "SECOND_ROUND" | "FINAL" | "OFFER";
    outcome: "WAITING" | "NEXT_ROUND" | "OFFER" | "OFFER_SIGNED" | "REJECTED" | "WITHDRAWN";
  };
  people: PlannerPerson[];
  timeline: PlannerTimeline;
  /** R02 promised materials and R17 requests from the employer. */
  items: { id: string; kind: "MATERIAL" | "REQUEST"; title: string; dueOn?: CivilDate | null; receivedAt?: Date | null }[];
  /** The follow-up call log, oldest first. */
  calls: { at: Date; answered: boolean }[];
  /** R15 travel expenses. */
  expenses: { id: string; description: string; requestedAt?: Date | null; paidAt?: Date | null }[];
  /**
   * R12: references given to this employer. `thankHere` marks the one interview that
   * carries the reference's thank-you once their letter arrived, so it is planned once.
   */
  referencesGiven: { id: string; name: string; letterReceivedAt?: Date | null; thankHere?: boolean }[];
  /** R23: when each recruiter's keep-in-touch emails were last done. */
  keepInTouchDone: { personId: string; doneAt: Date }[];
};

export type PlannedTask = {
  /** Stable across re-planning, so a stored task is matched, not duplicated. */
  key: string;
  kind: TaskKind;
  rules: RuleId[];
  title: string;
  channel: TaskChannel;
  dueAt: Date;
  recipientPersonId?: string;
  /** Letters: the civil dates the letter should arrive between. */
  arrivesBetween?: [CivilDate, CivilDate];
};

/**
 * Something the client should know that is not a task: advice (R16), or a warning that a
 * task could not be fitted before the date it serves, or that the plan could not be made.
 * `rule` is the rule concerned, when there is one.
 */
export type PlannerPrompt = { rule?: RuleId; text: string };

/** Why the planner refused its input. */
export type PlannerInputProblem = "UNKNOWN_TIME_ZONE" | "TIMELINE_BEFORE_INTERVIEW" | "INVALID_INSTANT";

/**
 * Input no plan can be made from: a zone the runtime does not know, a decision or next round
 * before the interview, or an instant that is not a time. The API refuses such input at its
 * edge; a stored row that still has it gets a plan that says so (see replanInterview).
 */
export class PlannerInputError extends Error {
  constructor(
    readonly problem: PlannerInputProblem,
    message: string,
  ) {
    super(message);
    this.name = "PlannerInputError";
  }
}

export type FollowUpPlan = {
  tasks: PlannedTask[];
  prompts: PlannerPrompt[];
  /** R14: three unanswered calls, so no further call is planned. */
  cold: boolean;
  /** Which row of DOMAIN.md's timeline table was applied. */
  timelineRule: "DECISION_0_2" | "DECISION_3_7" | "DECISION_8_21" | "DECISION_OVER_21" | "NEXT_ROUND_UP_TO_9" | "NEXT_ROUND_OVER_9" | "NONE";
};
