import { expect, test } from "./support/test";
import { signInViaOutbox, signOut } from "./support/outbox";

test("a client keeps a private debrief note, edits it, and the coach does not see it", async ({ page }, testInfo) => {
  const text = `Unsure about the commute (${testInfo.project.name})`;
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: "Globex, Senior Product Manager" }).click();
  // Notes are a tab of the interview page, after the plan and the letters.
  await page.getByRole("tab", { name: /^Notes/ }).click();
  await page.getByLabel("Add a debrief note").fill(text);
  await page.getByRole("radio", { name: "Private" }).check();
  await page.getByRole("button", { name: "Save note" }).click();
  const note = page.getByRole("list", { name: "Notes" }).getByRole("listitem").filter({ hasText: text });
  await expect(note).toContainText("private: only you see it");

  await note.getByRole("button", { name: /^Edit the note/ }).click();
  await note.getByLabel("Edit the note").fill(`${text}, but the team is great`);
  await note.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("list", { name: "Notes" })).toContainText(`${text}, but the team is great`);
  const interviewPath = new URL(page.url()).pathname;
  await signOut(page);

  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto(interviewPath);
  await expect(page.getByRole("heading", { level: 1, name: "Globex, Senior Product Manager" })).toBeVisible();
  await page.getByRole("tab", { name: /^Notes/ }).click();
  await expect(page.getByRole("region", { name: "Debrief and notes" })).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
});
