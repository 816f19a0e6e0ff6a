import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConfirmButton } from "./confirm-button";

const render = (props: Partial<Parameters<typeof ConfirmButton>[0]> = {}) =>
  renderToStaticMarkup(
    <ConfirmButton title="Remove this task?" description="It leaves the plan." confirmLabel="Remove task" onConfirm={() => {}} {...props}>
      {props.children ?? "Remove"}
    </ConfirmButton>,
  );

describe("ConfirmButton", () => {
  it("shows only its button until pressed: the question, and its buttons, are not on the page yet", () => {
    const html = render({ ariaLabel: "Remove: Call Alex" });
    expect(html).toContain('aria-label="Remove: Call Alex"');
    expect(html).toContain('aria-haspopup="dialog"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('data-state="closed"');
    expect(html).toContain('type="button"');
    // Nothing it would control is on the page yet.
    expect(html).not.toContain("aria-controls");
    expect(html).toContain(">Remove</button>");
    expect(html).not.toContain("Remove this task?");
    expect(html).not.toContain("Keep it");
  });

  // Enabled after hydration, and disabled again while its action is pending, is seen in the browser tests
  // (e2e/triage.spec.ts, e2e/practice.spec.ts): this project's unit tests have no DOM to hydrate in.
  it("is disabled in the server's HTML, where a press could open nothing, pending or not", () => {
    expect(render()).toMatch(/<button[^>]* disabled=""/);
    expect(render({ disabled: true })).toMatch(/<button[^>]* disabled=""/);
  });

  it("looks as its variant says, unless the caller gives its own classes", () => {
    expect(render({ variant: "outline-danger" })).toContain("text-red-700");
    expect(render({ variant: "outline" })).not.toContain("text-red-700");
    expect(render({ variant: "outline-danger", className: "my-own" })).toMatch(/class="my-own"/);
  });
});
