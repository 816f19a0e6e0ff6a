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
