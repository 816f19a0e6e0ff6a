import { expect, test } from "./support/test";
import { signInViaOutbox } from "./support/outbox";
import { openFromMainMenu } from "./support/nav";

test("a coach writes a thank-you template; a misspelled placeholder is refused with a suggestion", async ({ page }, testInfo) => {
  const name = `Warm thank-you (${testInfo.project.name})`;
  await signInViaOutbox(page, "ben.okafor@northstar.example");
  await openFromMainMenu(page, "Templates");
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

test("a runaway loop is refused in the preview and on save, with its line; an over-long body gets a readable refusal", async ({ page }) => {
  await signInViaOutbox(page, "ben.okafor@northstar.example");
  await page.goto("/templates/new");
  await page.getByLabel("Name").fill("Runaway");
  await page.getByLabel("Subject").fill("Hi");
  await page.getByLabel("Body").fill("Dear {{ recipient.firstName }},\n{% for i in (1..100000000) %}{{ company }}{% endfor %}");
  const problem = "Body, line 2: This loop would run 100,000,000 times; a template may loop at most 1,000 times.";
  await expect(page.getByRole("list", { name: "Problems in the template" })).toContainText(problem);
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText(problem);

  await page.getByLabel("Body").fill("x".repeat(20_001));
  const refusal = page.getByRole("region", { name: "Preview with sample data" }).getByRole("alert");
  await expect(refusal).toContainText("The preview is not available:");
  await expect(refusal).toContainText("Use at most 20,000 characters");
  await expect(refusal).not.toContainText("Error");
});
