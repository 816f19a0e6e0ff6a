import "server-only";
import type { Db } from "@/server/db/client";

export async function listOutboxMessages(db: Db, options: { to?: string; limit?: number } = {}) {
  return db.outboxMessage.findMany({
    where: options.to ? { to: { has: options.to } } : {},
    orderBy: { arrival: "desc" },
    take: options.limit ?? 100,
    select: { id: true, fromAddress: true, to: true, subject: true, receivedAt: true },
  });
}

export async function getOutboxMessage(db: Db, id: string) {
  return db.outboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      fromAddress: true,
      to: true,
      replyTo: true,
      subject: true,
      html: true,
      text: true,
      rawRequest: true,
      receivedAt: true,
    },
  });
}
