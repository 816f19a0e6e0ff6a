import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What everyone who may see an email sees: its progress, never its body. */
export const emailSummarySelect = {
  id: true,
  status: true,
  toAddress: true,
  subject: true,
  scheduledFor: true,
  sentAt: true,
  deliveredAt: true,
  bouncedAt: true,
  cancelledAt: true,
  failedAt: true,
  failureReason: true,
  lastError: true,
  attempts: true,
  draftId: true,
} as const satisfies Prisma.EmailSelect;
