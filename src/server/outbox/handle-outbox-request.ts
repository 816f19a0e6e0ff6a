import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { resendEmailPayload, type ResendEmailPayload } from "./outbox-schemas";

function toList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function describeRequest(request: Request, body: unknown): Prisma.InputJsonObject {
  const headers = Object.fromEntries(
    [...request.headers.entries()].map(([name, value]) => [name, name === "authorization" ? "Bearer [redacted]" : value]),
  );
  return { method: request.method, path: new URL(request.url).pathname, headers, body: body as Prisma.InputJsonValue };
}

function toMessageData(payload: ResendEmailPayload, raw: Prisma.InputJsonValue, idempotencyKey: string | null, receivedAt: Date) {
  return {
    idempotencyKey,
    fromAddress: payload.from,
    to: toList(payload.to),
    replyTo: toList(payload.reply_to),
    subject: payload.subject,
    html: payload.html ?? null,
    text: payload.text ?? null,
    rawRequest: raw,
    receivedAt,
  };
}

async function storeMessage(db: Db, payload: ResendEmailPayload, raw: Prisma.InputJsonValue, idempotencyKey: string | null, receivedAt: Date) {
  const data = toMessageData(payload, raw, idempotencyKey, receivedAt);
  if (!idempotencyKey) return db.outboxMessage.create({ data, select: { id: true } });
  // Like Resend: a repeated key answers with the first message instead of storing another.
  return db.outboxMessage.upsert({ where: { idempotencyKey }, create: data, update: {}, select: { id: true } });
}

/**
 * A batch is stored by one INSERT (a repeated key is skipped, as Resend answers with the first
 * message), not a transaction of one upsert per email: a long transaction on a loaded machine
 * ran into Prisma's transaction timeout.
 */
async function storeBatch(db: Db, payloads: { payload: ResendEmailPayload; index: number }[], request: Request, items: unknown[], idempotencyKey: string | null, receivedAt: Date) {
  // Each message keeps the request with its own item of the batch as the body: a copy of the
  // whole batch (100 emails) in every row made a 100-row batch a hundred times too heavy to store.
  const rows = payloads.map(({ payload, index }) =>
    toMessageData(payload, { ...describeRequest(request, items[index]), batchItem: { index, of: items.length } }, idempotencyKey ? `${idempotencyKey}#${index}` : null, receivedAt),
  );
  const created = await db.outboxMessage.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true, arrival: true } });
  // Rows of one INSERT take their arrival numbers in the order they were listed.
  if (!idempotencyKey) return created.sort((a, b) => a.arrival - b.arrival).map(({ id }) => ({ id }));
  const keys = rows.map((row) => row.idempotencyKey!);
  const stored = await db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } }, select: { id: true, idempotencyKey: true } });
  const idOfKey = new Map(stored.map((message) => [message.idempotencyKey, message.id]));
  return keys.map((key) => ({ id: idOfKey.get(key)! }));
}

/**
 * The dev outbox: a Resend-compatible endpoint (POST /emails, POST /emails/batch) that
 * stores each message and its raw request in the database instead of delivering it.
 * `now` is the app's clock, so the outbox shows when, on that clock, a message arrived.
 */
export async function handleOutboxRequest(db: Db, request: Request, now: Date): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  if (request.method !== "POST") return json({ name: "method_not_allowed", message: "Use POST.", statusCode: 405 }, 405);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ name: "validation_error", message: "The body is not JSON.", statusCode: 422 }, 422);
  }
  const idempotencyKey = request.headers.get("idempotency-key");
  const raw = describeRequest(request, body);

  if (path.endsWith("/emails/batch")) {
    const items = z.array(z.unknown()).min(1).max(100).safeParse(body);
    if (!items.success) return json({ name: "validation_error", message: "A batch is a list of 1 to 100 emails.", statusCode: 422 }, 422);
    const parsed = items.data.map((item) => resendEmailPayload.safeParse(item));
    // Like Resend: strict (the default) refuses the whole batch for one invalid email;
    // permissive stores the valid ones and lists the others under `errors` by index.
    const permissive = request.headers.get("x-batch-validation") === "permissive";
    const errors = parsed.flatMap((p, index) => (p.success ? [] : [{ index, message: p.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }]));
    if (!permissive && errors.length > 0) {
      return json({ name: "validation_error", message: errors.map((e) => `email ${e.index}: ${e.message}`).join("; "), statusCode: 422 }, 422);
    }
    const valid = parsed.flatMap((p, index) => (p.success ? [{ payload: p.data, index }] : []));
    const ids = await storeBatch(db, valid, request, items.data, idempotencyKey, now);
    return json(permissive ? { data: ids, errors } : { data: ids });
  }
  if (path.endsWith("/emails")) {
    const parsed = resendEmailPayload.safeParse(body);
    if (!parsed.success) return json({ name: "validation_error", message: parsed.error.message, statusCode: 422 }, 422);
    return json(await storeMessage(db, parsed.data, raw, idempotencyKey, now));
  }
  return json({ name: "not_found", message: `No outbox endpoint at ${path}.`, statusCode: 404 }, 404);
}
