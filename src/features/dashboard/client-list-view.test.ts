import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FILTER_LABELS, SORT_LABELS, addressForView, readClientListView, type ClientListView } from "./client-list-view";


const view = (patch: Partial<ClientListView> = {}): ClientListView => ({ search: "", sort: "name", filter: "all", ...patch });

describe("the coach's client list keeps its view in the address", () => {
  it("writes nothing when the address already shows the view, so mounting the list never replaces history", () => {
    expect(addressForView(view(), "")).toBeNull();
    expect(addressForView(view({ search: "ada", sort: "overdue" }), "?q=ada&sort=overdue")).toBeNull();
    // The same view written another way is the same view: still nothing to write.
    expect(addressForView(view({ search: "a b" }), "?q=a%20b")).toBeNull();
    expect(addressForView(view(), "?sort=name&filter=all&q=")).toBeNull();
  });

  it("writes the changed parameters and keeps the others", () => {
    expect(addressForView(view({ sort: "decision" }), "")).toBe("?sort=decision");
    expect(addressForView(view({ filter: "cold" }), "?tab=x")).toBe("?tab=x&filter=cold");
    expect(addressForView(view(), "?q=ada")).toBe("");
  });

  it("reading back what was written gives the same view, and writing it again is a no-op (property)", () => {
    const sorts = Object.keys(SORT_LABELS) as ClientListView["sort"][];
    const filters = Object.keys(FILTER_LABELS) as ClientListView["filter"][];
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.constantFrom(...sorts), fc.constantFrom(...filters), (search, sort, filter) => {
        const shown = view({ search, sort, filter });
        const written = addressForView(shown, "") ?? "";
        expect(readClientListView(Object.fromEntries(new URLSearchParams(written)))).toEqual(shown);
        expect(addressForView(shown, written)).toBeNull();
      }),
      { seed: 14, numRuns: 300 },
    );
  });
});
