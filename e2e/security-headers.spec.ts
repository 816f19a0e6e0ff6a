import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/test";
import { type APIResponse, type Page } from "@playwright/test";
import { fixServerClockForEachTest } from "./support/clock";
import { recordPolicyViolations } from "./support/csp";
import { openLatestEmail, signInViaOutbox } from "./support/outbox";

// Monday 23 November 2026, 10:00 in New York (Jane's zone): the interview below, on the Friday before, is past.
fixServerClockForEachTest("2026-11-23T15:00:00Z");

/** The headers every response carries, whatever it is (docs/SECURITY.md ("Security headers")). */
function expectCommonHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toEqual(expect.stringContaining("camera=()"));
  expect(headers["permissions-policy"]).toEqual(expect.stringContaining("microphone=()"));
  expect(headers["permissions-policy"]).toEqual(expect.stringContaining("geolocation=()"));
  expect(headers["content-security-policy"]).toEqual(expect.stringContaining("frame-ancestors 'none'"));
  // The e2e server's APP_URL is http://localhost: no HSTS (it is sent only when APP_URL is https).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

test("a page, an API route and a static file all carry the security headers", async ({ request }) => {
  const page = await request.get("/sign-in");
  expect(page.ok()).toBe(true);
  expectCommonHeaders(page);
  const pagePolicy = page.headers()["content-security-policy"]!;
  expect(pagePolicy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(pagePolicy).not.toContain("unsafe-eval");
  for (const directive of ["img-src 'self' data: blob:", "connect-src 'self'", "form-action 'self'", "base-uri 'self'", "object-src 'none'"]) {
    expect(pagePolicy).toContain(directive);
  }

  const api = await request.get("/api/auth/session");
  expect(api.ok()).toBe(true);
  expectCommonHeaders(api);
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(await page.text())?.[1];
  expect(stylesheet, "the page links its stylesheet").toBeTruthy();
  const asset = await request.get(stylesheet!);
  expect(asset.ok()).toBe(true);
  expect(asset.headers()["content-type"]).toContain("text/css");
  expectCommonHeaders(asset);
  expect(asset.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});

test("every page response has a nonce of its own, and the page's scripts carry it", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const [firstNonce, secondNonce] = [nonceOf(first), nonceOf(second)];
  expect(firstNonce).not.toBe(secondNonce);
  for (const [response, nonce] of [[first, firstNonce], [second, secondNonce]] as const) {
    const scriptTags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(` nonce="${nonce}"`);
  }
});

/** The email preview frame shows the email as styled: its "Sign in" button keeps its inline colours. */
async function expectStyledSignInEmail(page: Page) {
  const button = page.frameLocator('iframe[title="Email HTML"]').getByRole("link", { name: "Sign in to Followthrough" });
  await expect(button).toHaveCSS("background-color", "rgb(31, 87, 184)");
  await expect(button).toHaveCSS("color", "rgb(255, 255, 255)");
}

test("the main pages run under the policy without a single violation, email previews included", async ({ page }, testInfo) => {
  const violations = await recordPolicyViolations(page);

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The page is hydrated (its scripts ran): the form reacts in the browser.
  await signInViaOutbox(page, "jane.doe@example.com");

  await openLatestEmail(page, "jane.doe@example.com", "Your Followthrough sign-in link");
  await expectStyledSignInEmail(page);
  // Loaded on its own (not by a client-side navigation) the message page shows it styled as well.
  await page.reload();
  await expectStyledSignInEmail(page);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Your interviews" })).toBeVisible();

  const company = `Contoso ${testInfo.project.name}`;
  await page.goto("/interviews/new");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Analyst");
  await page.getByLabel("Date and time").fill("2026-11-20T10:00");
  await page.getByLabel("Name of person 1").fill("Edsger Dijkstra");
  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${company}, Analyst` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `${company}, Analyst` })).toBeVisible();

  await page.getByRole("button", { name: "Draft to Edsger Dijkstra" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "To Edsger Dijkstra" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Letter", { exact: true })).toHaveValue(/Edsger/);
  await page.getByLabel("Letter", { exact: true }).fill("Dear Edsger,\n\nThank you for the talk about structured programming.\n\nJane");
  await page.getByRole("button", { name: "Save changes" }).click();
  // A toast, styled: sonner's own stylesheet is let in by its hash.
  await expect(page.getByText("Saved as a new version")).toBeVisible();
  await expect(page.locator("[data-sonner-toaster]")).toHaveCSS("position", "fixed");

  await page.goto("/digest/preview");
  await expect(page.getByRole("heading", { level: 1, name: "Your weekly digest" })).toBeVisible();
  await expect(page.frameLocator('iframe[title="Digest HTML"]').locator("body")).toHaveCSS("background-color", "rgb(244, 246, 249)");

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/dev/outbox");
  await expect(page.getByRole("list", { name: "Sent emails" })).toBeVisible();

  expect(violations).toEqual([]);
});

test("no other site can frame the app", async ({ page, baseURL }) => {
  // Another site (its own server, on another origin) frames the sign-in page, as a clickjacking site would.
  const framedUrl = `${baseURL}/sign-in`;
  const framingSite = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html" }).end(`<title>Framing</title><iframe src="${framedUrl}"></iframe>`);
  });
  await new Promise<void>((resolve) => framingSite.listen(0, "127.0.0.1", resolve));
  try {
    const framedResponse = page.waitForResponse(framedUrl);
    await page.goto(`http://127.0.0.1:${(framingSite.address() as AddressInfo).port}/`);
    // The app answered the frame's request, and the browser refused to show it there: an error page instead.
    expect((await framedResponse).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator("iframe").getByRole("heading", { name: "Sign in" })).toHaveCount(0);
  } finally {
    await new Promise((resolve) => framingSite.close(resolve));
  }
});
