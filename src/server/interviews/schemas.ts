import "server-only";
import { z } from "zod";
import { idInput, recordId as id } from "@/lib/validation/fields";
import { INTERVIEW_STAGES, interviewFields } from "@/lib/validation/interview-fields";

export const listInterviewsInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(50),
    stage: z.enum(INTERVIEW_STAGES).optional(),
    clientId: id.optional(),
    // The opaque position after the last interview of the previous page (see encodeInterviewCursor).
    cursor: z.string({ error: "This page link is not valid." }).max(200, "This page link is not valid.").nullish(),
    // useInfiniteQuery sends the direction it pages in; the list only pages forward.
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type ListInterviewsInput = z.input<typeof listInterviewsInput>;

export const interviewIdInput = idInput;

export const createInterviewInput = interviewFields;
export const updateInterviewInput = z.intersection(interviewFields, z.object({ id }));
