import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIME_PATTERNS, formatDay, formatInZone, formatWallClock, formatZoneName } from "./format-in-zone";
import { explainRules, RULE_REASONS } from "./rule-reasons";

// Any instant from 1970 to 2100, and any zone the runtime knows.
const instants = fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });
const zones = fc.constantFrom(...Intl.supportedValuesOf("timeZone"), "UTC");
const DAY = 86_400_000;

describe("the one format for times and zones", () => {
  it("writes every instant in every zone on the 24-hour clock, never with AM/PM, and never throws", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const time = formatWallClock(instant, zone, TIME_PATTERNS.time);
        expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        const full = formatInZone(instant, zone);
        expect(full).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}, ([01]\d|2[0-3]):[0-5]\d \S+$/);
        expect(full).not.toMatch(/\b(AM|PM)\b/i);
      }),
    );
  });

  it("names the zone as the runtime's short zone name alone would, though read in the same call as the time", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const alone = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" }).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
        expect(formatInZone(instant, zone, TIME_PATTERNS.time)).toBe(`${formatWallClock(instant, zone, TIME_PATTERNS.time)} ${alone ?? zone}`);
      }),
    );
  });

  /** What ICU alone says of the instant in the zone: "2026-03-08 03:00:00 EDT". */
  const icuFormatters = new Map<string, Intl.DateTimeFormat>();
  function readFromIcu(instant: Date, zone: string): string {
    let formatter = icuFormatters.get(zone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat("en-US", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "short" });
      icuFormatters.set(zone, formatter);
    }
    const parts = Object.fromEntries(
      formatter
        .formatToParts(instant)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${parts.timeZoneName}`;
  }

  it("reads the same wall clock and zone name as ICU alone, for any instant in any zone (the offset kept per day)", () => {
    fc.assert(
      fc.property(instants, zones, fc.integer({ min: -DAY, max: DAY }), (instant, zone, shift) => {
        // The instant, and another of the same or a neighbouring day, so both the kept day and a fresh one are read.
        for (const at of [instant, new Date(instant.getTime() + shift)]) expect(formatInZone(at, zone, "yyyy-MM-dd HH:mm:ss")).toBe(readFromIcu(at, zone));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads every minute of the days around offset changes as ICU does: DST, half-hour DST, a skipped day, old local mean time", () => {
    const changes: [string, string][] = [
      ["America/New_York", "2026-03-08"], // DST starts at 07:00 UTC
      ["Europe/London", "2026-10-25"], // DST ends at 01:00 UTC
      ["Australia/Lord_Howe", "2026-04-04"], // a 30-minute DST change
      ["Pacific/Apia", "2011-12-30"], // Samoa skipped 30 December 2011
      ["Africa/Monrovia", "1972-01-07"], // GMT-0:44:30 to GMT
      ["America/Sao_Paulo", "2019-02-17"], // Brazil's last DST change
    ];
    for (const [zone, date] of changes) {
      const from = Date.parse(`${date}T00:00:00Z`) - DAY;
      for (let ms = from; ms < from + 3 * DAY; ms += 60_000) {
        expect(formatInZone(new Date(ms), zone, "yyyy-MM-dd HH:mm:ss")).toBe(readFromIcu(new Date(ms), zone));
      }
    }
  });

  // Every pattern the app writes a time with (pages, emails, the calendar feed), and one of each token.
  const APP_PATTERNS = [
    ...Object.values(TIME_PATTERNS),
    "EEE d MMM yyyy", "EEE d MMM", "EEEE d MMMM", "d MMM yyyy, HH:mm", "d MMM yyyy, HH:mm:ss", "d MMM", "d MMMM", "yyyy-MM-dd HH:mm", "dd",
  ];

  it("writes every pattern exactly as date-fns does, for any instant in any zone (1980-2100)", () => {
    // From 1980: date-fns' TZDate keeps whole-minute offsets, and an old local mean time's seconds (Monrovia
    // until 1972) would put it, not the runtime's own clock, a minute off.
    const since1980 = fc.date({ min: new Date("1980-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });
    fc.assert(
      fc.property(since1980, zones, fc.constantFrom(...APP_PATTERNS), (instant, zone, pattern) => {
        expect(formatWallClock(instant, zone, pattern)).toBe(format(new TZDate(instant.getTime(), zone), pattern));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes a stored calendar day (UTC midnight) as that day, whatever the zone the process runs in", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (instant) => {
        const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
        expect(formatDay(day, "yyyy-MM-dd")).toBe(day.toISOString().slice(0, 10));
      }),
    );
  });

  it("refuses an invalid date in every zone, UTC included, as ICU does", () => {
    for (const zone of ["UTC", "America/New_York"]) expect(() => formatInZone(new Date(Number.NaN), zone)).toThrow(RangeError);
    expect(() => formatDay(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("refuses a pattern token it does not know, rather than writing something else", () => {
    expect(() => formatWallClock(new Date(0), "UTC", "QQQ")).toThrow(/Unsupported date pattern token "QQQ"/);
  });

  it("names every zone one way: its place and its GMT offset, never an IANA id", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const name = formatZoneName(zone, instant);
        expect(name).not.toContain("_");
        expect(name).not.toContain("/");
        expect(name).toMatch(/^(UTC|GMT([+-]\d{1,2}(:\d{2})?)?|[^()]+ \(GMT([+-]\d{1,2}(:\d{2})?)?\))$/);
      }),
    );
  });

  it("writes New York as a person reads it, with the offset of the day (2026-03-08 DST change)", () => {
    expect(formatZoneName("America/New_York", new Date("2026-03-07T15:00:00Z"))).toBe("New York (GMT-5)");
    expect(formatZoneName("America/New_York", new Date("2026-03-09T15:00:00Z"))).toBe("New York (GMT-4)");
    expect(formatZoneName("America/Argentina/Buenos_Aires", new Date("2026-03-09T15:00:00Z"))).toBe("Buenos Aires (GMT-3)");
    expect(formatZoneName("UTC")).toBe("UTC");
    expect(formatWallClock(new Date("2026-03-02T00:00:00Z"), "America/New_York", TIME_PATTERNS.dayAndTime)).toBe("Sun 1 Mar, 19:00");
  });
});

describe("the plain why behind each rule", () => {
  it("has one plain sentence for every rule R01–R23, with no rule code in it", () => {
    for (let n = 1; n <= 23; n++) {
      const id = `R${String(n).padStart(2, "0")}`;
      expect(RULE_REASONS[id], id).toMatch(/^[A-Z].+\.$/);
      expect(RULE_REASONS[id]).not.toMatch(/\bR\d\d\b/);
    }
  });

  it("explains a task's rules once each, in order, leaving out ids it does not know", () => {
    expect(explainRules(["R01", "R21", "R01", "R99"])).toEqual([RULE_REASONS.R01, RULE_REASONS.R21]);
  });
});
