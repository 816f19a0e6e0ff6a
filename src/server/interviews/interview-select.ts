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
