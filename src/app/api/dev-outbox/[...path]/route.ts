import { getNow } from "@/server/clock";
import { getConfig } from "@/server/config";
import { db } from "@/server/db/client";
import { handleOutboxRequest } from "@/server/outbox/handle-outbox-request";

// With the outbox off (a real deployment sending through Resend) this endpoint does not exist.
export async function POST(request: Request) {
  if (!getConfig().outboxEnabled) return new Response("Not found", { status: 404 });
  return handleOutboxRequest(db, request, getNow());
}
