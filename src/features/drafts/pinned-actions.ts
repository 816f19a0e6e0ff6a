/** Which of the draft page's action groups rides in the phone's bottom bar (src/components/phone-action-bar.tsx). */
export type PinnedActions = "review" | "send" | "submit" | "letter" | null;

type DraftState = {
  kind: string;
  status: "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED" | "PRINTED" | "MAILED" | "SENT";
  canEdit: boolean;
  canReview: boolean;
  /** For an email draft its client may send: why it may not go yet, or null when it may. */
  sending: { blockedReason: string | null } | null;
};

/**
 * The one group of actions that is this person's next step on this draft, so that only one bar is
 * pinned: the coach's verdict on a submitted draft; sending once the draft may go (a practice without
 * review sends straight from a draft); else submitting it for review; for a letter, printing and mailing.
 */
export function choosePinnedActions(draft: DraftState): PinnedActions {
  if (draft.canReview && draft.status === "SUBMITTED") return "review";
  if (draft.sending && !draft.sending.blockedReason) return "send";
  if (draft.canEdit && (draft.status === "DRAFT" || draft.status === "CHANGES_REQUESTED")) return "submit";
  if (draft.canEdit && draft.kind === "THANK_YOU_LETTER" && draft.status !== "MAILED") return "letter";
  return null;
}
