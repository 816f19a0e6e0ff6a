import { expect, type Page } from "@playwright/test";

/** Below Tailwind's `md` (768 px) the header shows a "Menu" button instead of its row of links. */
export function isPhone(page: Page) {
  return (page.viewportSize()?.width ?? 1280) < 768;
}

/** Signed in: the header offers "Sign out", on a phone behind "Menu". */
export async function expectSignedIn(page: Page) {
  await expect(page.getByRole("button", { name: isPhone(page) ? "Menu" : "Sign out" })).toBeVisible();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Follows a link of the main menu, opening the phone's menu first. A link with a count is read
 * "Review 2 drafts wait for your review" once its count has loaded, so the name is matched as a first word.
 */
export async function openFromMainMenu(page: Page, name: string) {
  if (isPhone(page)) await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) }).click();
}
