import { expect, test } from "./support/test";
import { type APIRequestContext, type Page } from "@playwright/test";
import { DEPLOYMENT_OWNER, DEPLOYMENT_PROVIDER_URL } from "./support/deployment-server-settings";

// Runs in the "deployment" project only: a production build on PostgreSQL, started with
// DATABASE_URL, AUTH_SECRET, APP_URL and a Resend key, as e2e/support/deployment-server.ts
// starts it (issue 12: "Done when").
type SentEmail = { to: string[]; subject: string; text: string };

async function sentTo(request: APIRequestContext, to: string): Promise<SentEmail[]> {
  const all = (await (await request.get(`${DEPLOYMENT_PROVIDER_URL}/sent`)).json()) as SentEmail[];
  return all.filter((email) => email.to.includes(to));
}

function linkIn(email: SentEmail): URL {
  const match = /https?:\/\/\S+\/sign-in\/verify\?\S+/.exec(email.text);
  expect(match, "a sign-in link in the email's text").not.toBeNull();
  return new URL(match![0]);
}

async function askForLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

test.describe.configure({ mode: "serial" });

test("development tools do not exist: the outbox, its endpoint, the test clock, the failure page and Auth.js's own email endpoint are 404", async ({ page, request }) => {
  for (const path of ["/dev/outbox", "/dev/outbox/anything", "/dev/failure"]) {
    expect((await page.goto(path))!.status(), path).toBe(404);
  }
  const email = { from: "hello@followthrough.example", to: "x@example.com", subject: "s", text: "t" };
  expect((await request.post("/api/dev-outbox/emails", { data: email })).status()).toBe(404);
  expect((await request.post("/api/dev-outbox/emails/batch", { data: [email] })).status()).toBe(404);
  expect((await request.get("/api/test/clock")).status()).toBe(404);
  expect((await request.post("/api/test/clock", { data: { now: "2030-01-01T00:00:00Z" } })).status()).toBe(404);
  expect((await request.post("/api/test/page-hold", { data: { held: true } })).status()).toBe(404);
  expect((await request.post("/api/auth/signin/email", { form: { email: DEPLOYMENT_OWNER } })).status()).toBe(404);
  // Nothing in the menu points at the outbox either.
  await page.goto("/sign-in");
  await expect(page.getByRole("link", { name: "Dev outbox" })).toHaveCount(0);
});

test("pages carry the security headers; no HSTS while APP_URL is http", async ({ request }) => {
  const page = await request.get("/sign-in");
  const headers = page.headers();
  expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toMatch(/unsafe-eval/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("a sign-in link asked for with a forged X-Forwarded-Host still points at APP_URL, and signs the owner in", async ({ page, request, baseURL }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https", Forwarded: "host=evil.example" });
  await askForLink(page, DEPLOYMENT_OWNER);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const [email] = await sentTo(request, DEPLOYMENT_OWNER);
  const link = linkIn(email!);
  expect(link.origin).toBe(new URL(baseURL!).origin);

  await page.setExtraHTTPHeaders({});
  await page.goto(link.toString());
  await page.getByRole("link", { name: "Continue to Followthrough" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("a template that would loop 10^8 times is answered with a clear problem, and the server keeps answering", async ({ page, request }) => {
  await askForLink(page, DEPLOYMENT_OWNER);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const emails = await sentTo(request, DEPLOYMENT_OWNER);
  await page.goto(linkIn(emails.at(-1)!).toString());
  await page.getByRole("link", { name: "Continue to Followthrough" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  const body = "{% for i in (1..100000000) %}{{ i }}{% endfor %}";
  const answer = await page.request.post("/api/trpc/template.preview", {
    data: { json: { subject: "Thank you", body } },
    headers: { "content-type": "application/json" },
  });
  expect(answer.status()).toBe(200);
  const text = await answer.text();
  expect(text).toContain("100,000,000 times");
  expect(text.length).toBeLessThan(5_000);
  // The server is still there for everyone else.
  expect((await request.get("/sign-in")).status()).toBe(200);
});

test("a burst of sign-in requests sends at most three emails, then says when to try again", async ({ page, request }) => {
  const address = "nobody-here@lighthouse.example";
  const alerts: string[] = [];
  const refusal = page.getByText(/^Too many sign-in emails/);
  for (let i = 0; i < 10; i++) {
    await askForLink(page, address);
    await expect(page.getByRole("heading", { name: "Check your email" }).or(refusal)).toBeVisible();
    if (await refusal.isVisible()) alerts.push(await refusal.innerText());
  }
  expect((await sentTo(request, address)).length).toBe(3);
  expect(alerts).toHaveLength(7);
  for (const alert of alerts) expect(alert).toMatch(/^Too many sign-in emails for this address just now\. Try again in \d+ minutes\.$/);
});
