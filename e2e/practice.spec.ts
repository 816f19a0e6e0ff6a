import { expect, test } from "./support/test";
import { followSignInEmail, signInViaOutbox, signOut } from "./support/outbox";

test("a coach starts a practice on the web and sends the first invitation, without a terminal", async ({ page }, testInfo) => {
  const owner = `ana.${testInfo.project.name}@coaches.example`;
  const practiceName = `Lima Coaching ${testInfo.project.name}`;
  const client = `first.client.${testInfo.project.name}@example.com`;

  await test.step("sign up: name, address and practice, then the sign-in link from the outbox", async () => {
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Start a practice" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Start a practice" })).toBeVisible();
    await page.getByLabel("Your name").fill("Ana Lima");
    await page.getByLabel("Your email address").fill(owner);
    await page.getByLabel("Name of your practice").fill(practiceName);
    await page.getByRole("button", { name: "Email me a link to start" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await followSignInEmail(page, owner);
  });

  await test.step("the link comes back to start the practice, and the owner lands on Invitations", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Start your practice" })).toBeVisible();
    await page.getByRole("button", { name: `Start ${practiceName}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your practice is ready" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Invitations" })).toBeVisible();
  });

  await test.step("the first invitation goes out", async () => {
    await page.getByLabel("Client's email").fill(client);
    await page.getByRole("button", { name: "Invite client" }).click();
    await expect(page.getByText(`Invitation sent to ${client}`)).toBeVisible();
  });

  await test.step("the practice page shows the new owner", async () => {
    await page.goto("/practice");
    await expect(page.getByRole("heading", { level: 2, name: practiceName })).toBeVisible();
    await expect(page.getByText("You own this practice.")).toBeVisible();
    await signOut(page);
  });
});

test("leaving a practice asks for a confirmation that says what must happen first, and Escape cancels it", async ({ page }) => {
  await signInViaOutbox(page, "carlos.mendes@harbor.example");
  await page.goto("/practice");
  const harbor = page.getByRole("region", { name: "Harbor Coaching" });
  await expect(harbor).toBeVisible();
  // A lone owner has no one to hand over to: leaving waits for another coach.
  await expect(harbor.getByText("You own this practice.")).toBeVisible();
  await expect(harbor.getByRole("button", { name: "Make owner" })).toHaveCount(0);
  await signOut(page);

  await signInViaOutbox(page, "ben.okafor@northstar.example");
  await page.goto("/practice");
  const leave = page.getByRole("button", { name: "Leave this practice" });
  // The button is disabled until React runs (ConfirmButton): focusing it earlier focuses nothing, and Enter is lost.
  await expect(leave).toBeEnabled();
  await leave.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Leave Northstar Career Coaching?" });
  await expect(dialog).toContainText("ask the owner to move them to another coach first");
  // Escape cancels and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(leave).toBeFocused();
  await signOut(page);
});
