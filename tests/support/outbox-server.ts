import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/server/db/client";
import { handleOutboxRequest } from "@/server/outbox/handle-outbox-request";

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
}

export type RawOutboxRequest = { path: string; idempotencyKey: string | null; status: number };

/** Every request the server received, and answers to give instead of accepting (429, 500, …). */
export type OutboxControl = { requests: RawOutboxRequest[]; failNext: (...statuses: number[]) => void; reset: () => void };

/**
 * The dev outbox's request handler behind a plain HTTP server, so the real Resend SDK
 * posts to it exactly as it does to the Next.js route. Sets the mail settings for the file.
 * It logs every raw request, and can answer the next ones with an error like Resend's.
 */
export function useOutboxServer(db: Db): OutboxControl {
  let server: Server;
  const control: OutboxControl = {
    requests: [],
    failNext: (...statuses) => queued.push(...statuses),
    reset: () => {
      control.requests.length = 0;
      queued.length = 0;
    },
  };
  const queued: number[] = [];
  const saved = { base: process.env.RESEND_BASE_URL, outbox: process.env.FOLLOWTHROUGH_OUTBOX, key: process.env.RESEND_API_KEY };
  beforeAll(async () => {
    server = createServer((req, res) => {
      void (async () => {
        const request = await toRequest(req, "http://127.0.0.1");
        const logged: RawOutboxRequest = { path: new URL(request.url).pathname, idempotencyKey: request.headers.get("idempotency-key"), status: 0 };
        control.requests.push(logged);
        const injected = queued.shift();
        const response = injected
          ? Response.json({ name: injected === 429 ? "rate_limit_exceeded" : "internal_server_error", message: `Injected ${injected}`, statusCode: injected }, { status: injected })
          : await handleOutboxRequest(db, request, new Date());
        logged.status = response.status;
        res.writeHead(response.status, { "content-type": "application/json" });
        res.end(await response.text());
      })().catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ name: "internal_server_error", message: String(error), statusCode: 500 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address() as { port: number };
    process.env.RESEND_BASE_URL = `http://127.0.0.1:${address.port}/api/dev-outbox`;
    process.env.FOLLOWTHROUGH_OUTBOX = "1";
    delete process.env.RESEND_API_KEY;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const [name, value] of [["RESEND_BASE_URL", saved.base], ["FOLLOWTHROUGH_OUTBOX", saved.outbox], ["RESEND_API_KEY", saved.key]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  return control;
}
