import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FoldedSection } from "./folded-section";
import { Tabs, moveAmongTabs } from "./tabs";

describe("tabs (WAI-ARIA's tabs pattern)", () => {
  it("moves with the arrow keys, wrapping at the ends, and jumps with Home and End", () => {
    expect([moveAmongTabs("ArrowRight", 0, 3), moveAmongTabs("ArrowRight", 2, 3)]).toEqual([1, 0]);
    expect([moveAmongTabs("ArrowLeft", 1, 3), moveAmongTabs("ArrowLeft", 0, 3)]).toEqual([0, 2]);
    expect([moveAmongTabs("Home", 2, 3), moveAmongTabs("End", 0, 3)]).toEqual([0, 2]);
    expect(moveAmongTabs("Enter", 1, 3)).toBeNull();
    expect(moveAmongTabs("ArrowDown", 1, 3)).toBeNull();
  });

  it("always lands on a tab, and right then left comes back (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain((count) => fc.tuple(fc.constant(count), fc.nat(count - 1))), ([count, current]) => {
        for (const key of ["ArrowRight", "ArrowLeft", "Home", "End"]) {
          const next = moveAmongTabs(key, current, count)!;
          expect(next).toBeGreaterThanOrEqual(0);
          expect(next).toBeLessThan(count);
        }
        expect(moveAmongTabs("ArrowLeft", moveAmongTabs("ArrowRight", current, count)!, count)).toBe(current);
      }),
    );
  });

  it("marks the chosen tab, puts only it in the Tab order, and renders only its panel, each naming the other", () => {
    const html = renderToStaticMarkup(
      <Tabs
        label="Show your week"
        value="days"
        onValueChange={() => {}}
        tabs={[
          { value: "interviews", label: "By interview", content: <p>interview content</p> },
          { value: "days", label: "By day", content: <p>day content</p> },
        ]}
      />,
    );
    expect(html).toContain('role="tablist" aria-label="Show your week" aria-orientation="horizontal"');
    const tabs = [...html.matchAll(/<button[^>]*role="tab"[^>]*>/g)].map((m) => m[0]);
    expect(tabs).toHaveLength(2);
    expect(tabs[0]).toContain('aria-selected="false"');
    expect(tabs[0]).toContain('tabindex="-1"');
    expect(tabs[0]).toContain('data-state="inactive"');
    expect(tabs[1]).toContain('aria-selected="true"');
    expect(tabs[1]).toContain('tabindex="0"');
    expect(tabs[1]).toContain('data-state="active"');
    expect(html).toContain("day content");
    expect(html).not.toContain("interview content");
    // Each tab's aria-controls is a panel on the page, labelled by that tab.
    for (const tab of tabs) {
      const tabId = /id="([^"]+)"/.exec(tab)![1]!;
      const panelId = /aria-controls="([^"]+)"/.exec(tab)![1]!;
      expect(html).toMatch(new RegExp(`<div role="tabpanel" id="${panelId}" aria-labelledby="${tabId}"`));
    }
    expect(html).toMatch(/<div role="tabpanel"[^>]*data-state="inactive" hidden=""[^>]*><\/div>/);
  });
});

describe("folded section (WAI-ARIA's disclosure)", () => {
  it("is a heading holding the button that says whether it is open; closed, its content is not on the page", () => {
    const html = renderToStaticMarkup(
      <FoldedSection level={3} title="Acme, Designer" summary="2 overdue">
        <p>the tasks</p>
      </FoldedSection>,
    );
    expect(html).toMatch(/<h3[^>]*><button type="button" aria-expanded="false" aria-controls="([^"]+)"/);
    const controls = /aria-controls="([^"]+)"/.exec(html)![1]!;
    expect(html).toMatch(new RegExp(`<div id="${controls}" data-state="closed" hidden=""[^>]*></div>`));
    expect(html).not.toContain("the tasks");
  });

  it("open from the start, it shows its content", () => {
    const html = renderToStaticMarkup(
      <FoldedSection title="Done today (2)" defaultOpen>
        <p>the tasks</p>
      </FoldedSection>,
    );
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain("<p>the tasks</p>");
    expect(html).not.toMatch(/hidden=""/);
  });
});
