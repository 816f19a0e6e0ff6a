import { test as base, expect } from "@playwright/test";

// Every browser test uses this `test`: a page whose server HTML React could not hydrate fails the test that saw it.
// React rebuilds such a page in the browser, and a click or a keystroke made meanwhile is lost: the review count of
// the menu, loaded by the browser while the page had it from the server, and zone names written by the browser's own
// time-zone data, lost clicks and typing that way, and only a test that happened to act at that moment noticed.
const HYDRATION_FAILURE = /Minified React error #(418|423|425)\b|Hydration failed/;

export const test = base.extend<{ hydrationGuard: void }>({
  hydrationGuard: [
    async ({ page }, use) => {
      const failures: string[] = [];
      page.on("pageerror", (error) => {
        if (HYDRATION_FAILURE.test(error.message)) failures.push(`${page.url()}: ${error.message.slice(0, 200)}`);
      });
      await use();
      expect(failures, "pages React could not hydrate").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
