/** Where a task's letter or email stands, as every task list shows it beside the task. */
export type TaskWorkState = "NONE" | "DRAFT" | "IN_REVIEW" | "APPROVED" | "SCHEDULED" | "SENT";

export type TaskWork = { state: TaskWorkState; draftId: string | null; scheduledFor: Date | null };

export const TASK_WORK_LABELS: Record<TaskWorkState, string> = {
  NONE: "No draft yet",
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  APPROVED: "Approved",
  SCHEDULED: "Scheduled",
  SENT: "Sent",
};
