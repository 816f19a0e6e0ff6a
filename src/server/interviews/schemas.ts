import { z } from "zod";
import { timeZoneSchema } from "@/lib/time-zones";

export const INTERVIEW_STAGES = ["PHONE_SCREEN", "FIRST_ROUND", "SECOND_ROUND", "FINAL", "OFFER"] as const;
export const INTERVIEW_OUTCOMES = ["WAITING", "NEXT_ROUND", "OFFER", "OFFER_SIGNED", "REJECTED", "WITHDRAWN"] as const;
export const TIMELINE_KINDS = ["NONE", "DECISION", "NEXT_ROUND"] as const;
export const PERSON_ROLES = ["INTERVIEWER", "PANEL_MEMBER", "RECRUITER", "ASSISTANT"] as const;

const id = z.string().min(1).max(64);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => (value === "" ? null : value))
    .nullish();

/** A day in the client's calendar, as an <input type="date"> gives it; "" means none. */
export const civilDate = z
  .string()
  .transform((value) => (value === "" ? null : value))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date").nullable());

export const listInterviewsInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(50),
    stage: z.enum(INTERVIEW_STAGES).optional(),
    clientId: id.optional(),
  })
  .strict();
export type ListInterviewsInput = z.input<typeof listInterviewsInput>;

export const interviewIdInput = z.object({ id }).strict();

export const personInput = z
  .object({
    id: id.optional(),
    role: z.enum(PERSON_ROLES, { error: "Choose a role" }),
    name: z.string().trim().min(1, "Enter the person's name").max(120, "Use at most 120 characters"),
    title: optionalText(120),
    email: z
      .string()
      .trim()
      .transform((value) => (value === "" ? null : value.toLowerCase()))
      .pipe(z.email("Enter a valid email address").nullable())
      .nullish(),
    phone: optionalText(40),
    recallNote: optionalText(500),
  })
  .strict();
export type PersonInput = z.input<typeof personInput>;

export const interviewFields = z
  .object({
    company: z.string().trim().min(1, "Enter the company").max(120, "Use at most 120 characters"),
    jobTitle: z.string().trim().min(1, "Enter the role").max(120, "Use at most 120 characters"),
    stage: z.enum(INTERVIEW_STAGES, { error: "Choose a stage" }),
    /** Wall-clock time as typed into a datetime-local input, read in `timeZone`. */
    startsAtLocal: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter the date and time"),
    timeZone: timeZoneSchema,
    durationMinutes: z.number().int().min(5, "At least 5 minutes").max(600, "At most 10 hours").default(60),
    location: optionalText(200),
    outcome: z.enum(INTERVIEW_OUTCOMES, { error: "Choose an outcome" }).default("WAITING"),
    people: z.array(personInput).max(30, "At most 30 people"),
    /** The decision timeline the employer gave (R03, R20). Dates are days in the client's calendar. */
    nextStep: optionalText(300),
    timelineKind: z.enum(TIMELINE_KINDS).default("NONE"),
    timelineDate: civilDate.nullish(),
    callOn: civilDate.nullish(),
    questionsInvited: z.boolean().default(false),
  })
  .strict()
  .refine((v) => v.timelineKind === "NONE" || !!v.timelineDate, {
    message: "Enter the date of the decision or the next round",
    path: ["timelineDate"],
  });
export type InterviewFields = z.input<typeof interviewFields>;

export const createInterviewInput = interviewFields;
export const updateInterviewInput = z.intersection(interviewFields, z.object({ id }));
