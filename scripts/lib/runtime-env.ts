import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isTestClockAllowed } from "../../src/server/clock";
import { parseSignUpSetting } from "../../src/server/config";

export type ServeMode = "dev" | "start";

/** What `npm run dev` / `npm start` will run with, or why it must not start. */
export type ServeSettings = {
  /** One line per missing or wrong setting; the server does not start while there are any. */
  problems: string[];
  /** Printed at start: development tools switched on in a production build. */
  warnings: string[];
  /** Added to the environment of the Next.js process. */
  env: Record<string, string>;
  /** The embedded PGlite database instead of DATABASE_URL. */
  embeddedDatabase: boolean;
  /** Load the demo practice into an empty database. */
  seedDemo: boolean;
  /** Address the web server listens on: loopback only while a development tool is on in production. */
  bindHost: string;
};

const MIN_SECRET_LENGTH = 32;

/** `dev` runs on the embedded database whenever DATABASE_URL is unset; `start` only when asked to (a trial). */
export function usesEmbeddedDatabase(mode: ServeMode, env: Record<string, string | undefined> = process.env): boolean {
  return !env.DATABASE_URL && (mode === "dev" || env.FOLLOWTHROUGH_EMBEDDED_DB === "1");
}

/**
 * Two modes, clearly apart. `dev` is for development: the embedded database, a generated
 * secret, the dev outbox and demo data, with no configuration. `start` is production: it
 * needs DATABASE_URL, AUTH_SECRET, APP_URL and a mail provider key, and development tools
 * (embedded database, dev outbox, test clock, demo data) are off unless explicitly asked for.
 */
export function resolveServeSettings(options: {
  mode: ServeMode;
  dataDir: string;
  port: string;
  env?: Record<string, string | undefined>;
}): ServeSettings {
  const env = options.env ?? process.env;
  const dev = options.mode === "dev";
  const problems: string[] = [];
  const warnings: string[] = [];
  const result: Record<string, string> = {};

  const embeddedDatabase = usesEmbeddedDatabase(options.mode, env);
  if (!env.DATABASE_URL && !embeddedDatabase) {
    problems.push(
      "DATABASE_URL is not set: the PostgreSQL database, like postgresql://user:password@db.internal:5432/followthrough.",
    );
  }

  if (env.AUTH_SECRET) {
    if (!dev && env.AUTH_SECRET.length < MIN_SECRET_LENGTH) {
      problems.push(`AUTH_SECRET is too short: use at least ${MIN_SECRET_LENGTH} random characters (openssl rand -base64 32).`);
    }
  } else if (dev) {
    result.AUTH_SECRET = readOrCreateSecret(options.dataDir);
  } else {
    problems.push("AUTH_SECRET is not set: a random secret of at least 32 characters (openssl rand -base64 32).");
  }

  const appUrl = env.APP_URL ?? (dev ? `http://localhost:${options.port}` : undefined);
  if (!appUrl) {
    problems.push("APP_URL is not set: the public address people open, like https://coach.example.com.");
  } else if (!isHttpUrl(appUrl)) {
    problems.push(`APP_URL is not an http(s) address: ${JSON.stringify(appUrl)}.`);
  } else {
    // Every absolute link is built from APP_URL (src/server/config.ts, and Auth.js's AUTH_URL
    // is pinned to it in src/server/auth/auth.ts), never from the request's headers.
    if (!env.APP_URL) result.APP_URL = appUrl;
  }

  const outbox = (env.FOLLOWTHROUGH_OUTBOX ?? (dev && !env.RESEND_API_KEY ? "1" : "0")) === "1";
  result.FOLLOWTHROUGH_OUTBOX = outbox ? "1" : "0";
  if (outbox && !env.RESEND_BASE_URL) result.RESEND_BASE_URL = `http://127.0.0.1:${options.port}/api/dev-outbox`;
  if (!dev && !outbox && !env.RESEND_API_KEY) {
    problems.push("RESEND_API_KEY is not set: the Resend API key that sends sign-in links and clients' emails.");
  }

  // Who may start a practice: a malformed list stops the server here, not on the sign-up page.
  const signUp = parseSignUpSetting(env.FOLLOWTHROUGH_SIGN_UP, dev ? "development" : "production");
  if ("error" in signUp) problems.push(`${signUp.error}.`);

  // The clock's own rule (never with a Resend key), written into the server's environment
  // either way, so a .env file Next.js loads cannot turn it on behind our back.
  const testClock = isTestClockAllowed(env);
  result.FOLLOWTHROUGH_TEST_CLOCK = testClock ? "1" : "0";
  const seedDemo = embeddedDatabase ? dev || env.FOLLOWTHROUGH_SEED_DEMO === "1" : env.FOLLOWTHROUGH_SEED_DEMO === "1";

  if (!dev) {
    if (embeddedDatabase) warnings.push("the embedded database is on (FOLLOWTHROUGH_EMBEDDED_DB=1): a trial, not a deployment.");
    if (outbox) warnings.push("the dev outbox is on (FOLLOWTHROUGH_OUTBOX=1): whoever reads it can sign in as anyone.");
    if (testClock) warnings.push("the test clock is on (FOLLOWTHROUGH_TEST_CLOCK=1): the server's time can be moved.");
    if (seedDemo) warnings.push("demo data is loaded into an empty database (FOLLOWTHROUGH_SEED_DEMO=1).");
  }
  // A development tool in a production build is reachable from this machine only.
  const loopbackOnly = !dev && (outbox || testClock);
  if (loopbackOnly) warnings.push("so the server listens on 127.0.0.1 only.");
  // Not HOSTNAME: containers set it to their own name.
  const bindHost = loopbackOnly ? "127.0.0.1" : (env.FOLLOWTHROUGH_HOST ?? "0.0.0.0");
  result.FOLLOWTHROUGH_BIND_HOST = bindHost;

  // Which database the server talks to: only a PostgreSQL server keeps named prepared statements (src/server/db/client.ts).
  result.FOLLOWTHROUGH_DATABASE_KIND = embeddedDatabase ? "embedded" : "postgresql";
  // The embedded database belongs to this one process, so its email worker runs inside it.
  // With DATABASE_URL, run `npm run worker` beside the web server (or set this to "1").
  result.FOLLOWTHROUGH_INLINE_WORKER = env.FOLLOWTHROUGH_INLINE_WORKER ?? (embeddedDatabase ? "1" : "0");
  return { problems, warnings, env: result, embeddedDatabase, seedDemo, bindHost };
}

/** What `npm run worker` needs in production; one line per missing setting. */
export function findWorkerProblems(env: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = [];
  if (!env.DATABASE_URL) {
    problems.push(
      "DATABASE_URL is not set: the app's PostgreSQL database. With the embedded database the worker already runs inside `npm run dev` and `npm start`.",
    );
  }
  if (!env.AUTH_SECRET) problems.push("AUTH_SECRET is not set: the same secret as the web server's (it signs unsubscribe links).");
  else if (env.AUTH_SECRET.length < MIN_SECRET_LENGTH) problems.push(`AUTH_SECRET is too short: use the web server's, at least ${MIN_SECRET_LENGTH} characters.`);
  if (!env.APP_URL || !isHttpUrl(env.APP_URL)) problems.push("APP_URL is not set to an http(s) address: the same public address as the web server's.");
  if (env.FOLLOWTHROUGH_OUTBOX === "1") {
    if (!env.RESEND_BASE_URL) problems.push("RESEND_BASE_URL is not set: with FOLLOWTHROUGH_OUTBOX=1 the worker posts to the web server's outbox (http://127.0.0.1:<PORT>/api/dev-outbox).");
  } else if (!env.RESEND_API_KEY) {
    problems.push("RESEND_API_KEY is not set: the Resend API key.");
  }
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
