import { expect, test } from "./support/test";
import { fixServerClockForEachTest, waitUntilDueEmailsSent } from "./support/clock";
import { signInViaOutbox, signOut } from "./support/outbox";

const CLIENT = "jane.doe@example.com";
const COACH = "olivia.owens@northstar.example";
// Monday 23 November 2026, 10:00 in New York (Jane's zone); the interview was at 09:00.
fixServerClockForEachTest("2026-11-23T15:00:00Z");

test("the plan follows the work: an unfilled prompt blocks submitting, Write it reuses the draft, and a thank-you sent from the person's draft closes its task", async ({ page, request }, testInfo) => {
  const tag = testInfo.project.name;
  const company = `Initrode ${tag}`;
  const bianca = { name: `Bianca Flores ${tag}`, email: `bianca.${tag}@initrode.example` };
  const thankBianca = `Send a personal thank-you to ${bianca.name}`;
  let interviewPath = "";
  let draftPath = "";

  await test.step("the client logs the interview and starts a thank-you from the person, not from the task", async () => {
    await signInViaOutbox(page, CLIENT);
    await page.goto("/interviews/new");
    await page.getByLabel("Company").fill(company);
    await page.getByLabel("Role", { exact: true }).fill("Product Manager");
    await page.getByLabel("Date and time").fill("2026-11-23T09:00");
    await page.getByLabel("Name of person 1").fill(bianca.name);
    await page.getByLabel("Email of person 1").fill(bianca.email);
    await page.getByLabel("Something person 1 asked or said").fill("asked about design systems at scale");
    await page.getByRole("button", { name: "Save interview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${company}, Product Manager` })).toBeVisible();
    interviewPath = new URL(page.url()).pathname;
    await expect(page.getByRole("listitem", { name: thankBianca })).toContainText("No draft yet");

    await page.getByRole("button", { name: `Draft to ${bianca.name}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `To ${bianca.name}` })).toBeVisible();
    draftPath = new URL(page.url()).pathname;
  });

  await test.step("the template's prompts are marked, and submitting is refused until they are replaced", async () => {
    await expect(page.getByRole("heading", { name: "2 passages are still to fill in" })).toBeVisible();
    const marked = page.getByRole("region", { name: "Saved text with the passages marked" });
    await expect(marked.locator("mark").first()).toContainText('Your note: "asked about design systems at scale"');
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Finish the draft before you submit it for review");
    await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toHaveCount(0);

    await page.getByLabel("Letter", { exact: true }).fill("Dear Bianca,\n\nYour question about design systems at scale stayed with me; I wrote down how I would roll one out across four product teams.\n\nJane");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Saved as a new version")).toBeVisible();
    await expect(page.getByRole("heading", { name: /still to fill in/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toBeVisible();
  });

  await test.step("the task shows the draft in review, and Write it opens that draft instead of a new one", async () => {
    await page.goto(interviewPath);
    const task = page.getByRole("listitem", { name: thankBianca });
    await expect(task).toContainText("In review");
    await task.getByRole("button", { name: `Write it: ${thankBianca}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `To ${bianca.name}` })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(draftPath);
    await page.goto(interviewPath);
    await page.getByRole("listitem", { name: thankBianca }).getByRole("button", { name: `Write it: ${thankBianca}` }).click();
    await expect(page).toHaveURL(new RegExp(`${draftPath}$`));
    await signOut(page);
  });

  await test.step("the coach approves; the client sends it now, and the thank-you task is done", async () => {
    await signInViaOutbox(page, COACH);
    await page.goto(draftPath);
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();
    await signOut(page);

    await signInViaOutbox(page, CLIENT);
    await page.goto(draftPath);
    const panel = page.getByRole("region", { name: "Send by email" });
    await panel.getByRole("button", { name: "Send now" }).click();
    await expect(panel.getByRole("list", { name: "Emails of this draft" })).toBeVisible();
    await waitUntilDueEmailsSent(request);
    await expect
      .poll(
        async () => {
          await page.goto(interviewPath);
          return page.getByRole("list", { name: "Follow-up plan" }).getByRole("listitem", { name: thankBianca }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(0);
  });
});
