import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInViaOutbox, signOut } from "./support/outbox";

/**
 * WCAG 2.1 A and AA, as axe-core checks them: the rules a person with a screen reader or low
 * vision meets. Email HTML shown in sandboxed frames (outbox, digest preview) is the email's,
 * not the app's; axe cannot run inside a sandbox, so frames are left out.
 */
async function expectNoViolations(page: Page, what: string, title?: string) {
  // After a client-side navigation Next.js puts the new page's <title> in a moment after its
  // content: wait for it, as axe checks that every page has one.
  if (title) await expect(page).toHaveTitle(`${title} · Followthrough`);
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude("iframe").setLegacyMode(true).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join("\n    ")}`);
  expect(found, `accessibility of ${what}`).toEqual([]);
}

test("the pages a client uses pass axe's WCAG 2.1 AA checks", async ({ page }) => {
  await page.goto("/sign-in");
  await expectNoViolations(page, "the sign-in page");
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expectNoViolations(page, "the client's dashboard");
  await page.getByRole("link", { name: /Acme Robotics/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, "an interview page", "Interview");
  for (const [path, what] of [["/interviews/new", "the interview form"], ["/references", "the reference book"], ["/settings", "settings"], ["/digest/preview", "the digest preview"], ["/dev/outbox", "the dev outbox"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, what);
  }
  await page.getByRole("list", { name: "Sent emails" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, "an email in the dev outbox", "Dev outbox");
  await signOut(page);
});

test("the pages a coach uses pass axe's WCAG 2.1 AA checks", async ({ page }) => {
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/");
  await expectNoViolations(page, "the coach's dashboard");
  await page.getByRole("table", { name: "Clients and their follow-up health" }).getByRole("link", { name: "Jane Doe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jane Doe" })).toBeVisible();
  await expectNoViolations(page, "a client's page", "Client");
  for (const [path, what] of [["/review", "the review queue"], ["/templates", "the template library"], ["/invitations", "invitations"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, what);
  }
  await page.goto("/templates");
  await page.getByRole("link", { name: /Thank-you email/i }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page, "the template editor", "Template");
  await signOut(page);
});

test("the plain why of a task, the notifications and a confirmation dialog pass axe's WCAG 2.1 AA checks", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: /Acme Robotics/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A task's "Why?" open, then the delete confirmation open: both are checked as shown.
  await page.getByText("Why?").first().click();
  await expect(page.getByText(/playbook/).first()).toBeVisible();
  await expectNoViolations(page, "an interview page with a task's why open", "Interview");
  await page.getByRole("button", { name: "Delete interview" }).click();
  await expect(page.getByRole("alertdialog", { name: "Delete this interview?" })).toBeVisible();
  await expectNoViolations(page, "the delete confirmation", "Interview");
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await signOut(page);
});
