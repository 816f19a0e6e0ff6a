import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, atLocalTime, daysBetween, toCivilDate } from "./civil-date";

const instants = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });
const zones = fc.constantFrom(...Intl.supportedValuesOf("timeZone"), "UTC");

/** The civil date as date-fns' TZDate reads it (how toCivilDate was written before it used format-in-zone's clock). */
function readWithTzDate(instant: Date, zone: string): string {
  const local = new TZDate(instant.getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

describe("civil dates", () => {
  it("reads an instant's civil date in any zone as date-fns' TZDate does (1980-2100)", () => {
    // From 1980, as in format-in-zone's property tests: TZDate keeps whole-minute offsets, and an old local mean time's
    // seconds would put it a minute off the runtime's own clock.
    const since1980 = fc.date({ min: new Date("1980-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });
    fc.assert(
      fc.property(since1980, zones, (instant, zone) => {
        expect(toCivilDate(instant, zone)).toBe(readWithTzDate(instant, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives an instant whose civil date is within a day of its UTC date, and the local midnight of that date is not after it", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const date = toCivilDate(instant, zone);
        expect(Math.abs(daysBetween(instant.toISOString().slice(0, 10), date))).toBeLessThanOrEqual(1);
        expect(atLocalTime(date, "00:00", zone).getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(atLocalTime(addDays(date, 1), "00:00", zone).getTime()).toBeGreaterThan(instant.getTime());
      }),
    );
  });
});
