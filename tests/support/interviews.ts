/**
 * Jane's interview at Initrode on Monday 2 March 2026, 10:00 in New York (a week before the
 * clocks change), two interviewers, a decision ten days later (R09, R10).
 */
export const interviewFields = {
  company: "Initrode",
  jobTitle: "Business Analyst",
  stage: "FIRST_ROUND" as const,
  startsAtLocal: "2026-03-02T10:00",
  timeZone: "America/New_York",
  people: [
    { role: "INTERVIEWER" as const, name: "Peter Gibbons" },
    { role: "INTERVIEWER" as const, name: "Samir Nagheenanajar" },
  ],
  timelineKind: "DECISION" as const,
  timelineDate: "2026-03-12",
};
