import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SECURED_REQUEST_HEADER } from "../../src/server/security/security-headers.mjs";
import { secureRequest } from "./secure-request.mjs";

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/**
 * A real Node server doing what scripts/web-server.mjs does: secure the request, then hand it on (here to a handler that
 * records the request headers Next.js would render from).
 */
async function startServer(appUrl: string) {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer((request, response) => {
    if (secureRequest(request, response, new URL(appUrl))) return;
    seen.push({ ...request.headers });
    response.end("from the app");
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { base, seen };
}

describe("secureRequest (the production server's security headers)", () => {
  it("gives each page a fresh nonce, in the response's policy and in the request Next.js renders from, and marks the request for the proxy to skip", async () => {
    const { base, seen } = await startServer("http://localhost:3000");
    const first = await fetch(`${base}/interviews/abc`);
    const second = await fetch(`${base}/`);
    const policy = first.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(second.headers.get("content-security-policy")).toMatch(/'nonce-/);
    expect(second.headers.get("content-security-policy")).not.toBe(policy);
    expect(seen[0]!["content-security-policy"]).toBe(policy);
    expect(seen[0]![SECURED_REQUEST_HEADER]).toBe("1");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    expect(await first.text()).toBe("from the app");
  });

  it("gives API routes and static files the locked-down policy, and no policy of the client's reaches Next.js", async () => {
    const { base, seen } = await startServer("http://localhost:3000");
    const forged = { "content-security-policy": "script-src 'nonce-forged'", "content-security-policy-report-only": "script-src 'nonce-forged'" };
    for (const path of ["/api/trpc/interview.list", "/_next/static/chunks/app.css"]) {
      const response = await fetch(`${base}${path}`, { headers: forged });
      expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    for (const headers of seen) {
      expect(headers["content-security-policy"]).toBeUndefined();
      expect(headers["content-security-policy-report-only"]).toBeUndefined();
    }
    // On a page the client's policy is replaced by the request's own.
    await fetch(`${base}/`, { headers: forged });
    expect(seen.at(-1)!["content-security-policy"]).toMatch(/'nonce-(?!forged)/);
    expect(seen.at(-1)!["content-security-policy-report-only"]).toBeUndefined();
  });

  it("writes the mark itself, whatever the client sent under its name", async () => {
    const { base, seen } = await startServer("http://localhost:3000");
    await fetch(`${base}/`, { headers: { [SECURED_REQUEST_HEADER]: "forged" } });
    expect(seen[0]![SECURED_REQUEST_HEADER]).toBe("1");
  });

  it("decides HSTS from APP_URL, whatever the request claims about its scheme or host", async () => {
    const spoofed = { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" };
    const plain = await startServer("http://localhost:3000");
    expect((await fetch(`${plain.base}/`, { headers: spoofed })).headers.has("strict-transport-security")).toBe(false);
    await new Promise((resolve) => server!.close(resolve));
    const secure = await startServer("https://coach.example");
    expect((await fetch(`${secure.base}/`)).headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("answers a path with a broken %-escape with the app's own 400 page, with the security headers, and never hands it on", async () => {
    const { base, seen } = await startServer("http://localhost:3000");
    const response = await fetch(`${base}/interviews/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/nonce-/);
    const page = await response.text();
    expect(page).toContain(">This address isn't right</h1>");
    expect(page).not.toContain("Bad Request");
    const head = await fetch(`${base}/interviews/%zz`, { method: "HEAD" });
    expect(head.status).toBe(400);
    expect(seen).toEqual([]);
    // A well-formed path goes on to the app.
    expect((await fetch(`${base}/interviews/abc%20def`)).status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it("answers a target no URL parser can read with the 400 page, and keeps serving", async () => {
    const { base, seen } = await startServer("http://localhost:3000");
    const port = Number(new URL(base).port);
    for (const target of ["//a:99999/x", "//[x", "http://%zz/"]) {
      // fetch cannot send such a target: a raw request over a socket can.
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, "127.0.0.1", () => socket.end(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
        let text = "";
        socket.on("data", (chunk) => (text += chunk.toString()));
        socket.on("end", () => resolve(text));
        socket.on("error", reject);
      });
      expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
      expect(answer.toLowerCase()).toContain("content-security-policy: default-src 'self'");
      expect(answer).toContain(">This address isn't right</h1>");
    }
    expect(seen).toEqual([]);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });
});
