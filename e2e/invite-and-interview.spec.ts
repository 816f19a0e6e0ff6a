import { expect, test } from "./support/test";
import { clickEmailLink, openLatestEmail, signInViaOutbox, signOut } from "./support/outbox";
import { personNames } from "./support/interviews";
import { expectSignedIn, openFromMainMenu } from "./support/nav";

const COACH = "olivia.owens@northstar.example";
const OTHER_PRACTICE_COACH = "carlos.mendes@harbor.example";

// The browser is in London: a new account starts in the zone of the browser that accepts.
test.use({ timezoneId: "Europe/London" });

test("a coach invites a client, the client logs an interview, only the right coach sees it", async ({ page }, testInfo) => {
  const clientEmail = `new.client.${testInfo.project.name}@example.com`;
  const clientName = `Nia Client ${testInfo.project.name}`;
  const company = `Initrode ${testInfo.project.name}`;
  let interviewUrl = "";

  await test.step("the coach invites a new client", async () => {
    await signInViaOutbox(page, COACH);
    await openFromMainMenu(page, "Invitations");
    await page.getByLabel("Client's email").fill(clientEmail);
    await page.getByLabel("Client's name (optional)").fill(clientName);
    await page.getByRole("button", { name: "Invite client" }).click();
    await expect(page.getByText(`Invitation sent to ${clientEmail}`)).toBeVisible();
    await expect(page.getByRole("listitem", { name: `Invitation to ${clientEmail}` })).toContainText("Waiting");
  });

  await test.step("an invitation sent by mistake is withdrawn only after a confirmation, and its link stops working", async () => {
    const mistake = `sent.by.mistake.${testInfo.project.name}@example.com`;
    await page.getByLabel("Client's email").fill(mistake);
    await page.getByRole("button", { name: "Invite client" }).click();
    await expect(page.getByText(`Invitation sent to ${mistake}`)).toBeVisible();
    const invitation = page.getByRole("listitem", { name: `Invitation to ${mistake}` });
    const withdraw = invitation.getByRole("button", { name: `Withdraw the invitation to ${mistake}` });
    const dialog = page.getByRole("alertdialog", { name: `Withdraw the invitation to ${mistake}?` });
    // The first click only asks; "Keep it" leaves the invitation open.
    await withdraw.click();
    await expect(dialog).toContainText(`The link in the email to ${mistake} stops working.`);
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(invitation).toContainText("Waiting");
    await withdraw.click();
    await dialog.getByRole("button", { name: "Withdraw invitation" }).click();
    await expect(page.getByText("Invitation withdrawn")).toBeVisible();
    await expect(invitation).toContainText("Withdrawn");
    await expect(withdraw).toHaveCount(0);
    await signOut(page);
    await openLatestEmail(page, mistake, "invites you to Followthrough");
    await clickEmailLink(page, "Accept the invitation");
    await expect(page.getByRole("heading", { level: 1, name: "Invitation closed" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "This invitation was withdrawn." })).toBeVisible();
  });

  await test.step("the client joins from the invitation email alone: one email, two clicks, a welcome that names the coach", async () => {
    await openLatestEmail(page, clientEmail, "invites you to Followthrough");
    await clickEmailLink(page, "Accept the invitation");
    await expect(page.getByRole("heading", { name: "Join Northstar Career Coaching" })).toBeVisible();
    await expect(page.getByText(`You join as ${clientEmail}`)).toBeVisible();
    await page.getByRole("button", { name: "Join Olivia Owens" }).click();
    await expect(page.getByRole("status").filter({ hasText: "connected with Olivia Owens of Northstar Career Coaching" })).toBeVisible();
    await expectSignedIn(page);
    await expect(page.getByRole("heading", { name: "Your interviews" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No interviews yet" })).toBeVisible();
  });

  await test.step("the client logs an interview with two interviewers", async () => {
    await page.getByRole("link", { name: "Log an interview" }).first().click();
    await page.getByLabel("Company").fill(company);
    await page.getByLabel("Role", { exact: true }).fill("Business Analyst");
    await page.getByLabel("Stage").selectOption({ label: "First round" });
    await page.getByLabel("Date and time").fill("2026-11-20T10:00");
    await page.getByLabel("Name of person 1").fill("Peter Gibbons");
    await page.getByLabel("Job title of person 1").fill("Team Lead");
    await page.getByRole("button", { name: "Add a person" }).click();
    await page.getByLabel("Name of person 2").fill("Samir Nagheenanajar");
    // Removing a person who has details gives an Undo that brings them back as typed, in their place.
    await page.getByRole("button", { name: "Remove person 1" }).click();
    await expect(page.getByText("Removed Peter Gibbons")).toBeVisible();
    await expect(page.getByLabel("Name of person 1")).toHaveValue("Samir Nagheenanajar");
    await expect(page.getByLabel("Name of person 2")).toHaveCount(0);
    await page.getByRole("button", { name: "Undo removing Peter Gibbons" }).click();
    await expect(page.getByLabel("Name of person 1")).toHaveValue("Peter Gibbons");
    await expect(page.getByLabel("Job title of person 1")).toHaveValue("Team Lead");
    await expect(page.getByLabel("Name of person 2")).toHaveValue("Samir Nagheenanajar");
    // An empty row goes without one.
    await page.getByRole("button", { name: "Add a person" }).click();
    await expect(page.getByLabel("Name of person 3")).toBeVisible();
    await page.getByRole("button", { name: "Remove person 3" }).click();
    await expect(page.getByLabel("Name of person 3")).toHaveCount(0);
    await expect(page.getByText("Removed person 3")).toHaveCount(0);
    await page.getByLabel("Email of person 2").fill("not-an-email");
    await page.getByRole("button", { name: "Save interview" }).click();
    // Bad input is refused in the form, with a message next to the field.
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await page.getByLabel("Email of person 2").fill("samir@initrode.example");
    await page.getByRole("button", { name: "Save interview" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${company}, Business Analyst` })).toBeVisible();
    await expect(personNames(page)).toHaveText(["Peter Gibbons", "Samir Nagheenanajar"]);
    // Entered and shown in the zone the account took from the browser.
    await expect(page.getByText("Fri 20 Nov 2026, 10:00 GMT")).toBeVisible();
    interviewUrl = new URL(page.url()).pathname;
  });

  await test.step("removing a saved person says, before saving, that their open tasks go too, and Put back undoes it", async () => {
    await page.goto(`${interviewUrl}/edit`);
    await expect(page.getByLabel("Name of person 2")).toHaveValue("Samir Nagheenanajar");
    await page.getByRole("button", { name: "Remove person 2" }).click();
    const removed = page.getByRole("list", { name: "Removed when you save" });
    await expect(removed).toContainText("Saving takes Samir Nagheenanajar off this interview, and any open task planned for them, such as a thank-you, goes too.");
    await removed.getByRole("button", { name: "Put back Samir Nagheenanajar" }).click();
    await expect(removed).toHaveCount(0);
    await expect(page.getByLabel("Name of person 2")).toHaveValue("Samir Nagheenanajar");
    await expect(page.getByLabel("Email of person 2")).toHaveValue("samir@initrode.example");
  });

  await test.step("the client moves to New York in Settings; times and the plan follow", async () => {
    await openFromMainMenu(page, "Settings");
    const zone = page.getByLabel("Your time zone");
    await expect(zone).toHaveValue("Europe/London");
    await zone.selectOption("America/New_York");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText(/^Saved\. Your plan now follows New York \(GMT-[45]\) time\.$/)).toBeVisible();
    await page.goto(interviewUrl);
    await expect(page.getByText("Fri 20 Nov 2026, 05:00 EST")).toBeVisible();
    await signOut(page);
  });

  await test.step("the coach sees it on the client's page", async () => {
    await signInViaOutbox(page, COACH);
    await page.getByRole("table", { name: "Clients and their follow-up health" }).getByRole("link", { name: clientName }).click();
    await expect(page.getByRole("heading", { level: 1, name: clientName })).toBeVisible();
    await page.getByRole("article", { name: `${company}, Business Analyst` }).getByRole("link").click();
    await expect(personNames(page)).toHaveCount(2);
    // The coach reads; only the client edits.
    await expect(page.getByRole("link", { name: "Edit interview" })).toHaveCount(0);
    await signOut(page);
  });

  await test.step("a coach of another practice cannot open it", async () => {
    await signInViaOutbox(page, OTHER_PRACTICE_COACH);
    await page.goto(interviewUrl);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
    await expect(page.getByText(company)).toHaveCount(0);
  });
});

test("a used sign-in link says so", async ({ page }) => {
  const email = "jane.doe@example.com";
  await signInViaOutbox(page, email);
  await signOut(page);
  await openLatestEmail(page, email, "Your Followthrough sign-in link");
  await clickEmailLink(page, "Sign in to Followthrough");
  await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(email);
});

test("the sign-in form refuses a malformed address with a message next to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Enter a valid email address, like jane@example.com.");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});
