import { expect, test } from "./support/test";
import { signInViaOutbox, signOut } from "./support/outbox";
import { openFromMainMenu } from "./support/nav";
import { logInterview } from "./support/interviews";

const CLIENT = "jane.doe@example.com";
const COACH = "olivia.owens@northstar.example";

test("thank-you drafts: near-duplicate warning, review with changes requested, approval, version history", async ({ page }, testInfo) => {
  const company = `Xerox PARC ${testInfo.project.name}`;
  await signInViaOutbox(page, CLIENT);
  const interviewPath = await logInterview(page, company, [
    { name: "Grace Hopper", recall: "asked how I would test a compiler" },
    { name: "Alan Kay", recall: "asked what I learned from Smalltalk" },
  ]);

  // 2. The client drafts thank-yous to two interviewers from the coach's template.
  await page.getByRole("button", { name: "Draft to Grace Hopper" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "To Grace Hopper" })).toBeVisible();
  await expect(page.getByLabel("Letter", { exact: true })).toHaveValue(/Dear Grace,/);
  const graceDraft = new URL(page.url()).pathname;
  await page.goto(interviewPath);
  await page.getByRole("button", { name: "Draft to Alan Kay" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "To Alan Kay" })).toBeVisible();

  // 3. It differs from the first only by the names and one sentence: the client is warned, with the passages.
  await expect(page.getByRole("heading", { name: "This note is nearly the same as another one" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Passages that match the note to Grace Hopper" }).getByRole("listitem").first()).toBeVisible();
  // Submitting is refused first for the template's prompts still in it (a draft must be finished before it is
  // compared as a note; the near-duplicate refusal itself is covered in tests/drafts.test.ts).
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Finish the draft before you submit it for review");

  // 4. The client personalises it and submits both.
  await page.getByLabel("Letter", { exact: true }).fill("Dear Alan,\n\nYour question about Smalltalk took me back to building my first live-coding tool; I would love to show you what I learned from it.\n\nJane");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved as a new version")).toBeVisible();
  await expect(page.getByRole("heading", { name: "This note is nearly the same as another one" })).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toBeVisible();
  await page.goto(graceDraft);
  // The template's prompts are still in Grace's note: they are named and marked, and block submitting.
  await expect(page.getByRole("heading", { name: "2 passages are still to fill in" })).toBeVisible();
  await page.getByLabel("Letter", { exact: true }).fill("Dear Grace,\n\nYou asked how I would test a compiler; I have been sketching a fuzzing plan since.\n\nJane");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved as a new version")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toBeVisible();
  await signOut(page);

  // 5. The coach comments and asks for changes.
  await signInViaOutbox(page, COACH);
  await openFromMainMenu(page, "Review");
  await page.getByRole("list", { name: "Review queue, nearest send deadline first" }).getByRole("link", { name: new RegExp(`to Grace Hopper \\(${company},`) }).click();
  await page.getByLabel("Comment for your client (optional)").fill("Say in one sentence why you fit.");
  await page.getByRole("button", { name: "Ask for changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Changes requested" })).toBeVisible();
  await signOut(page);

  // 6. The client revises.
  await signInViaOutbox(page, CLIENT);
  await page.goto(graceDraft);
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("Say in one sentence why you fit.");
  await page.getByLabel("Letter", { exact: true }).fill("Dear Grace,\n\nYou asked how I would test a compiler: I would start from the bugs users hit first. I fit because I have shipped developer tools for eight years.\n\nJane");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved as a new version")).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Waiting for review" })).toBeVisible();
  await signOut(page);

  // 7. The coach approves.
  await signInViaOutbox(page, COACH);
  await page.goto(graceDraft);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved" })).toBeVisible();

  // 8. The version history shows all of it.
  await expect(page.getByRole("list", { name: "Draft versions" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Version 3" }).locator("ins").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Comments" })).toContainText("Say in one sentence why you fit.");
});
