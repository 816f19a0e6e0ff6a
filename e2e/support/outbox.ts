import { expect, type Page } from "@playwright/test";
import { expectSignedIn, isPhone } from "./nav";

/** The dev outbox showing only the emails to `to`: a run sends more than a page of sign-in links. */
export async function openOutboxFor(page: Page, to: string) {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(to)}`);
}

/** Opens the newest email to `to` whose subject matches, from the dev outbox page. */
export async function openLatestEmail(page: Page, to: string, subject: string | RegExp) {
  await openOutboxFor(page, to);
  const list = page.getByRole("list", { name: "Sent emails" });
  const subjectPattern = typeof subject === "string" ? escapeRegExp(subject) : subject.source;
  await list.getByRole("link", { name: new RegExp(`${subjectPattern}.* to ${escapeRegExp(to)}`) }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** Clicks a link inside the email's HTML part, as a person reading it would. */
export async function clickEmailLink(page: Page, name: string) {
  await page.frameLocator('iframe[title="Email HTML"]').getByRole("link", { name }).click();
}

export async function requestSignInLink(page: Page, email: string) {
  const field = page.getByLabel("Email address");
  await field.fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/** Signs in through the magic link that the dev outbox received. */
export async function signInViaOutbox(page: Page, email: string) {
  await page.goto("/sign-in");
  await requestSignInLink(page, email);
  await followSignInEmail(page, email);
}

export async function followSignInEmail(page: Page, email: string) {
  await openLatestEmail(page, email, "Your Followthrough sign-in link");
  await clickEmailLink(page, "Sign in to Followthrough");
  await page.getByRole("link", { name: "Continue to Followthrough" }).click();
  await expectSignedIn(page);
}

export async function signOut(page: Page) {
  // On a phone, signing out is in the menu.
  if (isPhone(page)) await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
