import { expect, test } from "./support/test";
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

  // The dashboard folds the week by interview: this interview's section holds its open tasks of the week.
  const plan = page.getByRole("list", { name: `Tasks for ${company}, Data Analyst` });

  await test.step("the dashboard shows the plan", async () => {
    await page.goto("/");
    await page.getByRole("button", { name: `${company}, Data Analyst` }).click();
    // R01/R21: a thank-you to each interviewer, due today.
    await expect(plan.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toContainText("Mon 2 Mar, 19:00 EST");
    await expect(plan.getByRole("listitem", { name: `Send a personal thank-you to ${joanna}` })).toContainText("Mon 2 Mar, 19:00 EST");
    // R09: the letter with different content, arriving in 2–3 days.
    await expect(plan.getByRole("listitem", { name: "Post a follow-up letter with new information" })).toContainText("arrives Wed 4 Mar–Thu 5 Mar");
    // R09: the overnight letter arrives on the Monday of the decision week.
    await expect(plan.getByRole("listitem", { name: "Send an overnight letter with one more new point" })).toContainText("arrives Mon 9 Mar");
    // R10: the final call 2–4 working days before Thursday's decision, after the change to daylight time.
    await expect(plan.getByRole("listitem", { name: "Final call before the decision" })).toContainText("Mon 9 Mar, 08:30 EDT");
  });

  await test.step("one click marks a thank-you done, with an undo", async () => {
    await plan.getByRole("button", { name: `Done: Send a personal thank-you to ${bill}` }).click();
    await expect(page.getByText("Marked done")).toBeVisible();
    await expect(plan.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(plan.getByRole("listitem", { name: `Send a personal thank-you to ${bill}` })).toBeVisible();

    // Snoozing the letter by three days moves it from today to later this week (it was due Mon 2 Mar, 17:00).
    const letter = plan.getByRole("listitem", { name: "Post a follow-up letter with new information" });
    await letter.getByRole("button", { name: "Snooze: Post a follow-up letter with new information", exact: true }).click();
    // The choices take focus when they open; Cancel gives it back to "Snooze".
    await expect(letter.getByRole("button", { name: "Snooze a day: Post a follow-up letter with new information" })).toBeFocused();
    await letter.getByRole("button", { name: "Cancel" }).click();
    await expect(letter.getByRole("button", { name: "Snooze: Post a follow-up letter with new information", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await letter.getByRole("button", { name: "Snooze 3 days: Post a follow-up letter with new information", exact: true }).click();
    await expect(page.getByText("Snoozed until Thu 5 Mar, 17:00 EST", { exact: true })).toBeVisible();
    await expect(letter).toContainText("Thu 5 Mar, 17:00 EST");

    // The week day by day, in the client's zone: the snoozed letter is on Thursday, the thank-yous today.
    // The tabs answer the keyboard as WAI-ARIA's tabs do: the right arrow moves to "By day" and shows it, the left
    // arrow comes back, and a click chooses too.
    await page.getByRole("tab", { name: "By interview" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "By day" })).toBeFocused();
    await expect(page.getByRole("tab", { name: "By day" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("tab", { name: "By interview" })).toHaveAttribute("aria-selected", "true");
    await page.getByRole("tab", { name: "By day" }).click();
    await expect(page.getByRole("tabpanel", { name: "By day" })).toBeVisible();
    const onDay = (day: string, name: string) => page.getByRole("list", { name: `Tasks for ${day}` }).getByRole("listitem", { name }).filter({ hasText: company });
    await expect(onDay("Thursday 5 March", "Post a follow-up letter with new information")).toBeVisible();
    await expect(onDay("Today", "Post a follow-up letter with new information")).toHaveCount(0);
    await expect(onDay("Today", `Send a personal thank-you to ${joanna}`)).toBeVisible();
    await expect(onDay("Monday 9 March", "Final call before the decision")).toContainText("08:30 EDT");

    // From the task straight to a draft for that person, from the practice's template.
    await onDay("Today", `Send a personal thank-you to ${joanna}`).getByRole("button", { name: `Write it: Send a personal thank-you to ${joanna}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `To ${joanna}` })).toBeVisible();
    await expect(page.getByLabel("Letter", { exact: true })).toHaveValue(/^Dear Joanna,/);
    await signOut(page);
  });

  await test.step("the coach sees the same plan on the client's page", async () => {
    await signInViaOutbox(page, "olivia.owens@northstar.example");
    await page.getByRole("table", { name: "Clients and their follow-up health" }).getByRole("link", { name: "Jane Doe" }).click();
    // The plan is grouped by interview, ten interviews a page, the latest first: earlier tests gave Jane later
    // interviews, so this one may be on a later page. Its tasks are in its own part.
    const plan = page.getByRole("region", { name: "Follow-up plan of Jane Doe" }).getByRole("region", { name: `${company}, Data Analyst` });
    await expect(page.getByRole("heading", { level: 1, name: "Jane Doe" })).toBeVisible();
    while ((await plan.count()) === 0) {
      const next = page.getByRole("navigation", { name: "Pages of the follow-up plan" }).getByRole("link", { name: "Next page" });
      const before = page.url();
      await next.click();
      await page.waitForURL((url) => url.toString() !== before);
      await expect(page.getByRole("heading", { level: 1, name: "Jane Doe" })).toBeVisible();
    }
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
