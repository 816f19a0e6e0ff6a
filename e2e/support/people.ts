import type { Page } from "@playwright/test";
import { isPhone } from "./nav";

/**
 * The names of the people at an interview, in order: the table's row headers on a wide screen, the
 * cards' headings on a phone (src/features/interviews/interview-people.tsx shows one layout or the other).
 */
export function personNames(page: Page) {
  return isPhone(page)
    ? page.getByRole("list", { name: "People at the interview" }).getByRole("heading", { level: 3 })
    : page.getByRole("table", { name: "People at the interview" }).getByRole("rowheader");
}
