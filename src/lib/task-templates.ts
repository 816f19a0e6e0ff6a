/** Which template kind a planned task is written with; tasks not listed are not letters or emails. */
export const TEMPLATE_FOR_TASK = {
  THANK_YOU: "THANK_YOU_EMAIL",
  HANDWRITTEN_CARD: "THANK_YOU_LETTER",
  RECRUITER_THANK_YOU: "RECRUITER_THANK_YOU",
  KEEP_IN_TOUCH: "RECRUITER_KEEP_IN_TOUCH",
  FOLLOW_UP_EMAIL: "FOLLOW_UP_EMAIL",
  FOLLOW_UP_LETTER: "THANK_YOU_LETTER",
  OVERNIGHT_LETTER: "THANK_YOU_LETTER",
} as const;

export function templateKindForTask(kind: string) {
  return (TEMPLATE_FOR_TASK as Record<string, (typeof TEMPLATE_FOR_TASK)[keyof typeof TEMPLATE_FOR_TASK]>)[kind];
}
