import { expect, type Page } from "@playwright/test";
import { isPhone } from "./nav";

export type PersonMet = { name: string; recall: string; email?: string };

/** Logs a Product Manager interview on 20 November 2026 with these people, and returns its page's path. */
export async function logInterview(page: Page, company: string, people: PersonMet[]) {
  await page.goto("/interviews/new");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role", { exact: true }).fill("Product Manager");
  await page.getByLabel("Date and time").fill("2026-11-20T10:00");
  for (const [index, person] of people.entries()) {
    const n = index + 1;
    if (index > 0) await page.getByRole("button", { name: "Add a person" }).click();
    await page.getByLabel(`Name of person ${n}`).fill(person.name);
    if (person.email) await page.getByLabel(`Email of person ${n}`).fill(person.email);
    await page.getByLabel(`Something person ${n} asked or said`).fill(person.recall);
  }
  await page.getByRole("button", { name: "Save interview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${company}, Product Manager` })).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * The names of the people at an interview, in order: the table's row headers on a wide screen, the
 * cards' headings on a phone (src/features/interviews/interview-people.tsx shows one layout or the other).
 */
export function personNames(page: Page) {
  return isPhone(page)
    ? page.getByRole("list", { name: "People at the interview" }).getByRole("heading", { level: 3 })
    : page.getByRole("table", { name: "People at the interview" }).getByRole("rowheader");
}
