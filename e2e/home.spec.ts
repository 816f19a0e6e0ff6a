import { expect, test } from "./support/test";
import { signInViaOutbox } from "./support/outbox";
import { personNames } from "./support/interviews";

test("a signed-in client sees their seeded interviews and follow-ups on the home page", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Your interviews" })).toBeVisible();

  const pipeline = page.getByRole("region", { name: "Pipeline" });
  await expect(pipeline.getByRole("link", { name: "Acme Robotics, Product Manager" })).toBeVisible();
  await expect(pipeline.getByRole("link", { name: "Globex, Senior Product Manager" })).toBeVisible();
  // Only Jane's interviews, none of the other clients'.
  await expect(pipeline.getByRole("link", { name: "Initech, Data Analyst", exact: true })).toHaveCount(0);
  await expect(pipeline.getByRole("link", { name: "Umbrella Health, UX Designer", exact: true })).toHaveCount(0);
  // "Next up" leads the page.
  await expect(page.getByRole("heading", { level: 2, name: "Next up" })).toBeVisible();
  // Yesterday's interview: the thank-you to each interviewer is on the dashboard (R01), overdue or due today
  // depending on the hour the demo was loaded, in the interview's folded section of the week.
  await page.getByRole("button", { name: "Acme Robotics, Product Manager" }).click();
  await expect(
    page.getByRole("list", { name: "Tasks for Acme Robotics, Product Manager" }).getByRole("listitem", { name: "Send a personal thank-you to Maria Chen" }),
  ).toBeVisible();
  // R04: while interviews are pending, keep searching.
  await expect(page.getByRole("note").filter({ hasText: "Keep your search going" })).toBeVisible();

  await pipeline.getByRole("link", { name: "Acme Robotics, Product Manager" }).click();
  await expect(personNames(page)).toHaveText(["Maria Chen", "Tom Baker", "Lisa Park", "Dana Ortiz"]);
});

test("the signed-out home page explains the product and offers sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /follow-up after every interview/ })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
