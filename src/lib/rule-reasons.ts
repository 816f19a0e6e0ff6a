/**
 * The one home of the plain "why" behind each rule of the coaching playbook (DOMAIN.md
 * R01–R23). Rule ids stay in the data and the tests; people read these sentences instead.
 */
export const RULE_REASONS: Record<string, string> = {
  R01: "Thank each interviewer personally, and recall something they asked or said.",
  R02: "Send what you promised without delay, by the day you said.",
  R03: "Follow up even when they gave no time frame; when they named one, keep to it.",
  R04: "Keep other applications and networking going until an offer is signed.",
  R05: "Write your debrief notes a few hours after the interview, while it is fresh.",
  R06: "A posted letter only when there is time for it to arrive; email when timing matters.",
  R07: "With a decision within two days: an email tonight and a call first thing tomorrow.",
  R08: "With a next round in about a week: an email tomorrow and a letter with more detail.",
  R09: "With a decision about ten days away: an email now, then letters that each add something new.",
  R10: "Call 2 to 4 working days before the decision: approval takes at least two days.",
  R11: "The thank-you comes first among your follow-ups.",
  R12: "Check that each reference will speak well of you, and prepare them before the employer calls.",
  R13: "A former boss can write a character reference; ask with your coach's template.",
  R14: "At most three follow-up calls when nothing is happening; then the lead is cold.",
  R15: "Keep track of travel expenses, and ask again when nothing is paid after 30 days.",
  R16: "Ask the hiring manager questions only when invited, and no more than four or five.",
  R17: "Answer their calls, emails and requests within a working day.",
  R18: "Treat everyone you met as an equal: assistants and coordinators deserve a thank-you too.",
  R19: "Get ready for the next interview as soon as you are invited to it.",
  R20: "Ask what the next step is, and check in halfway through the wait.",
  R21: "Thank each interviewer the same day; a handwritten card is especially effective.",
  R22: "Thank the recruiters too, not only the employer.",
  R23: "Ask to keep in touch with recruiters, and write to them every few weeks.",
};

/** The plain sentences for a task's rules, each once, in the order given; unknown ids are left out. */
export function explainRules(rules: readonly string[]): string[] {
  return [...new Set(rules)].map((rule) => RULE_REASONS[rule]).filter((reason): reason is string => !!reason);
}
