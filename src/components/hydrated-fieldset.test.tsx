import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HydratedFieldset } from "./hydrated-fieldset";

// Enabled once hydrated is seen in the browser tests (e2e/digests.spec.ts ticks the box at once on a phone): this
// project's unit tests have no DOM to hydrate in.
describe("HydratedFieldset", () => {
  it("is disabled in the server's HTML, where a tap would be undone as React takes the page over", () => {
    const html = renderToStaticMarkup(
      <HydratedFieldset className="space-y-3">
        <input type="checkbox" aria-label="Send me the weekly digest" />
      </HydratedFieldset>,
    );
    expect(html).toMatch(/^<fieldset disabled="" class="min-w-0 space-y-3">/);
    expect(html).toContain('aria-label="Send me the weekly digest"');
  });
});
