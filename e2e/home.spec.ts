import { expect, test } from "@playwright/test";
import { signInViaOutbox } from "./support/outbox";

test("a signed-in client sees their seeded interviews on the home page", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Your interviews" })).toBeVisible();

  const acme = page.getByRole("article", { name: "Acme Robotics, Product Manager" });
  await expect(acme).toBeVisible();
  await expect(acme.getByRole("list", { name: "People at Acme Robotics" }).getByRole("listitem")).toHaveCount(4);
  await expect(acme).toContainText("Maria Chen");
  // Jane's two interviews, and none of the other clients'.
  await expect(page.getByRole("list", { name: "Interviews" }).getByRole("article")).toHaveCount(2);
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
