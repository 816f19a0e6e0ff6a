import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { fixServerClockForEachTest } from "./support/clock";
import { signInViaOutbox } from "./support/outbox";

// Tuesday 24 November 2026, 15:00 UTC: the day the downloads are named after.
fixServerClockForEachTest("2026-11-24T15:00:00Z");

// One account to delete per project: the desktop and phone runs share a server, and no other spec uses these two.
const LEAVERS = { desktop: "lee.wong@example.com", phone: "priya.shah@example.com" } as const;

async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).exclude("iframe").setLegacyMode(true).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`);
  expect(serious, `accessibility of ${what}`).toEqual([]);
}

test("a client downloads their data as JSON and as CSV files in a zip", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/settings");
  const yourData = page.getByRole("region", { name: "Your data" });
  await expect(yourData).toBeVisible();
  await expectNoSeriousViolations(page, "settings with Your data");

  const [zip] = await Promise.all([page.waitForEvent("download"), yourData.getByRole("link", { name: "Download as CSV files (zip)" }).click()]);
  expect(zip.suggestedFilename()).toBe("followthrough-data-2026-11-24.zip");
  const files = unzipSync(new Uint8Array(await readFile((await zip.path())!)));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(["profile.csv", "interviews.csv", "people.csv", "tasks.csv", "notes.csv", "drafts.csv", "draftVersions.csv", "emails.csv", "references.csv", "expenses.csv"]),
  );
  expect(strFromU8(files["interviews.csv"]!)).toContain("Acme Robotics");
  expect(strFromU8(files["profile.csv"]!)).toContain("jane.doe@example.com");

  const [json] = await Promise.all([page.waitForEvent("download"), yourData.getByRole("link", { name: "Download as JSON" }).click()]);
  expect(json.suggestedFilename()).toBe("followthrough-data-2026-11-24.json");
  const data = JSON.parse(await readFile((await json.path())!, "utf8")) as { profile: { email: string }[]; interviews: { company: string }[] };
  expect(data.profile[0]!.email).toBe("jane.doe@example.com");
  expect(data.interviews.map((i) => i.company)).toContain("Acme Robotics");
});

test("a client deletes their account after typing their address, and the session ends with it", async ({ page }, testInfo) => {
  const email = LEAVERS[testInfo.project.name as keyof typeof LEAVERS];
  await signInViaOutbox(page, email);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();
  await expectNoSeriousViolations(page, "the delete-account dialog");
  const confirm = dialog.getByRole("button", { name: "Delete everything" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Your email address").fill("someone.else@example.com");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Your email address").fill(email);
  await confirm.click();

  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a practice's owner is told to transfer the practice first, and can download its templates and clients", async ({ page }) => {
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/settings");
  const yourData = page.getByRole("region", { name: "Your data" });
  await expect(yourData.getByText("Transfer the practice to another coach before deleting your account.")).toBeVisible();
  await expect(yourData.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
  const [practice] = await Promise.all([page.waitForEvent("download"), yourData.getByRole("link", { name: /templates and clients/ }).click()]);
  expect(practice.suggestedFilename()).toBe("followthrough-practice-2026-11-24.zip");
  const files = unzipSync(new Uint8Array(await readFile((await practice.path())!)));
  expect(Object.keys(files).sort()).toEqual(["clients.csv", "templates.json"]);
  expect(strFromU8(files["clients.csv"]!)).toContain("jane.doe@example.com");
});
