import { expect, test, type Page } from "@playwright/test";
import { signInViaOutbox, signOut } from "../../e2e/support/outbox";

/**
 * The README's screenshots (docs/screenshots/<page>-<desktop|phone>.png), taken from the demo practice on a
 * production build: `npm run build && npm run screenshots`. Not part of the test suite.
 */
async function shoot(page: Page, name: string, project: string) {
  // Wait for fonts and images, so the picture is of the finished page.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `docs/screenshots/${name}-${project}.png`, fullPage: true, animations: "disabled" });
}

test("the client's dashboard and an interview page", async ({ page }, testInfo) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Next up" })).toBeVisible();
  await shoot(page, "client-dashboard", testInfo.project.name);
  await page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: "Acme Robotics, Product Manager" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme Robotics, Product Manager" })).toBeVisible();
  await shoot(page, "interview", testInfo.project.name);
  await signOut(page);
});

test("the coach's dashboard", async ({ page }, testInfo) => {
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Clients and their follow-up health" })).toBeVisible();
  await shoot(page, "coach-dashboard", testInfo.project.name);
  await signOut(page);
});
