// An interview's value lists, without zod: pages that only show interviews (the client dashboard) import these,
// and src/lib/validation/interview-fields.ts builds the form's and the server's schemas from them.

export const INTERVIEW_STAGES = ["PHONE_SCREEN", "FIRST_ROUND", "SECOND_ROUND", "FINAL", "OFFER"] as const;
export const INTERVIEW_OUTCOMES = ["WAITING", "NEXT_ROUND", "OFFER", "OFFER_SIGNED", "REJECTED", "WITHDRAWN"] as const;
export const TIMELINE_KINDS = ["NONE", "DECISION", "NEXT_ROUND"] as const;
export const PERSON_ROLES = ["INTERVIEWER", "PANEL_MEMBER", "RECRUITER", "ASSISTANT"] as const;
