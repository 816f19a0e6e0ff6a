export const TEMPLATE_KIND_LABELS = {
  THANK_YOU_EMAIL: "Thank-you email",
  THANK_YOU_LETTER: "Thank-you letter or handwritten card",
  REFERENCE_REQUEST: "Reference request",
  CHARACTER_REFERENCE_REQUEST: "Character reference request",
  FOLLOW_UP_EMAIL: "Follow-up email",
  RECRUITER_THANK_YOU: "Recruiter thank-you",
  RECRUITER_KEEP_IN_TOUCH: "Recruiter keep-in-touch",
} as const;
