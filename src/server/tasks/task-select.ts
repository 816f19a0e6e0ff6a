import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What a task list shows of each task. */
export const taskSelect = {
  id: true,
  key: true,
  kind: true,
  rules: true,
  title: true,
  channel: true,
  dueAt: true,
  status: true,
  completedAt: true,
  snoozedFrom: true,
  editedByHand: true,
  arrivesFrom: true,
  arrivesBy: true,
  recipient: { select: { id: true, name: true, role: true } },
} as const satisfies Prisma.FollowUpTaskSelect;
