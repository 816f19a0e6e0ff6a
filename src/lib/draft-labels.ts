export const DRAFT_STATUS_LABELS = {
  DRAFT: "Draft",
  SUBMITTED: "Waiting for review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PRINTED: "Printed",
  MAILED: "Mailed",
  SENT: "Sent",
} as const;

export const EMAIL_STATUS_LABELS = {
  SCHEDULED: "Scheduled",
  SENDING: "Sending",
  SENT: "Sent",
  DELIVERED: "Delivered",
  BOUNCED: "Bounced",
  COMPLAINED: "Marked as spam",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
} as const;

/**
 * Whose note a draft is, said to the person reading it: "your" to its author, and the
 * client's name to their coach ("Maya's"), so a coach never reads "your note" for a client's.
 */
export function whoseNote(viewerIsAuthor: boolean, clientName: string | null): string {
  if (viewerIsAuthor) return "your";
  const firstName = clientName?.trim().split(/\s+/)[0];
  return firstName ? `${firstName}'s` : "the client's";
}
