import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The fields every view of an interview shows. */
export const interviewSummarySelect = {
  id: true,
  company: true,
  jobTitle: true,
  stage: true,
  outcome: true,
  startsAt: true,
} as const satisfies Prisma.InterviewSelect;

/** The interview's own record, in full: what its page shows and what its client exports. */
export const interviewRecordSelect = {
  ...interviewSummarySelect,
  durationMinutes: true,
  location: true,
  nextStep: true,
  timelineKind: true,
  timelineDate: true,
  callOn: true,
  questionsInvited: true,
  coldAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.InterviewSelect;
