// `npm start` runs this (through scripts/serve.ts): the production build of Next.js behind a
// plain Node HTTP server, so the client's address comes from the socket (or from the proxies
// FOLLOWTHROUGH_TRUSTED_PROXIES says are in front), never from a header the client wrote.
// Plain JavaScript so that Next.js runs under node itself, without tsx's loader.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { normalizeForwardingHeaders } from "./lib/client-address.mjs";
import { coalesceWrites } from "./lib/coalesce-writes.mjs";
import { secureRequest } from "./lib/secure-request.mjs";

const require = createRequire(import.meta.url);
const next = require("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.FOLLOWTHROUGH_BIND_HOST ?? "0.0.0.0";
const appUrl = new URL(process.env.APP_URL ?? `http://localhost:${port}`);
const trustedProxies = Number(process.env.FOLLOWTHROUGH_TRUSTED_PROXIES ?? 0);
if (!Number.isInteger(trustedProxies) || trustedProxies < 0 || trustedProxies > 5) {
  console.error("FOLLOWTHROUGH_TRUSTED_PROXIES must be a whole number of proxies, 0 to 5.");
  process.exit(2);
}

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  normalizeForwardingHeaders(request, trustedProxies, appUrl);
  if (secureRequest(request, response, appUrl)) return;
  coalesceWrites(response);
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Listening on ${hostname}:${port}${trustedProxies > 0 ? `, behind ${trustedProxies} trusted prox${trustedProxies === 1 ? "y" : "ies"}` : ""}.`);
});

// Stop taking connections, let the requests in flight finish (a sign-in email being sent,
// say), and close what is still open after ten seconds.
function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, 10_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
