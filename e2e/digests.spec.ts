import { expect, test } from "./support/test";
import { setServerClock } from "./support/clock";
import { clickEmailLink, openLatestEmail, openOutboxFor, signInViaOutbox } from "./support/outbox";

// One client per project: the desktop and phone runs share a server, and a digest goes once a week.
const CLIENTS = { desktop: { email: "jane.doe@example.com", firstName: "Jane" }, phone: { email: "sam.rivera@example.com", firstName: "Sam" } } as const;
// A Monday, 09:00 in New York: past the default digest time (Monday 08:00).
const MONDAY_MORNING = "2026-11-30T14:00:00Z";

test.afterEach(async ({ request }) => setServerClock(request, null));

test("the weekly digest arrives, its unsubscribe link works without signing in, and settings turn it back on", async ({ page, request }, testInfo) => {
  const client = CLIENTS[testInfo.project.name as keyof typeof CLIENTS];
  const CLIENT = client.email;
  await setServerClock(request, MONDAY_MORNING);

  await expect.poll(async () => {
    await openOutboxFor(page, CLIENT);
    return page.getByRole("link", { name: new RegExp(`Your follow-ups for the week of 30 November.* to ${CLIENT}`) }).count();
  }, { timeout: 30_000 }).toBe(1);
  await openLatestEmail(page, CLIENT, /Your follow-ups for the week of 30 November/);
  await page.getByText("Raw request").click();
  await expect(page.getByText(/"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"/)).toBeVisible();
  await clickEmailLink(page, "unsubscribe");

  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe from the weekly digest" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("You will get no more weekly digests");

  // A link whose signature was changed is refused at once: the page offers no button.
  const forged = new URL(page.url());
  forged.searchParams.set("s", "forged");
  await page.goto(`${forged.pathname}${forged.search}`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This unsubscribe link is not valid");
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);

  // Sign-in links carry Auth.js's real expiry, so sign in on the real clock.
  await setServerClock(request, null);
  await signInViaOutbox(page, CLIENT);
  await page.goto("/settings");
  const enabled = page.getByRole("checkbox", { name: "Send me the weekly digest" });
  await expect(enabled).not.toBeChecked();
  await enabled.check();
  await page.getByRole("button", { name: "Save digest settings" }).click();
  await expect(page.getByText("Digest settings saved")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Send me the weekly digest" })).toBeChecked();

  await page.getByRole("link", { name: "Preview this week's digest" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your weekly digest" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Plain text" })).toContainText(`Hello ${client.firstName}`);
});
