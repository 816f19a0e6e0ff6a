import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SECURED_REQUEST_HEADER, isMalformedPath } from "@/server/security/security-headers.mjs";
import { config, proxy } from "./proxy";

/** What Next.js hands the page as the request's header (NextResponse.next passes request headers this way). */
function forwardedRequestHeader(response: Response, name: string) {
  return response.headers.get(`x-middleware-request-${name.toLowerCase()}`);
}

describe("proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("gives a page a fresh nonce, in the response's policy and in the request Next.js renders from", () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const first = proxy(new NextRequest("http://localhost:3000/sign-in"));
    const second = proxy(new NextRequest("http://localhost:3000/sign-in"));
    const policy = first.headers.get("Content-Security-Policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(forwardedRequestHeader(first, "Content-Security-Policy")).toBe(policy);
    expect(second.headers.get("Content-Security-Policy")).not.toBe(policy);
    expect(first.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("gives API routes and static files the policy without a nonce, and passes their request on unchanged", () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    for (const path of ["/api/trpc/interview.list", "/_next/static/chunks/app.css"]) {
      const response = proxy(new NextRequest(`http://localhost:3000${path}`));
      expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(forwardedRequestHeader(response, "Content-Security-Policy")).toBeNull();
      expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
    }
  });

  it("decides HSTS from APP_URL, whatever the request claims about its scheme or host", () => {
    const spoofed = { headers: { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" } };
    vi.stubEnv("APP_URL", "http://localhost:3000");
    expect(proxy(new NextRequest("https://evil.example/", spoofed)).headers.has("Strict-Transport-Security")).toBe(false);
    vi.stubEnv("APP_URL", "https://coach.example");
    expect(proxy(new NextRequest("http://localhost:3000/", spoofed)).headers.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("answers a path with a broken %-escape with the app's own 400 page, keeping the security headers", async () => {
    vi.stubEnv("APP_URL", "http://localhost:3000");
    const response = proxy(new NextRequest("http://localhost:3000/interviews/%E0%A4%A"));
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Content-Security-Policy")).toMatch(/nonce-/);
    const page = await response.text();
    expect(page).toContain("<h1 id=\"error-title\" style=\"margin:0 0 12px;font-size:1.5rem;letter-spacing:-0.01em\">This address isn't right</h1>");
    expect(page).toContain(">Go to your dashboard</a>");
    expect(page).not.toContain("Bad Request");
    // A well-formed path goes on to the app.
    const wellFormed = proxy(new NextRequest("http://localhost:3000/interviews/abc%20def"));
    expect(wellFormed.status).toBe(200);
    expect(wellFormed.headers.get("x-middleware-next")).toBe("1");
  });

  it("is skipped for requests the production server has already secured, and only for those", () => {
    // Next.js reads the matcher at build time, so it is a literal: it must name the header the server writes.
    expect(config.matcher).toEqual([{ source: "/:path*", missing: [{ type: "header", key: SECURED_REQUEST_HEADER }] }]);
  });

  it("tells a malformed path from a well-formed one", () => {
    expect(isMalformedPath("/interviews/%zz")).toBe(true);
    expect(isMalformedPath("/interviews/%E0%A4%A")).toBe(true);
    expect(isMalformedPath("/interviews/caf%C3%A9")).toBe(false);
    expect(isMalformedPath("/")).toBe(false);
  });
});
