import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { XSS_CORPUS } from "../src/lib/xss-corpus";
import { signInViaOutbox, signOut } from "./support/outbox";

const HTML_PAYLOADS = XSS_CORPUS.filter((p) => !p.includes("{%") && !p.includes("{{"));

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test("nothing from the XSS corpus runs: template bodies, placeholder values and draft text", async ({ page }, testInfo) => {
  page.on("dialog", (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
  const tag = testInfo.project.name;

  // A coach's template carrying the corpus as text.
  await signInViaOutbox(page, "ben.okafor@northstar.example");
  await page.goto("/templates/new");
  await page.getByLabel("Name").fill(`XSS probe ${tag}`);
  await page.getByLabel("Subject").fill(`Hello {{ recipient.firstName }} ${HTML_PAYLOADS[0]}`);
  await page.getByLabel("Body").fill(`Dear {{ recipient.name }}, about the {{ role }} role:\n\n${HTML_PAYLOADS.join("\n\n")}`);
  await expect(page.getByRole("region", { name: "Preview with sample data" })).toContainText("<script>window.__xss = 1</script>");
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `XSS probe ${tag}` })).toBeVisible();
  await expectNothingRan(page);
  await signOut(page);

  // A client puts the corpus, Liquid injection included, into a person's name: a placeholder value.
  await signInViaOutbox(page, "sam.rivera@example.com");
  await page.goto("/interviews/new");
  await page.getByLabel("Company").fill(`Probe Corp ${tag}`);
  await page.getByLabel("Role", { exact: true }).fill(`<svg onload="window.__xss=1">`);
  await page.getByLabel("Date and time").fill("2026-11-20T10:00");
  await page.getByLabel("Name of person 1").fill(`<img src=x onerror="window.__xss=1"> {{ "x" | append: "<script>window.__xss=1</script>" }} {% include 'x' %}`);
  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Probe Corp ${tag}`);
  await expectNothingRan(page);

  // A draft from that template to that person, then more of the corpus typed into the draft.
  await page.getByLabel(/^Template for /).selectOption({ label: `XSS probe ${tag}` });
  await page.getByRole("button", { name: /^Draft to / }).click();
  await expect(page.getByLabel("Letter", { exact: true })).toHaveValue(/<script>window.__xss = 1<\/script>/);
  await expect(page.getByLabel("Letter", { exact: true })).toHaveValue(/append: "<script>/);
  await page.getByLabel("Letter", { exact: true }).fill(`${HTML_PAYLOADS.join("\n")}\n\nThank you.`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved as a new version")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Version 2" })).toContainText("<img src=x onerror");
  await expectNothingRan(page);

  await page.goto("/");
  await expectNothingRan(page);
});
