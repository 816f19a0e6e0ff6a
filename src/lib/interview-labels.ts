import type { InterviewOutcome, InterviewStage, PersonRole } from "@/generated/prisma/enums";

export const STAGE_LABELS: Record<InterviewStage, string> = {
  PHONE_SCREEN: "Phone screen",
  FIRST_ROUND: "First round",
  SECOND_ROUND: "Second round",
  FINAL: "Final",
  OFFER: "Offer",
};

export const OUTCOME_LABELS: Record<InterviewOutcome, string> = {
  WAITING: "Waiting",
  NEXT_ROUND: "Next round",
  OFFER: "Offer",
  OFFER_SIGNED: "Offer signed",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};

export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  INTERVIEWER: "Interviewer",
  PANEL_MEMBER: "Panel member",
  RECRUITER: "Recruiter",
  ASSISTANT: "Assistant",
};
