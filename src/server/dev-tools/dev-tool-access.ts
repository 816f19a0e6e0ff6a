import "server-only";

import { isTestClockAllowed } from "@/server/clock";
import { getConfig } from "@/server/config";
import { isLocalRequest } from "@/server/http/client-address";

/**
 * The dev outbox and the test clock are development tools. In a production build they exist
 * only when explicitly switched on (FOLLOWTHROUGH_OUTBOX=1, FOLLOWTHROUGH_TEST_CLOCK=1), and
 * then answer only to this machine, through no proxy: `npm start` also listens on 127.0.0.1
 * alone in that case, and a proxy on the same host (which adds forwarding headers) is still
 * refused. Elsewhere they are 404.
 */
function isDevToolReachable(headers: Headers, env: Record<string, string | undefined>): boolean {
  if (env.NODE_ENV !== "production") return true;
  return isLocalRequest(headers);
}

export function isOutboxAvailable(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  return getConfig(env as NodeJS.ProcessEnv).outboxEnabled && isDevToolReachable(headers, env);
}

export function isTestClockAvailable(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  return isTestClockAllowed(env) && isDevToolReachable(headers, env);
}
