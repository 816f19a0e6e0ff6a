// The kinds of template: the editor offers them and the server's input schemas accept them.
export const TEMPLATE_KINDS = [
  "THANK_YOU_EMAIL",
  "THANK_YOU_LETTER",
  "REFERENCE_REQUEST",
  "CHARACTER_REFERENCE_REQUEST",
  "FOLLOW_UP_EMAIL",
  "RECRUITER_THANK_YOU",
  "RECRUITER_KEEP_IN_TOUCH",
] as const;
