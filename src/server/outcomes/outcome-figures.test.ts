import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeRate } from "@/lib/outcome-labels";
import {
  computeDecisions,
  computeThanks,
  decisionTimingOf,
  listMonths,
  MIN_SAMPLE,
  OUTCOMES,
  rateOf,
  timingOf,
  type Outcome,
} from "./outcome-figures";

const outcome = fc.constantFrom<Outcome>(...OUTCOMES);
const thanksRows = fc.array(fc.record({ outcome, daysToThanks: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), count: fc.integer({ min: 1, max: 6 }) }), { maxLength: 12 });
const decisionRows = fc.array(
  fc.record({ promisedDays: fc.integer({ min: 0, max: 40 }), actualDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), count: fc.integer({ min: 1, max: 6 }) }),
  { maxLength: 12 },
);

describe("small numbers are shown honestly", () => {
  it("under the minimum sample there is never a rate, only the counts; at or above it, the rounded percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (a, b) => {
        const [count, of] = a <= b ? [a, b] : [b, a];
        const rate = rateOf(count, of);
        const text = describeRate(rate);
        expect(text.startsWith(`${count} of ${of}`)).toBe(true);
        if (of < MIN_SAMPLE) {
          expect(rate.percent).toBeNull();
          expect(text).not.toContain("%");
          expect(text).toContain(`Too few interviews to show a rate (${of})`);
        } else {
          expect(rate.percent).toBe(Math.round((count / of) * 100));
          expect(text).toBe(`${count} of ${of} (${rate.percent}%)`);
        }
      }),
    );
  });

  it("no thank-you timing shows a next-round or offer rate for fewer than the minimum interviews with a result, and every interview is counted once", () => {
    fc.assert(
      fc.property(thanksRows, (rows) => {
        const figures = computeThanks(rows);
        for (const group of figures.groups) {
          for (const rate of [group.nextRound, group.offer]) {
            expect(rate.of).toBe(group.withResult);
            if (group.withResult < MIN_SAMPLE) expect(rate.percent).toBeNull();
            else expect(rate.percent).not.toBeNull();
          }
        }
        const total = rows.reduce((sum, r) => sum + r.count, 0);
        expect(figures.groups.reduce((sum, g) => sum + g.interviews, 0)).toBe(total);
        const known = rows.filter((r) => ["NEXT_ROUND", "OFFER", "OFFER_SIGNED", "REJECTED"].includes(r.outcome)).reduce((sum, r) => sum + r.count, 0);
        expect(figures.groups.reduce((sum, g) => sum + g.withResult, 0)).toBe(known);
      }),
    );
  });

  it("no decision share or typical time is shown for fewer than the minimum decisions", () => {
    fc.assert(
      fc.property(decisionRows, (rows) => {
        const figures = computeDecisions(rows);
        const decided = rows.filter((r) => r.actualDays !== null).reduce((sum, r) => sum + r.count, 0);
        expect(figures.decided).toBe(decided);
        expect(figures.byTiming.reduce((sum, t) => sum + t.count, 0)).toBe(decided);
        if (decided < MIN_SAMPLE) {
          expect(figures.medianActualDays).toBeNull();
          expect(figures.medianPromisedDays).toBeNull();
          for (const t of figures.byTiming) expect(t.share.percent).toBeNull();
        } else {
          expect(figures.medianActualDays).not.toBeNull();
        }
      }),
    );
  });
});

describe("the buckets", () => {
  it("thank-yous: the same calendar day, the next, later, or someone never thanked", () => {
    expect([timingOf(0), timingOf(1), timingOf(2), timingOf(30), timingOf(null)]).toEqual(["SAME_DAY", "NEXT_DAY", "LATER", "LATER", "NEVER"]);
  });

  it("decisions: days after the employer's date", () => {
    expect([decisionTimingOf(7, 6), decisionTimingOf(7, 7), decisionTimingOf(7, 8), decisionTimingOf(7, 10), decisionTimingOf(7, 11), decisionTimingOf(7, 14), decisionTimingOf(7, 15)]).toEqual([
      "EARLY",
      "ON_DATE",
      "LATE_1_3",
      "LATE_1_3",
      "LATE_4_7",
      "LATE_4_7",
      "LATE_8_PLUS",
    ]);
  });

  it("the twelve months end with the viewer's current month, in their zone, whatever the server's zone", () => {
    // 31 December 2026 20:00 in New York is already January 2027 in UTC and Auckland.
    const now = new Date("2027-01-01T01:00:00Z");
    expect(listMonths(now, "America/New_York")).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(listMonths(now, "Pacific/Auckland").at(-1)).toBe("2027-01");
    expect(listMonths(now, "Pacific/Auckland")[0]).toBe("2026-02");
  });
});
