// `npm start` runs this (through scripts/serve.ts): the production build of Next.js behind a
// plain Node HTTP server, so the client's address comes from the socket (or from the proxies
// FOLLOWTHROUGH_TRUSTED_PROXIES says are in front), never from a header the client wrote.
// Plain JavaScript so that Next.js runs under node itself, without tsx's loader.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { normalizeForwardingHeaders } from "./lib/client-address.mjs";

const require = createRequire(import.meta.url);
const next = require("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.FOLLOWTHROUGH_BIND_HOST ?? "0.0.0.0";
const trustedProxies = Number(process.env.FOLLOWTHROUGH_TRUSTED_PROXIES ?? 0);
if (!Number.isInteger(trustedProxies) || trustedProxies < 0 || trustedProxies > 5) {
  console.error("FOLLOWTHROUGH_TRUSTED_PROXIES must be a whole number of proxies, 0 to 5.");
  process.exit(2);
}

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  normalizeForwardingHeaders(request, trustedProxies);
  void handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`Listening on ${hostname}:${port}${trustedProxies > 0 ? `, behind ${trustedProxies} trusted prox${trustedProxies === 1 ? "y" : "ies"}` : ""}.`);
});

function stop() {
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() forever.
  server.closeAllConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
