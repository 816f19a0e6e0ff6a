export const DRAFT_STATUS_LABELS = {
  DRAFT: "Draft",
  SUBMITTED: "Waiting for review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PRINTED: "Printed",
  MAILED: "Mailed",
} as const;
