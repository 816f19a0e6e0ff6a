import { describe, expect, it } from "vitest";
import { formatInZone, formatZoneName } from "./format-in-zone";

describe("formatInZone", () => {
  it("runs in the zone this project asked for", () => {
    // Guards the test setup itself: the unit suite runs once under UTC and once under Auckland.
    const offset = new Date("2026-01-15T00:00:00Z").getTimezoneOffset();
    expect(process.env.TZ === "UTC" ? offset : -offset).toBe(process.env.TZ === "UTC" ? 0 : 13 * 60);
  });

  it("shows New York time on both sides of the 2026-03-08 daylight-saving change, whatever the process zone", () => {
    expect(formatInZone(new Date("2026-03-07T15:00:00Z"), "America/New_York")).toBe("Sat 7 Mar 2026, 10:00 EST");
    expect(formatInZone(new Date("2026-03-09T14:00:00Z"), "America/New_York")).toBe("Mon 9 Mar 2026, 10:00 EDT");
  });

  it("uses the client's zone, not the server's, for the calendar day", () => {
    // 02:30 UTC on the 10th is still the evening of the 9th in New York.
    expect(formatInZone(new Date("2026-03-10T02:30:00Z"), "America/New_York", "yyyy-MM-dd HH:mm")).toBe("2026-03-09 22:30 EDT");
  });
});

describe("formatZoneName", () => {
  it("shows an old local mean time's offset in seconds to the nearest minute, as every other offset (found by the property test)", () => {
    // Monrovia kept GMT-0:44:30 until 1972.
    expect(formatZoneName("Africa/Monrovia", new Date("1970-01-01T00:00:00Z"))).toBe("Monrovia (GMT-0:45)");
    expect(formatZoneName("Africa/Monrovia", new Date("2026-11-26T00:00:00Z"))).toBe("Monrovia (GMT+0)");
    expect(formatZoneName("Asia/Kolkata", new Date("2026-11-26T00:00:00Z"))).toBe("Kolkata (GMT+5:30)");
  });
});
