import { expect, test } from "./support/test";
import { fixServerClockForEachTest } from "./support/clock";
import { signInViaOutbox, signOut } from "./support/outbox";

// Monday 2 March 2026, 11:00 in New York.
const NOW = "2026-03-02T16:00:00Z";

fixServerClockForEachTest(NOW);

test("the client logs calls made earlier and corrects the record: R14's cold lead warms again; an expense is corrected", async ({ page }, testInfo) => {
  const company = `Vandelay ${testInfo.project.name}`;
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/interviews/new");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Importer");
  await page.getByLabel("Date and time").fill("2026-02-02T10:00");
  await page.getByLabel("Name of person 1").fill("Art Vandelay");
  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${company}, Importer` })).toBeVisible();

  // Calls and expenses are tabs of the interview page, after the plan and the letters.
  await page.getByRole("tab", { name: /^Calls/ }).click();
  const calls = page.getByRole("region", { name: "Follow-up calls" });
  await test.step("three unanswered calls, logged afterwards with their times, make the lead cold (R14)", async () => {
    for (const [index, when] of ["2026-02-09T10:00", "2026-02-16T10:00", "2026-02-23T10:00"].entries()) {
      await calls.getByLabel("When (leave empty for now)").fill(when);
      await calls.getByRole("button", { name: "Log the call" }).click();
      await expect(calls.getByRole("list", { name: "Calls" }).getByRole("listitem")).toHaveCount(index + 1);
      await expect(calls.getByLabel("When (leave empty for now)")).toHaveValue("");
    }
    await expect(calls.getByRole("note")).toContainText("this lead is cold");
  });

  await test.step("the last call is corrected to answered: the lead is no longer cold", async () => {
    await calls.getByRole("button", { name: "Correct the call of 23 Feb, 10:00 EST" }).click();
    const correction = calls.getByRole("form", { name: "Correct the call of 23 Feb, 10:00 EST" });
    // Focus moves into the form that opened.
    await expect(correction.getByLabel("When")).toBeFocused();
    await correction.getByLabel("They answered").check();
    await correction.getByLabel("Notes").fill("Decision next week");
    await correction.getByRole("button", { name: "Save call" }).click();
    await expect(page.getByText("Call corrected")).toBeVisible();
    await expect(calls.getByRole("list", { name: "Calls" })).toContainText("Mon 23 Feb, 10:00 EST · answered · Decision next week");
    await expect(calls.getByRole("note")).toHaveCount(0);
  });

  await test.step("an expense is recorded, then corrected", async () => {
    await page.getByRole("tab", { name: /^Expenses/ }).click();
    const expenses = page.getByRole("region", { name: "Travel expenses" });
    await expenses.getByLabel("Expense", { exact: true }).fill("Taxi to the office");
    await expenses.getByLabel("Amount", { exact: true }).fill("20");
    await expenses.getByRole("button", { name: "Record" }).click();
    await expect(expenses.getByRole("list", { name: "Expenses" })).toContainText("Taxi to the office · $20.00");
    await expenses.getByRole("button", { name: "Correct: Taxi to the office" }).click();
    const correction = expenses.getByRole("form", { name: "Correct the expense: Taxi to the office" });
    await expect(correction.getByLabel("Expense")).toBeFocused();
    await correction.getByLabel("Amount").fill("25.50");
    await correction.getByRole("button", { name: "Save expense" }).click();
    await expect(page.getByText("Expense corrected")).toBeVisible();
    await expect(expenses.getByRole("list", { name: "Expenses" })).toContainText("Taxi to the office · $25.50");
  });
  await signOut(page);
});
