import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPageJson, writePageJson } from "./page-json";

/** JSON values with valid dates among them, as procedures return them (objects, arrays, strings, numbers, null). */
const dataWithDates = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(fc.oneof(tie("value"), fc.constant(undefined)), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constant("__proto__")), tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("the page's prefetched data as JSON (issue 14)", () => {
  it("reads back what it wrote, dates as dates, for any JSON data with dates", () => {
    fc.assert(
      fc.property(dataWithDates, (data) => {
        const json = writePageJson(data);
        expect(json).not.toBeNull();
        // -0 is written as 0 by JSON itself; everything else comes back equal.
        expect(readPageJson(json!)).toEqual(reviveExpected(data));
      }),
    );
  });

  it("keeps a dashboard's shape: dates in nested lists stay dates, and strings that look like dates stay strings", () => {
    const data = { today: "2026-11-27", overdue: [{ id: "t1", dueAt: new Date("2026-11-25T01:20:09.427Z"), work: { scheduledFor: null } }] };
    const back = readPageJson<typeof data>(writePageJson(data)!);
    expect(back.overdue[0]!.dueAt).toBeInstanceOf(Date);
    expect(back.overdue[0]!.dueAt.toISOString()).toBe("2026-11-25T01:20:09.427Z");
    expect(back.today).toBe("2026-11-27");
    expect(back).toEqual(data);
  });

  it("answers null for what JSON cannot say, so the caller sends it another way", () => {
    expect(writePageJson({ a: new Map([["k", 1]]) })).toBeNull();
    expect(writePageJson({ a: new Set([1]) })).toBeNull();
    expect(writePageJson({ a: 1n })).toBeNull();
    expect(writePageJson({ a: new Date(Number.NaN) })).toBeNull();
    expect(writePageJson({ a: Number.POSITIVE_INFINITY })).toBeNull();
    expect(writePageJson({ a: new (class Money { cents = 1 })() })).toBeNull();
    // A key left undefined is simply absent, as it would be after a JSON answer.
    expect(readPageJson(writePageJson({ a: undefined, b: 1 })!)).toEqual({ b: 1 });
  });

  it("keeps undefined in a list, as an infinite query's first page parameter is", () => {
    const state = { pages: [{ items: [1] }], pageParams: [undefined, "c2"] };
    const back = readPageJson<typeof state>(writePageJson(state)!);
    expect(back.pageParams).toHaveLength(2);
    expect(back.pageParams[0]).toBeUndefined();
    expect(back.pageParams[1]).toBe("c2");
    expect(back.pages).toEqual(state.pages);
  });

  it("escapes nothing it should not: a string holding the date tag's text is read back as that string", () => {
    const data = { note: '{"\\u0000date":0}', other: "\u0000date" };
    expect(readPageJson(writePageJson(data)!)).toEqual(data);
  });
});

/** What a round trip should give: the same data, with -0 as 0 (JSON has no negative zero). */
function reviveExpected(data: unknown): unknown {
  if (data instanceof Date) return data;
  if (Array.isArray(data)) return data.map(reviveExpected);
  if (data !== null && typeof data === "object") {
    const expected: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data)) Object.defineProperty(expected, k, { value: reviveExpected(v), enumerable: true, writable: true, configurable: true });
    return expected;
  }
  if (Object.is(data, -0)) return 0;
  return data;
}
