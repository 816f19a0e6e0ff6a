import { expect, test } from "./support/test";
import { type APIRequestContext } from "@playwright/test";
import { isPhone } from "./support/nav";
import { signInViaOutbox } from "./support/outbox";

test("the menu marks the current page; on a phone it opens from one button, takes focus, closes with Escape and navigates", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/references");
  await expect(page.getByRole("heading", { level: 1, name: "References" })).toBeVisible();
  const menuButton = page.getByRole("button", { name: "Menu" });

  if (!isPhone(page)) {
    // A desktop shows the menu as a row of links, and no menu button.
    await expect(menuButton).toBeHidden();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "References" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Settings" })).not.toHaveAttribute("aria-current");
    await nav.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "References" })).not.toHaveAttribute("aria-current");
    return;
  }

  // A phone: the header is one row (the name and "Menu"), not links wrapping onto several rows.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const header = await page.getByRole("banner").boundingBox();
  expect(header!.height).toBeLessThan(70);

  await menuButton.click();
  const menu = page.getByRole("dialog", { name: "Menu" });
  await expect(menu).toBeVisible();
  // Focus moves into the menu, which marks the page we are on.
  await expect(menu.getByRole("button", { name: "Close menu" })).toBeFocused();
  await expect(menu.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "References" })).toHaveAttribute("aria-current", "page");
  await page.keyboard.press("Tab");
  await expect(menu.getByRole("link", { name: "Interviews" })).toBeFocused();

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  // A link navigates, and the menu closes.
  await page.keyboard.press("Enter");
  await menu.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(menu).toBeHidden();
  await menuButton.click();
  await expect(menu.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("link", { name: "References" })).not.toHaveAttribute("aria-current");
});

/** Holds every page's render on the server (a test-only switch) until let go: the loading state stays on screen meanwhile. */
async function holdPages(request: APIRequestContext, held: boolean) {
  expect((await request.post("/api/test/page-hold", { data: { held } })).ok()).toBe(true);
}

test("a page shows its loading skeleton, announced as a status, until it arrives", async ({ page, request }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  if (isPhone(page)) await page.getByRole("button", { name: "Menu" }).click();
  await holdPages(request, true);
  try {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "References" }).click();
    const loading = page.getByRole("status").filter({ hasText: "Loading your references…" });
    await expect(loading).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toHaveCount(0);
    await holdPages(request, false);
    await expect(page.getByRole("heading", { level: 1, name: "References" })).toBeVisible();
    await expect(loading).toHaveCount(0);
  } finally {
    await holdPages(request, false);
  }
});

test("an address that leads nowhere, a malformed id and a damaged link get friendly pages with a way back", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  const wayBack = page.getByRole("main").getByRole("link", { name: "Go to your dashboard" });

  expect((await page.goto("/no-such-page"))!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(wayBack).toBeVisible();

  // An id that cannot be one: the same page, and nothing of the framework's.
  await page.goto("/interviews/not%20an%20id");
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
  await expect(wayBack).toBeVisible();

  // A broken %-escape is a bad request: status 400, with the app's own page instead of a bare "400 Bad Request".
  const damaged = await page.goto("/interviews/%E0%A4%A");
  expect(damaged!.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1, name: "This address isn't right" })).toBeVisible();
  await expect(page.getByText("Bad Request")).toHaveCount(0);
  await wayBack.click();
  await expect(page.getByRole("heading", { level: 1, name: "Your interviews" })).toBeVisible();
});

test("a page that fails shows the error page with a reference and a way back, never the error's text", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  const response = await page.goto("/dev/failure");
  expect(response!.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "tell us the reference" })).toBeVisible();
  await expect(page.getByText(/db-primary|internal detail/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Go to your dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your interviews" })).toBeVisible();
});
