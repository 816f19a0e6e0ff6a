import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  SONNER_STYLE_HASHES,
  buildPageContentSecurityPolicy,
  buildResourceContentSecurityPolicy,
  buildSecurityHeaders,
  createNonce,
} from "./security-headers.mjs";

const NONCE = "bm9uY2Utb2YtdGhlLXRlc3Q=";
const production = { appUrl: "https://coach.example", isDevelopment: false };
const development = { appUrl: "http://localhost:3000", isDevelopment: true };

/** The policy as directive → sources, so each directive is checked whole. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe("the page policy", () => {
  it("runs only scripts with this request's nonce (and what they load), never eval, in a production build", () => {
    const policy = parsePolicy(buildPageContentSecurityPolicy(production, NONCE));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(buildPageContentSecurityPolicy(production, NONCE)).not.toMatch(/unsafe-eval/);
  });

  it("lets style elements in only from the app itself, with the nonce, or as sonner's exact stylesheet", () => {
    const policy = parsePolicy(buildPageContentSecurityPolicy(production, NONCE));
    for (const directive of ["style-src-elem", "style-src"]) {
      expect(policy.get(directive)).toEqual(["'self'", `'nonce-${NONCE}'`, ...SONNER_STYLE_HASHES]);
    }
    // Style attributes: the emails' own styling, shown in srcdoc frames that inherit this policy.
    expect(policy.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
  });

  it("loads everything else from the app only, and nothing may frame the page", () => {
    const policy = parsePolicy(buildPageContentSecurityPolicy(production, NONCE));
    expect(Object.fromEntries([...policy].filter(([name]) => !name.startsWith("script-src") && !name.startsWith("style-src")))).toEqual({
      "default-src": ["'self'"],
      "img-src": ["'self'", "data:", "blob:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
      "upgrade-insecure-requests": [],
    });
  });

  it("allows eval and unhashed inline styles in development only, which next dev needs", () => {
    const policy = parsePolicy(buildPageContentSecurityPolicy(development, NONCE));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    // A nonce next to 'unsafe-inline' would make browsers ignore 'unsafe-inline'.
    expect(policy.get("style-src-elem")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only when APP_URL is https", () => {
    expect(parsePolicy(buildPageContentSecurityPolicy(production, NONCE)).has("upgrade-insecure-requests")).toBe(true);
    const http = { appUrl: "http://localhost:3000", isDevelopment: false };
    expect(parsePolicy(buildPageContentSecurityPolicy(http, NONCE)).has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("the headers of a response", () => {
  it("gives a page its nonce'd policy and the headers every response has", () => {
    const headers = buildSecurityHeaders({ appUrl: "http://localhost:3000", isDevelopment: false }, NONCE);
    expect(headers).toEqual({
      "Content-Security-Policy": buildPageContentSecurityPolicy({ appUrl: "http://localhost:3000", isDevelopment: false }, NONCE),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "serial", "hid", "display-capture"]) {
      expect(headers["Permissions-Policy"]!.split(", ")).toContain(`${feature}=()`);
    }
  });

  it("gives an API answer or a static file a policy that loads nothing and lets nothing frame it", () => {
    const headers = buildSecurityHeaders({ appUrl: "http://localhost:3000", isDevelopment: false });
    expect(headers["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(buildResourceContentSecurityPolicy(production)).toBe("default-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
  });

  it("sends HSTS only when APP_URL is https, on pages and everything else alike", () => {
    for (const nonce of [NONCE, undefined]) {
      expect(buildSecurityHeaders(production, nonce)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
      expect(buildSecurityHeaders({ appUrl: "http://localhost:3000", isDevelopment: false }, nonce)).not.toHaveProperty("Strict-Transport-Security");
      expect(buildSecurityHeaders({ appUrl: "http://coach.example", isDevelopment: false }, nonce)).not.toHaveProperty("Strict-Transport-Security");
    }
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, a new value each time", () => {
    const [first, second] = [createNonce(), createNonce()];
    expect(Buffer.from(first, "base64")).toHaveLength(16);
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first).not.toBe(second);
  });
});

describe("SONNER_STYLE_HASHES", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("are the hashes of what the installed sonner puts in its <style> element", async () => {
    // sonner inserts the element when it loads in a browser: give it just enough of a document to record the texts.
    const texts: string[] = [];
    const style = { textContent: "", appendChild: (node: { data: string }) => texts.push((style.textContent += node.data)) };
    vi.stubGlobal("document", {
      head: { appendChild: () => texts.push(style.textContent) },
      createElement: () => style,
      createTextNode: (data: string) => ({ data }),
    });
    vi.resetModules();
    await import("sonner");
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.at(-1)).toContain("[data-sonner-toaster]");
    const hashes = texts.map((text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`);
    expect(new Set(hashes)).toEqual(new Set(SONNER_STYLE_HASHES));
  });
});
