import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./to-csv";

const FORMULA_FIRST = ["=", "+", "-", "@", "\t", "\r"];

/** Parses what toCsv wrote, as a spreadsheet import would (RFC 4180, header row). */
function readBack(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, relax_column_count: false, skip_empty_lines: false });
}

describe("CSV export cells", () => {
  it("any text comes back unchanged through a CSV parser, bar the apostrophe before a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { minLength: 1, maxLength: 5 }), (rows) => {
        const csv = toCsv(["a", "b"], rows.map(([a, b]) => ({ a, b })));
        expect(readBack(csv)).toEqual(rows.map(([a, b]) => ({ a: neutraliseFormula(a), b: neutraliseFormula(b) })));
      }),
      { numRuns: 500 },
    );
  });

  it("a cell that a spreadsheet would run as a formula starts with an apostrophe; anything else is kept as it is", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMULA_FIRST), fc.string(), (first, rest) => {
        expect(neutraliseFormula(first + rest)).toBe(`'${first}${rest}`);
      }),
    );
    fc.assert(
      fc.property(fc.string().filter((s) => !FORMULA_FIRST.some((c) => s.startsWith(c))), (s) => {
        expect(neutraliseFormula(s)).toBe(s);
      }),
    );
    const [row] = readBack(toCsv(["cell"], [{ cell: '=HYPERLINK("http://evil.example","click")' }]));
    expect(row!.cell).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  it("writes dates as UTC instants, lists joined, numbers and booleans as they are, and nothing for null", () => {
    const csv = toCsv(["when", "rules", "amount", "done", "none"], [
      { when: new Date("2026-11-23T15:00:00Z"), rules: ["R01", "R21"], amount: -1250, done: true, none: null },
    ]);
    expect(readBack(csv)).toEqual([{ when: "2026-11-23T15:00:00.000Z", rules: "R01; R21", amount: "-1250", done: "true", none: "" }]);
  });
});
