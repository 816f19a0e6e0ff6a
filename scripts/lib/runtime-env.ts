import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The settings `npm run dev` and `npm start` give Next.js when nothing is configured:
 * a generated AUTH_SECRET kept in the data folder, the app's own address, and the dev
 * outbox as the mail endpoint unless a real Resend key is set, and the in-process email
 * worker for the embedded database.
 */
export function buildRuntimeEnv(options: { dataDir: string; port: string; embedded?: boolean; env?: Record<string, string | undefined> }): Record<string, string> {
  const env = options.env ?? process.env;
  const result: Record<string, string> = {};
  if (!env.AUTH_SECRET) result.AUTH_SECRET = readOrCreateSecret(options.dataDir);
  if (!env.APP_URL) result.APP_URL = `http://localhost:${options.port}`;
  if (env.AUTH_TRUST_HOST === undefined) result.AUTH_TRUST_HOST = "true";
  const outbox = env.FOLLOWTHROUGH_OUTBOX ?? (env.RESEND_API_KEY ? "0" : "1");
  result.FOLLOWTHROUGH_OUTBOX = outbox;
  if (outbox === "1" && !env.RESEND_BASE_URL) result.RESEND_BASE_URL = `http://127.0.0.1:${options.port}/api/dev-outbox`;
  // The embedded database belongs to this one process, so its email worker runs inside it.
  // With DATABASE_URL, run `npm run worker` beside the web server (or set this to "1").
  result.FOLLOWTHROUGH_INLINE_WORKER = env.FOLLOWTHROUGH_INLINE_WORKER ?? (options.embedded ? "1" : "0");
  return result;
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
