import { expect, test } from "@playwright/test";
import { signInViaOutbox } from "./support/outbox";

test("a coach writes a thank-you template; a misspelled placeholder is refused with a suggestion", async ({ page }, testInfo) => {
  const name = `Warm thank-you (${testInfo.project.name})`;
  await signInViaOutbox(page, "ben.okafor@northstar.example");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" }).click();
  await page.getByRole("link", { name: "New template" }).click();

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Subject").fill("Thank you, {{ recipient.firstName }}");
  await page.getByLabel("Body").fill("Dear {{ interviewer.fristName }},\n\nThank you for the {{ role }} interview.");
  // The live preview points at the mistake before saving.
  await expect(page.getByRole("list", { name: "Problems in the template" })).toContainText("Did you mean {{ interviewer.firstName }}?");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText('Body, line 1: Unknown placeholder "interviewer.fristName". Did you mean {{ interviewer.firstName }}?');

  await page.getByLabel("Body").fill("Dear {{ interviewer.firstName }},\n\nThank you for the {{ role }} interview.");
  await expect(page.getByRole("region", { name: "Preview with sample data" })).toContainText("Dear Maria,");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("version 1", { exact: false }).first()).toBeVisible();

  await page.getByLabel("Body").fill("Dear {{ interviewer.firstName }},\n\nThank you for the {{ role }} interview at {{ company }}.");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Template saved as version 2")).toBeVisible();
  await expect(page.getByRole("list", { name: "Template versions" }).getByRole("listitem")).toHaveCount(2);
});
