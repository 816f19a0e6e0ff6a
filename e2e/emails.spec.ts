import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { setServerClock, fixServerClockForEachTest, waitUntilDueEmailsSent } from "./support/clock";
import { openOutboxFor, signInViaOutbox, signOut } from "./support/outbox";

const CLIENT = "jane.doe@example.com";
const COACH = "olivia.owens@northstar.example";
// Monday 23 November 2026, 10:00 in New York (Jane's zone).
const MORNING = "2026-11-23T15:00:00Z";

fixServerClockForEachTest(MORNING);

/** The dev outbox's entries to one address (re-read from the server each time). */
async function outboxEntriesTo(page: Page, address: string) {
  await openOutboxFor(page, address);
  return page.getByRole("listitem").filter({ hasText: `To ${address}` });
}

async function writeAndSubmit(page: Page, interviewPath: string, person: string, letter: string) {
  await page.goto(interviewPath);
  await page.getByRole("button", { name: `Draft to ${person}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `To ${person}` })).toBeVisible();
  await page.getByLabel("Letter", { exact: true }).fill(letter);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved as a new version")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toBeVisible();
  return new URL(page.url()).pathname;
}

test("a client schedules an approved thank-you for tonight, moves it, cancels another; the outbox gets the moved one once, at its new time", async ({ page, request }, testInfo) => {
  const tag = testInfo.project.name;
  const company = `Hooli XYZ ${tag}`;
  const ada = { name: `Ada Lovelace ${tag}`, email: `ada.${tag}@hooli.example` };
  const alan = { name: `Alan Turing ${tag}`, email: `alan.${tag}@hooli.example` };
  let adaDraft = "";
  let alanDraft = "";

  await test.step("the client logs the interview and writes two personal thank-yous", async () => {
    await signInViaOutbox(page, CLIENT);
    await page.goto("/interviews/new");
    await page.getByLabel("Company").fill(company);
    await page.getByLabel("Role", { exact: true }).fill("Product Manager");
    await page.getByLabel("Date and time").fill("2026-11-23T09:00");
    await page.getByLabel("Name of person 1").fill(ada.name);
    await page.getByLabel("Email of person 1").fill(ada.email);
    await page.getByRole("button", { name: "Add a person" }).click();
    await page.getByLabel("Name of person 2").fill(alan.name);
    await page.getByLabel("Email of person 2").fill(alan.email);
    await page.getByRole("button", { name: "Save interview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${company}, Product Manager` })).toBeVisible();
    const interviewPath = new URL(page.url()).pathname;
    adaDraft = await writeAndSubmit(page, interviewPath, ada.name, "Dear Ada,\n\nYour point about engines that weave patterns like looms stayed with me all afternoon.\n\nJane");
    alanDraft = await writeAndSubmit(page, interviewPath, alan.name, "Hi Alan,\n\nThank you for the puzzle about machines and minds; I sketched an answer on the train home.\n\nJane");
    await signOut(page);
  });

  await test.step("the coach approves both", async () => {
    await signInViaOutbox(page, COACH);
    for (const path of [adaDraft, alanDraft]) {
      await page.goto(path);
      await page.getByRole("button", { name: "Approve" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
    }
    await signOut(page);
    await signInViaOutbox(page, CLIENT);
  });

  await test.step("the client schedules the first for tonight, then moves it to 20:30", async () => {
    await page.goto(adaDraft);
    const panel = page.getByRole("region", { name: "Send by email" });
    await panel.getByRole("button", { name: "Tonight, 19:00" }).click();
    await expect(panel.getByText(/Scheduled for Mon 23 Nov, 19:00/)).toBeVisible();
    await expect(panel.getByRole("list", { name: "Emails of this draft" })).toContainText("Scheduled");
    await panel.getByLabel(/New time/).fill("2026-11-23T20:30");
    await panel.getByRole("button", { name: "Move", exact: true }).click();
    await expect(panel.getByText(/Scheduled for Mon 23 Nov, 20:30/)).toBeVisible();
  });

  await test.step("the client schedules the second, then cancels it", async () => {
    await page.goto(alanDraft);
    const panel = page.getByRole("region", { name: "Send by email" });
    await panel.getByRole("button", { name: "First thing tomorrow, 08:30" }).click();
    await expect(panel.getByText(/Scheduled for Tue 24 Nov, 08:30/)).toBeVisible();
    await panel.getByRole("button", { name: "Cancel send" }).click();
    await page.getByRole("alertdialog", { name: "Cancel this scheduled email?" }).getByRole("button", { name: "Cancel the send" }).click();
    await expect(page.getByText("Send cancelled")).toBeVisible();
    await expect(panel.getByRole("list", { name: "Emails of this draft" })).toContainText("Cancelled");
  });

  await test.step("at 19:05, the old time, nothing has gone out", async () => {
    await setServerClock(request, "2026-11-24T00:05:00Z");
    await waitUntilDueEmailsSent(request);
    await expect(await outboxEntriesTo(page, ada.email)).toHaveCount(0);
  });

  await test.step("at 20:31 the moved email is in the outbox, once, stamped with the new time", async () => {
    await setServerClock(request, "2026-11-24T01:31:00Z");
    await expect.poll(async () => (await outboxEntriesTo(page, ada.email)).count(), { timeout: 20_000 }).toBe(1);
    const entry = await outboxEntriesTo(page, ada.email);
    await expect(entry).toContainText(`from "Jane Doe" <notes@`);
    await expect(entry).toContainText("24 Nov 2026, 01:31");
    await page.goto(adaDraft);
    await expect(page.getByRole("list", { name: "Emails of this draft" })).toContainText("Sent");
    await expect(page.getByRole("status").filter({ hasText: "Sent" })).toBeVisible();
  });

  await test.step("the next morning, past the cancelled time, the cancelled one never appears and the first is still there once", async () => {
    await setServerClock(request, "2026-11-24T14:00:00Z");
    await waitUntilDueEmailsSent(request);
    await expect(await outboxEntriesTo(page, alan.email)).toHaveCount(0);
    await expect(await outboxEntriesTo(page, ada.email)).toHaveCount(1);
  });
});

test("a client turns the morning reminder email on, and off again", async ({ page }) => {
  await signInViaOutbox(page, CLIENT);
  await page.goto("/settings");
  const reminder = page.getByRole("switch", { name: "Email me each morning with the follow-ups due that day" });
  await expect(reminder).toHaveAttribute("aria-checked", "false");
  await reminder.click();
  await expect(page.getByText("Morning reminders on")).toBeVisible();
  await page.reload();
  await expect(reminder).toHaveAttribute("aria-checked", "true");
  // The switch is enabled once the page runs (a key press on the server's HTML alone would do nothing).
  await expect(reminder).toBeEnabled();
  await reminder.press("Enter");
  await expect(page.getByText("Morning reminders off")).toBeVisible();
  await page.reload();
  await expect(reminder).toHaveAttribute("aria-checked", "false");
});
