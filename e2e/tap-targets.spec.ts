import { expect, test } from "./support/test";
import { type Page } from "@playwright/test";
import { isPhone } from "./support/nav";
import { signInViaOutbox, signOut } from "./support/outbox";

/**
 * Every visible button, tab, select and link of the header and the page, with its size in CSS pixels.
 * The one exception, as WCAG 2.5.5 allows: a link inside a sentence (within a <p>), which stays text.
 */
async function measureTapTargets(page: Page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      "header a, header button, main a, main button, main select, main summary, main [role='tab']",
    );
    return [...controls]
      .filter((element) => !element.closest("p"))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ element, box }) => box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== "hidden")
      .map(({ element, box }) => ({
        name: (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 60),
        width: Math.round(box.width * 10) / 10,
        height: Math.round(box.height * 10) / 10,
      }));
  });
}

async function expectTapTargets(page: Page, what: string) {
  const targets = await measureTapTargets(page);
  expect(targets.length, `controls found on ${what}`).toBeGreaterThan(3);
  if (isPhone(page)) {
    // On a phone: at least 44 x 44 px each.
    const small = targets.filter((t) => t.width < 44 || t.height < 44).map((t) => `${t.name} (${t.width}×${t.height})`);
    expect(small, `tap targets under 44 px on ${what}`).toEqual([]);
  } else {
    // On a desktop the list's buttons stay compact: the rule is for touch and phone-sized screens only.
    const done = targets.find((t) => t.name.startsWith("Done:"));
    if (done) expect(done.height, `"Done" on ${what}`).toBeLessThan(44);
  }
}

test("buttons and links are at least 44 px on a phone (and stay compact on a desktop): the client's pages", async ({ page }) => {
  await signInViaOutbox(page, "jane.doe@example.com");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Next up" })).toBeVisible();
  // Open one interview's section too, so its task buttons are measured.
  await page.getByRole("button", { name: "Acme Robotics, Product Manager" }).click();
  await expect(page.getByRole("list", { name: "Tasks for Acme Robotics, Product Manager" })).toBeVisible();
  await expectTapTargets(page, "the client's dashboard");

  await page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: "Acme Robotics, Product Manager" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme Robotics, Product Manager" })).toBeVisible();
  await expectTapTargets(page, "an interview page");

  await page.goto("/references");
  await expect(page.getByRole("heading", { level: 1, name: "References" })).toBeVisible();
  await expectTapTargets(page, "the reference book");
  await signOut(page);
});

test("buttons and links are at least 44 px on a phone: the coach's pages", async ({ page }) => {
  await signInViaOutbox(page, "olivia.owens@northstar.example");
  await page.goto("/");
  await expect(page.getByRole("table", { name: "Clients and their follow-up health" })).toBeVisible();
  await expectTapTargets(page, "the coach's dashboard");
  await page.goto("/templates");
  await expect(page.getByRole("heading", { level: 1, name: "Templates" })).toBeVisible();
  await expectTapTargets(page, "the template library");
  await signOut(page);
});
