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

/**
 * The dev outbox's request handler behind a plain HTTP server, so the real Resend SDK
 * posts to it exactly as it does to the Next.js route. Sets the mail settings for the file.
 */
export function useOutboxServer(db: Db) {
  let server: Server;
  const saved = { base: process.env.RESEND_BASE_URL, outbox: process.env.FOLLOWTHROUGH_OUTBOX, key: process.env.RESEND_API_KEY };
  beforeAll(async () => {
    server = createServer((req, res) => {
      void (async () => {
        const response = await handleOutboxRequest(db, await toRequest(req, "http://127.0.0.1"));
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
}
