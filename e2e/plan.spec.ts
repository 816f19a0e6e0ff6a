import { expect, test } from "@playwright/test";
import { fixServerClockForEachTest } from "./support/clock";
import { signInViaOutbox, signOut } from "./support/outbox";

// Monday 2 March 2026, 11:00 in New York: a week before the clocks change.
const NOW = "2026-03-02T16:00:00Z";

fixServerClockForEachTest(NOW);

test("a client logs an interview with a decision 10 days away and gets the plan; the coach sees it too", async ({ page }, testInfo) => {
  const company = `Initech ${testInfo.project.name}`;
  // Names of their own per project, so the desktop and phone runs do not see each other's tasks.
  const bill = `Bill Lumbergh (${testInfo.project.name})`;
  const joanna = `Joanna Nguyen (${testInfo.project.name})`;

  await test.step("the client logs the interview", async () => {
    await signInViaOutbox(page, "jane.doe@example.com");
    await page.goto("/interviews/new");
    await page.getByLabel("Company").fill(company);
    await page.getByLabel("Role", { exact: true }).fill("Data Analyst");
    await page.getByLabel("Date and time").fill("2026-03-02T10:00");
    await page.getByLabel("What did they say about the next step?").selectOption({ label: "A decision by a date" });
    await page.getByLabel("Date of the decision or next round").fill("2026-03-12");
    await page.getByLabel("Name of person 1").fill(bill);
    await page.getByRole("button", { name: "Add a person" }).click();
    await page.getByLabel("Name of person 2").fill(joanna);
    await page.getByRole("button", { name: "Save interview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${company}, Data Analyst` })).toBeVisible();
  });

  await test.step("the dashboard shows the plan", async () => {
    await page.goto("/");
    const today = page.getByRole("list", { name: "Today's tasks" });
    const ofThisInterview = (list: typeof today, name: string) => list.getByRole("listitem", { name }).filter({ hasText: company });
    // R01/R21: a thank-you to each interviewer, due today.
    await expect(today.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toContainText("Mon 2 Mar, 19:00 EST");
    await expect(today.getByRole("listitem", { name: `Send a personal thank-you to ${joanna}` })).toContainText("Mon 2 Mar, 19:00 EST");
    // R09: the letter with different content, arriving in 2–3 days.
    await expect(ofThisInterview(today, "Post a follow-up letter with new information")).toContainText("arrives Wed 4 Mar–Thu 5 Mar");
    const week = page.getByRole("list", { name: "This week's tasks" });
    // R09: the overnight letter arrives on the Monday of the decision week.
    await expect(ofThisInterview(week, "Send an overnight letter with one more new point")).toContainText("arrives Mon 9 Mar");
    // R10: the final call 2–4 working days before Thursday's decision, after the change to daylight time.
    await expect(ofThisInterview(week, "Final call before the decision")).toContainText("Mon 9 Mar, 08:30 EDT");
  });

  await test.step("one click marks a thank-you done, with an undo", async () => {
    const today = page.getByRole("list", { name: "Today's tasks" });
    await today.getByRole("button", { name: `Done: Send a personal thank-you to ${bill}` }).click();
    await expect(page.getByText("Marked done")).toBeVisible();
    await expect(today.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(today.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toBeVisible();

    // Snoozing the letter by three days moves it from today to later this week (it was due Mon 2 Mar, 17:00).
    const letter = today.getByRole("listitem", { name: "Post a follow-up letter with new information" }).filter({ hasText: company });
    await letter.getByRole("button", { name: "Snooze: Post a follow-up letter with new information", exact: true }).click();
    // The choices take focus when they open; Cancel gives it back to "Snooze".
    await expect(letter.getByRole("button", { name: "Snooze a day: Post a follow-up letter with new information" })).toBeFocused();
    await letter.getByRole("button", { name: "Cancel" }).click();
    await expect(letter.getByRole("button", { name: "Snooze: Post a follow-up letter with new information", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await letter.getByRole("button", { name: "Snooze 3 days: Post a follow-up letter with new information", exact: true }).click();
    await expect(page.getByText("Snoozed until Thu 5 Mar, 17:00 EST", { exact: true })).toBeVisible();
    await expect(letter).toHaveCount(0);
    const week = page.getByRole("list", { name: "This week's tasks" });
    await expect(week.getByRole("listitem", { name: "Post a follow-up letter with new information" }).filter({ hasText: company })).toContainText("Thu 5 Mar");

    // From the task straight to a draft for that person, from the practice's template.
    await today.getByRole("button", { name: `Write it: Send a personal thank-you to ${joanna}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `To ${joanna}` })).toBeVisible();
    await expect(page.getByLabel("Letter", { exact: true })).toHaveValue(/^Dear Joanna,/);
    await signOut(page);
  });

  await test.step("the coach sees the same plan on the client's page", async () => {
    await signInViaOutbox(page, "olivia.owens@northstar.example");
    await page.getByRole("table", { name: "Clients and their follow-up health" }).getByRole("link", { name: "Jane Doe" }).click();
    // The plan is grouped by interview: this interview's tasks are in its own part.
    const plan = page.getByRole("region", { name: "Follow-up plan of Jane Doe" }).getByRole("region", { name: `${company}, Data Analyst` });
    await expect(plan.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toBeVisible();
    await expect(plan.getByRole("listitem", { name: "Send an overnight letter with one more new point" })).toContainText("arrives Mon 9 Mar");
    const finalCall = plan.getByRole("listitem", { name: "Final call before the decision" });
    await expect(finalCall).toContainText("Mon 9 Mar, 08:30 EDT");

    // The coach moves a task; the move is kept when the plan is worked out again.
    await finalCall.getByRole("button", { name: "Move: Final call before the decision", exact: true }).click();
    await finalCall.getByLabel("New due time for Final call before the decision").fill("2026-03-10T09:00");
    await finalCall.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Task moved")).toBeVisible();
    await expect(finalCall).toContainText("Tue 10 Mar, 09:00 EDT");
  });
});
