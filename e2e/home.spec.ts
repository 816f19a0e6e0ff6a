import { expect, test } from "@playwright/test";

test("the home page lists the seeded interviews", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Interviews" })).toBeVisible();

  const acme = page.getByRole("article", { name: "Acme Robotics, Product Manager" });
  await expect(acme).toBeVisible();
  await expect(acme.getByRole("list", { name: "People at Acme Robotics" }).getByRole("listitem")).toHaveCount(4);
  await expect(acme).toContainText("Maria Chen");

  await expect(page.getByRole("list", { name: "Interviews" }).getByRole("article")).toHaveCount(4);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Interviews" })).toBeVisible();
});

test("a keyboard user can skip to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
