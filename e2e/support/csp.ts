import type { Page } from "@playwright/test";

/**
 * Records every Content-Security-Policy violation on the page from now on, across navigations and in its frames
 * (the sandboxed email previews included): the `securitypolicyviolation` events of documents that run the init
 * script, and the console errors the browser writes for every refusal, which also cover frames that run no script.
 * Permissions-Policy header errors ("Unrecognized feature") are recorded too.
 */
export async function recordPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportPolicyViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportPolicyViolation?: (text: string) => void }).__reportPolicyViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample})`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}
