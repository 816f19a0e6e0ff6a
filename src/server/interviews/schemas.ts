import { z } from "zod";

export const INTERVIEW_STAGES = ["PHONE_SCREEN", "FIRST_ROUND", "SECOND_ROUND", "FINAL", "OFFER"] as const;

export const listInterviewsInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(50),
    stage: z.enum(INTERVIEW_STAGES).optional(),
  })
  .strict();

export type ListInterviewsInput = z.input<typeof listInterviewsInput>;
