import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { isPhone, openFromMainMenu } from "./support/nav";
import { logInterview } from "./support/interviews";
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

test("the practice pages (sign-up, practice, a confirmation) pass axe's WCAG 2.1 AA checks", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1, name: "Start a practice" })).toBeVisible();
  await expectNoViolations(page, "the sign-up page", "Start a practice");
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/practice");
  await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
  await expectNoViolations(page, "the practice page", "Practice");
  await page.getByRole("button", { name: "Make owner" }).first().click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await expectNoViolations(page, "a confirmation on the practice page", "Practice");
  await page.getByRole("button", { name: "Cancel" }).click();
  await signOut(page);
});

/**
 * Outcomes (issue 17): the owner's charts with their tables, and a client's own page, on a desktop and
 * on a 390 px phone. UPDATE_SCREENSHOTS=1 writes the README's screenshot (desktop).
 */
test("the Outcomes page reads on a desktop and a 390 px phone, each chart with its table, and passes axe", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  if (phone) await page.setViewportSize({ width: 390, height: 844 });
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/");
  await openFromMainMenu(page, "Outcomes");
  await expect(page.getByRole("heading", { level: 1, name: "Outcomes" })).toBeVisible();
  const funnel = page.locator("section", { has: page.getByRole("heading", { name: "Interviews by month and outcome" }) });
  // The chart is drawn, and named by its summary for assistive technology.
  await expect(funnel.getByRole("img", { name: /interviews? in the last 12 months of your clients/ })).toBeVisible();
  // The chart itself (the legend's icons are drawn as small named images of their own).
  await expect(funnel.locator("svg.recharts-surface:not([aria-label])")).toBeVisible();
  await expect(page.getByText("Replies are not reported.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Follow-ups done on time, by client" }).getByRole("link", { name: "Jane Doe" })).toBeVisible();
  if (!phone && process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/outcomes.png", fullPage: true });
  await expectNoViolations(page, "the Outcomes page", "Outcomes");
  // Nothing wider than the phone's screen: tables scroll inside their own region.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

  await funnel.getByRole("button", { name: "Show as table" }).click();
  await expect(funnel.getByRole("button", { name: "Show as chart" })).toHaveAttribute("aria-expanded", "true");
  const table = funnel.getByRole("table", { name: "Interviews by month and outcome", exact: true });
  await expect(table.getByRole("columnheader", { name: "Next round" })).toBeVisible();
  await expect(funnel.getByRole("img", { name: /interviews? in the last 12 months/ })).toHaveCount(0);
  await expectNoViolations(page, "the Outcomes page with a table shown", "Outcomes");

  // One client's figures, from the table.
  await page.getByRole("table", { name: "Follow-ups done on time, by client" }).getByRole("link", { name: "Jane Doe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outcomes: Jane Doe" })).toBeVisible();
  await signOut(page);

  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/outcomes");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you have done" })).toBeVisible();
  // Her own figures, never a table of clients or anyone's rates.
  await expect(page.getByRole("table", { name: "Follow-ups done on time, by client" })).toHaveCount(0);
  await expectNoViolations(page, "a client's own Outcomes page", "Outcomes");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await signOut(page);
});

test("the calm pages pass axe's WCAG 2.1 AA checks: the folded week, the interview's tabs, the phone menu, the error pages", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await page.getByRole("button", { name: "Acme Robotics, Product Manager" }).click();
  await expect(page.getByRole("list", { name: "Tasks for Acme Robotics, Product Manager" })).toBeVisible();
  await expectNoViolations(page, "the dashboard with an interview's section open");
  await page.getByRole("tab", { name: "By day" }).click();
  await expect(page.getByRole("list", { name: "Tasks for Today" }).or(page.getByRole("heading", { name: /^Today/ }))).not.toHaveCount(0);
  await expectNoViolations(page, "the dashboard's week by day");

  await page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: "Acme Robotics, Product Manager" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme Robotics, Product Manager" })).toBeVisible();
  for (const tab of ["Notes", "Calls", "Expenses"]) {
    await page.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
    await expect(page.getByRole("tab", { name: new RegExp(`^${tab}`) })).toHaveAttribute("aria-selected", "true");
    await expectNoViolations(page, `the interview's ${tab} tab`, "Interview");
  }

  if (isPhone(page)) {
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page.getByRole("dialog", { name: "Menu" })).toBeVisible();
    await expectNoViolations(page, "the phone menu, open");
    await page.keyboard.press("Escape");
  }

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expectNoViolations(page, "the not-found page");
  await page.goto("/interviews/%E0%A4%A");
  await expectNoViolations(page, "the bad-request page", "This address isn't right");
  await page.goto("/dev/failure");
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expectNoViolations(page, "the error page");
  await signOut(page);
});

test("the plain why of a task, the notifications and a confirmation dialog pass axe's WCAG 2.1 AA checks", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: /Acme Robotics/ }).first().click();
  // The interview's own heading: the dashboard's would pass at once, and its "Why?" would be clicked.
  await expect(page.getByRole("heading", { level: 1, name: /Acme Robotics/ })).toBeVisible();
  // A task's "Why?" open, then the delete confirmation open: both are checked as shown.
  // The first task's own "Why?" (other tasks' reasons stay folded, some in folded sections).
  const why = page.locator("details").filter({ has: page.locator("summary", { hasText: "Why?" }) }).first();
  await why.locator("summary").click();
  await expect(why.getByText(/playbook/).first()).toBeVisible();
  await expectNoViolations(page, "an interview page with a task's why open", "Interview");
  await page.getByRole("button", { name: "Delete interview" }).click();
  await expect(page.getByRole("alertdialog", { name: "Delete this interview?" })).toBeVisible();
  await expectNoViolations(page, "the delete confirmation", "Interview");
  await page.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  // Focus goes back to the button that asked (the dialog is loaded on demand, without Radix's own trigger).
  await expect(page.getByRole("button", { name: "Delete interview" })).toBeFocused();
  await signOut(page);
});

test("withdrawing an invitation's confirmation and the interview form with a saved person removed pass axe's WCAG 2.1 AA checks", async ({ page }, testInfo) => {
  const invitee = `axe.withdrawn.${testInfo.project.name}@example.com`;
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/invitations");
  await page.getByLabel("Client's email").fill(invitee);
  await page.getByRole("button", { name: "Invite client" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}`)).toBeVisible();
  await page.getByRole("button", { name: `Withdraw the invitation to ${invitee}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Withdraw the invitation to ${invitee}?` });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page, "the withdraw confirmation", "Invitations");
  await dialog.getByRole("button", { name: "Withdraw invitation" }).click();
  await expect(page.getByRole("listitem", { name: `Invitation to ${invitee}` })).toContainText("Withdrawn");
  await signOut(page);

  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await page.getByRole("link", { name: /Acme Robotics/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Acme Robotics/ })).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await expect(page.getByRole("heading", { level: 1, name: /^Edit: Acme Robotics/ })).toBeVisible();
  // The form is left without saving: the person stays on the interview.
  await page.getByRole("button", { name: "Remove person 1" }).click();
  const removed = page.getByRole("list", { name: "Removed when you save" });
  await expect(removed).toContainText("any open task planned for them");
  await expectNoViolations(page, "the interview form with a saved person removed", "Edit interview");
  await removed.getByRole("button", { name: /^Put back / }).click();
  await expect(removed).toHaveCount(0);
  await signOut(page);
});

test("a draft page with its next step in the phone's bottom bar, and an interview's people as cards, pass axe's WCAG 2.1 AA checks", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaOutbox(page, "jane.doe@example.com");
  await logInterview(page, `Axe Works ${testInfo.project.name}`, [{ name: "Ada Lovelace", recall: "asked about the analytical engine" }]);
  await expect(page.getByRole("list", { name: "People at the interview" }).getByRole("heading", { level: 3, name: "Ada Lovelace" })).toBeVisible();
  await expectNoViolations(page, "an interview page with its people as cards", "Interview");
  await page.getByRole("button", { name: "Draft to Ada Lovelace" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "To Ada Lovelace" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for review" })).toBeInViewport();
  await expectNoViolations(page, "a draft page with the phone's action bar", "Draft");
  await signOut(page);
});
