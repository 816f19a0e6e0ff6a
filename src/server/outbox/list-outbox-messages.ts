import "server-only";
import type { Db } from "@/server/db/client";
import { keyset, toPage, type KeysetField } from "@/server/pagination/keyset";

export const OUTBOX_PAGE_SIZE = 50;
// Arrival order, newest first: the app's clock moves in tests, arrival numbers never repeat.
const OUTBOX_ORDER: KeysetField[] = [{ field: "arrival", direction: "desc", type: "int" }];

/** One page of the dev outbox, newest first; `cursor` is the `nextCursor` of the page before. */
export async function listOutboxMessages(db: Db, options: { to?: string; cursor?: string | null; limit?: number } = {}) {
  const limit = options.limit ?? OUTBOX_PAGE_SIZE;
  const { where, orderBy } = keyset(OUTBOX_ORDER, options.cursor);
  const rows = await db.outboxMessage.findMany({
    where: { AND: [options.to ? { to: { has: options.to } } : {}, where] },
    orderBy,
    take: limit + 1,
    select: { id: true, fromAddress: true, to: true, subject: true, receivedAt: true, arrival: true },
  });
  return toPage(rows, limit, (m) => [m.arrival]);
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
