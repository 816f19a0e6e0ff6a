import { getNow } from "@/server/clock";
import { db } from "@/server/db/client";
import { isOutboxAvailable } from "@/server/dev-tools/dev-tool-access";
import { handleOutboxRequest } from "@/server/outbox/handle-outbox-request";

// Off unless the outbox is switched on, and then for this machine only (see dev-tool-access.ts).
export async function POST(request: Request) {
  if (!isOutboxAvailable(request.headers)) return new Response("Not found", { status: 404 });
  return handleOutboxRequest(db, request, getNow());
}
