import "server-only";

import { isTestClockAllowed } from "@/server/clock";
import { getConfig } from "@/server/config";
import { getClientAddress, isLoopbackAddress } from "@/server/http/client-address";

/**
 * The dev outbox and the test clock are development tools. In a production build they exist
 * only when explicitly switched on (FOLLOWTHROUGH_OUTBOX=1, FOLLOWTHROUGH_TEST_CLOCK=1), and
 * then answer only to this machine: `npm start` also listens on 127.0.0.1 alone in that case,
 * and this check holds even behind a proxy on the same host. Elsewhere they are 404.
 */
function isDevToolReachable(headers: Headers, env: Record<string, string | undefined>): boolean {
  if (env.NODE_ENV !== "production") return true;
  return isLoopbackAddress(getClientAddress(headers));
}

export function isOutboxAvailable(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  return getConfig(env as NodeJS.ProcessEnv).outboxEnabled && isDevToolReachable(headers, env);
}

export function isTestClockAvailable(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  return isTestClockAllowed(env) && isDevToolReachable(headers, env);
}
