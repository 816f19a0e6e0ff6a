import "server-only";
import { isLetterKind } from "@/server/drafts/draft-kinds";

export type SendableDraft = {
  kind: string;
  status: string;
  approvedVersion: number | null;
  latestVersion: number;
  reviewRequired: boolean;
  /** R01: close to another note of the interview, and no reason given. */
  unexplainedNearDuplicate: boolean;
  recipient: { name: string; email: string | null } | null;
  /** What is left to fill in (unfinished-passages.ts), or null when the draft is finished. */
  unfinished: string | null;
};

/** Why a draft may not go out by email now, in the client's words; null when it may. */
export function findSendBlocker(draft: SendableDraft): string | null {
  if (isLetterKind(draft.kind)) return "A letter goes by post: print it instead.";
  if (draft.status === "SENT") return "This email has already been sent.";
  if (draft.reviewRequired && !(draft.status === "APPROVED" && draft.approvedVersion === draft.latestVersion)) {
    return draft.status === "SUBMITTED"
      ? "This draft is waiting for your coach's review."
      : "Your coach approves an email before it goes out. Submit it for review.";
  }
  if (!draft.reviewRequired && !["DRAFT", "CHANGES_REQUESTED", "APPROVED"].includes(draft.status)) return "This draft is waiting for your coach's review.";
  if (draft.unfinished) return draft.unfinished;
  if (draft.unexplainedNearDuplicate) return "This note is nearly the same as another one. Make it personal first.";
  if (!draft.recipient?.email) return `Add an email address for ${draft.recipient?.name ?? "the recipient"} first.`;
  return null;
}
