import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { logInterview } from "./support/interviews";
import { signInViaOutbox } from "./support/outbox";

/**
 * Issue 16, the phone: on a 390 px screen, in both projects (the desktop browser narrowed to a phone's width,
 * and the Pixel 7 with touch), the interview's people read in full without sideways scrolling, and a long
 * draft page keeps its next step in reach without scrolling to its end.
 */
test.use({ viewport: { width: 390, height: 844 } });

const CLIENT = "jane.doe@example.com";
const RECALL = "asked how I would test a compiler that targets three instruction sets, and what I would measure first";
const EMAIL = "grace.hopper.rear-admiral@computing-history-museum.example";
const GRACE = { name: "Grace Hopper", email: EMAIL, recall: RECALL };

const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

test("on a 390 px phone the interview's people are cards with 'To recall' in full, and a wide screen keeps the table", async ({ page }, testInfo) => {
  await signInViaOutbox(page, CLIENT);
  await logInterview(page, `Bletchley Park ${testInfo.project.name}`, [GRACE]);

  // The People tab is the first: one card per person, with what to recall and the thank-you's state.
  const cards = page.getByRole("list", { name: "People at the interview" });
  const grace = cards.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Grace Hopper" }) });
  await expect(grace.getByText("To recall", { exact: true })).toBeVisible();
  const note = grace.getByText(RECALL);
  await expect(note).toBeVisible();
  await expect(grace.getByText(EMAIL)).toBeVisible();
  await expect(grace.getByText("No draft yet")).toBeVisible();
  // Nothing cut off: the note and the long address lie inside the screen, and the page does not scroll sideways.
  for (const text of [note, grace.getByText(EMAIL)]) {
    const box = (await text.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await scrollsSideways(page)).toBe(false);
  // A screen reader meets the people once: the table is not there on a phone.
  await expect(page.getByRole("table", { name: "People at the interview" })).toHaveCount(0);

  // On a wide screen the same people are a table, with a "To recall" column, and the cards are gone.
  await page.setViewportSize({ width: 1280, height: 800 });
  const table = page.getByRole("table", { name: "People at the interview" });
  await expect(table.getByRole("columnheader", { name: "To recall" })).toBeVisible();
  await expect(table.getByRole("cell", { name: RECALL })).toBeVisible();
  await expect(cards).toHaveCount(0);
});

test("on a 390 px phone a long draft page keeps 'Submit for review' in view, above the page's end", async ({ page }, testInfo) => {
  await signInViaOutbox(page, CLIENT);
  await logInterview(page, `Colossus Works ${testInfo.project.name}`, [GRACE]);
  await page.getByRole("button", { name: "Draft to Grace Hopper" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "To Grace Hopper" })).toBeVisible();

  // A long page: the template's prompts are marked in the whole saved text, above the letter; the end is out of view.
  await expect(page.getByRole("heading", { name: "2 passages are still to fill in" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version history" })).not.toBeInViewport();
  // Its next step is on the screen without scrolling.
  const submit = page.getByRole("button", { name: "Submit for review" });
  await expect(submit).toBeInViewport();
  expect(await scrollsSideways(page)).toBe(false);

  // At the page's end the bar covers nothing: the last section ends above the button (the page makes room for the
  // bar once it has measured it, hence the retry).
  const sendPanel = page.getByRole("region", { name: "Send by email" });
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const [panel, button] = [(await sendPanel.boundingBox())!, (await submit.boundingBox())!];
    expect(panel.y + panel.height).toBeLessThanOrEqual(button.y);
  }).toPass();

  // The button works from the bar, and its refusal is said beside it, on the screen.
  await submit.click();
  const refusal = page.getByRole("main").getByRole("alert");
  await expect(refusal).toContainText("Finish the draft before you submit it for review");
  await expect(refusal).toBeInViewport();
  await expect(submit).toBeInViewport();
});
