import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { fixServerClockForEachTest } from "./support/clock";
import { isPhone } from "./support/nav";
import { signInViaOutbox, signOut } from "./support/outbox";

const CLIENT = "jane.doe@example.com";
const COACH = "olivia.owens@northstar.example";
// Monday 23 November 2026, 10:00 in New York (Jane's and Olivia's zone).
const MORNING = "2026-11-23T15:00:00Z";

fixServerClockForEachTest(MORNING);

/**
 * How many drafts wait for the signed-in coach's review, asked of the server: the menu's count loads
 * after the page, so reading the menu at once could say 0 before it has loaded.
 */
async function waitingOnServer(page: Page): Promise<number> {
  const response = await page.request.get("/api/trpc/draft.waitingCount");
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { count: number } } } };
  return body.result.data.json.count;
}

/** How many drafts the menu says wait for review (0 when it shows no count); on a phone the menu is opened and closed again. */
async function waitingInMenu(page: Page): Promise<number> {
  const phone = isPhone(page);
  if (phone) await page.getByRole("banner").getByRole("button", { name: "Menu" }).click();
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Review/ });
  const name = (await link.textContent()) ?? "";
  if (phone) {
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: "Menu" })).toHaveCount(0);
  }
  return Number(/(\d+) drafts? waits? for your review/.exec(name)?.[1] ?? 0);
}

/** No rule id (R01…R23) is shown or read out on the page: the why is said in words. */
async function expectNoRuleCodes(page: Page, what: string) {
  const main = page.getByRole("main");
  await expect(main, `rule codes in the text of ${what}`).not.toContainText(/\bR\d\d\b/);
  const labels = await main.evaluate((root) => [...root.querySelectorAll("[aria-label]")].map((el) => el.getAttribute("aria-label") ?? ""));
  expect(labels.filter((label) => /\bR\d\d\b/.test(label)), `rule codes read out on ${what}`).toEqual([]);
}

test("a coach sees the waiting review counted and deadlined, the client's notification names it, Done undoes, and cancelling a send asks first", async ({ page }, testInfo) => {
  const tag = testInfo.project.name;
  const company = `Pied Piper ${tag}`;
  const grace = { name: `Grace Hopper ${tag}`, email: `grace.${tag}@piedpiper.example` };
  let before = 0;
  let interviewPath = "";
  let draftPath = "";

  await test.step("the coach's menu counts the drafts waiting now", async () => {
    await signInViaOutbox(page, COACH);
    await page.goto("/");
    before = await waitingOnServer(page);
    await expect.poll(() => waitingInMenu(page)).toBe(before);
    await signOut(page);
  });

  await test.step("the client logs an interview, writes a thank-you and submits it", async () => {
    await signInViaOutbox(page, CLIENT);
    await page.goto("/interviews/new");
    await page.getByLabel("Company").fill(company);
    await page.getByLabel("Role", { exact: true }).fill("Compression Engineer");
    await page.getByLabel("Date and time").fill("2026-11-23T09:00");
    await page.getByLabel("Name of person 1").fill(grace.name);
    await page.getByLabel("Email of person 1").fill(grace.email);
    await page.getByRole("button", { name: "Save interview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${company}, Compression Engineer` })).toBeVisible();
    interviewPath = new URL(page.url()).pathname;
    await expectNoRuleCodes(page, "the interview page");

    // Done shows at once, and the toast's Undo really reopens the task (the page lists open tasks).
    const debrief = page.getByRole("button", { name: "Done: Write your debrief notes" });
    await debrief.click();
    await expect(page.getByText("Marked done")).toBeVisible();
    await expect(debrief).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByText("Task reopened")).toBeVisible();
    await expect(debrief).toBeVisible();
    await page.reload();
    await expect(debrief).toBeVisible();

    await page.getByRole("button", { name: `Draft to ${grace.name}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `To ${grace.name}` })).toBeVisible();
    await page.getByLabel("Letter", { exact: true }).fill("Dear Grace,\n\nYour story about the first actual bug found in a relay stayed with me all afternoon.\n\nJane");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved as a new version")).toBeVisible();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toBeVisible();
    draftPath = new URL(page.url()).pathname;
    await signOut(page);
  });

  await test.step("the coach sees one more waiting, in the menu and on the dashboard, and the queue names it", async () => {
    await signInViaOutbox(page, COACH);
    await page.goto("/");
    await expect.poll(() => waitingInMenu(page)).toBe(before + 1);
    await expect(page.getByRole("main").getByText(/wait for your review|waits for your review/)).toContainText(`${before + 1}`);
    await expectNoRuleCodes(page, "the coach's dashboard");
    await page.goto("/review");
    const item = page.getByRole("list", { name: "Review queue, nearest send deadline first" }).getByRole("listitem").filter({ hasText: grace.name });
    await expect(item.getByRole("link")).toHaveText(`Jane Doe: Thank-you email to ${grace.name} (${company}, Compression Engineer)`);
    await expect(item).toContainText(/Send by|No send deadline/);
    await expectNoRuleCodes(page, "the review queue");
    await page.goto(draftPath);
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
    await expect.poll(() => waitingInMenu(page)).toBe(before);
    await signOut(page);
  });

  await test.step("the client's notification says who approved what, for whom; Dismiss all clears the list", async () => {
    await signInViaOutbox(page, CLIENT);
    await page.goto("/");
    const notifications = page.getByRole("region", { name: /Notifications/ });
    const approved = `Your coach Olivia Owens approved your thank-you email to ${grace.name} (${company}, Compression Engineer).`;
    await expect(notifications.getByRole("link", { name: approved })).toHaveAttribute("href", draftPath);
    await expect(notifications.getByRole("listitem").filter({ hasText: approved })).toContainText("Unread");
    await expectNoRuleCodes(page, "the client's dashboard");
    await notifications.getByRole("button", { name: "Dismiss all" }).click();
    await expect(page.getByText("Notifications dismissed")).toBeVisible();
    await expect(page.getByRole("link", { name: approved })).toHaveCount(0);
  });

  await test.step("cancelling a scheduled send asks first; keeping it changes nothing", async () => {
    await page.goto(draftPath);
    const panel = page.getByRole("region", { name: "Send by email" });
    await panel.getByRole("button", { name: "First thing tomorrow, 08:30" }).click();
    await expect(panel.getByText(/Scheduled for Tue 24 Nov, 08:30/)).toBeVisible();
    await panel.getByRole("button", { name: "Cancel send" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Cancel this scheduled email?" });
    await dialog.getByRole("button", { name: "Keep it scheduled" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(panel.getByText(/Scheduled for Tue 24 Nov, 08:30/)).toBeVisible();
    await panel.getByRole("button", { name: "Cancel send" }).click();
    await dialog.getByRole("button", { name: "Cancel the send" }).click();
    await expect(page.getByText("Send cancelled")).toBeVisible();
    await expect(panel.getByRole("list", { name: "Emails of this draft" })).toContainText("Cancelled");
    await page.goto(interviewPath);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await signOut(page);
  });
});
