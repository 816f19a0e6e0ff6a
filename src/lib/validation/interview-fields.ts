import { z } from "zod";
import { INTERVIEW_OUTCOMES, INTERVIEW_STAGES, PERSON_ROLES, TIMELINE_KINDS } from "@/lib/interview-values";
import { localDateTime, optionalCivilDate, optionalEmailAddress, optionalText, recordId as id, text, timeZoneSchema } from "./fields";

// An interview's fields and value lists: the browser's form and the server's input schemas both use them.

export { INTERVIEW_OUTCOMES, INTERVIEW_STAGES, PERSON_ROLES, TIMELINE_KINDS };

export const personInput = z
  .object({
    id: id.optional(),
    role: z.enum(PERSON_ROLES, { error: "Choose a role" }),
    name: text({ max: 120, required: "Enter the person's name" }),
    title: optionalText({ max: 120 }),
    email: optionalEmailAddress,
    phone: optionalText({ max: 40 }),
    recallNote: optionalText({ max: 500, multiline: true }),
  })
  .strict();
export type PersonInput = z.input<typeof personInput>;

export const interviewFields = z
  .object({
    company: text({ max: 120, required: "Enter the company" }),
    jobTitle: text({ max: 120, required: "Enter the role" }),
    stage: z.enum(INTERVIEW_STAGES, { error: "Choose a stage" }),
    /** Wall-clock time as typed into a datetime-local input, read in `timeZone`. */
    startsAtLocal: localDateTime,
    timeZone: timeZoneSchema,
    durationMinutes: z.number().int().min(5, "At least 5 minutes").max(600, "At most 10 hours").default(60),
    location: optionalText({ max: 200 }),
    outcome: z.enum(INTERVIEW_OUTCOMES, { error: "Choose an outcome" }).default("WAITING"),
    people: z.array(personInput).max(30, "At most 30 people"),
    /** The decision timeline the employer gave (R03, R20). Dates are days in the client's calendar. */
    nextStep: optionalText({ max: 300 }),
    timelineKind: z.enum(TIMELINE_KINDS).default("NONE"),
    timelineDate: optionalCivilDate,
    callOn: optionalCivilDate,
    questionsInvited: z.boolean().default(false),
  })
  .strict()
  .refine((v) => v.timelineKind === "NONE" || !!v.timelineDate, {
    message: "Enter the date of the decision or the next round",
    path: ["timelineDate"],
  })
  // The planner refuses a decision or next round before the interview (docs/PLANNER.md, invariant 6):
  // both dates are days in the zone the interview's time is given in, so their strings compare.
  .refine((v) => v.timelineKind === "NONE" || !v.timelineDate || v.timelineDate >= v.startsAtLocal.slice(0, 10), {
    message: "The decision or the next round can't come before the interview: choose its day or a later one",
    path: ["timelineDate"],
  });
export type InterviewFields = z.input<typeof interviewFields>;
