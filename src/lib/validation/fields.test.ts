import { describe, expect, it } from "vitest";
import { civilDate, instant, localDateTime, optionalCivilDate, recordId, text } from "./fields";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message).join(" ");

describe("civil dates", () => {
  it("takes real days only, leap years included, and never rolls over", () => {
    expect(civilDate.safeParse("2028-02-29").success).toBe(true);
    for (const bad of ["2026-02-29", "2026-02-30", "2026-13-45", "2026-99-99", "2026-00-10", "2026-4-1", "20260401", " 2026-04-01"]) {
      expect(messageOf(civilDate.safeParse(bad)), bad).toBe("Enter a real date, like 2026-03-14.");
    }
  });

  it("stays within 1900..2200", () => {
    expect(messageOf(civilDate.safeParse("1899-12-31"))).toBe("Enter a date between 1900 and 2200.");
    expect(messageOf(civilDate.safeParse("0000-01-01"))).toBe("Enter a date between 1900 and 2200.");
    expect(civilDate.safeParse("2200-12-31").success).toBe(true);
  });

  it("reads an empty date input as none", () => {
    expect(optionalCivilDate.parse("")).toBeNull();
    expect(optionalCivilDate.parse(undefined)).toBeUndefined();
    expect(optionalCivilDate.safeParse("2026-02-30").success).toBe(false);
  });
});

describe("local date-times", () => {
  it("takes YYYY-MM-DDTHH:mm with a real date and time", () => {
    expect(localDateTime.parse("2026-03-08T02:30")).toBe("2026-03-08T02:30");
    for (const bad of ["2026-02-30T25:61", "2026-02-30T10:00", "2026-02-28T24:00", "2026-02-28T23:60", "2026-02-28T23:59Z", "2026-02-28T23:59:00"]) {
      expect(messageOf(localDateTime.safeParse(bad)), bad).toBe("Enter a real date and time, like 2026-03-14T09:30.");
    }
  });
});

describe("instants", () => {
  const when = instant("Choose a time");

  it("takes a Date or an ISO string with its offset", () => {
    expect(when.parse(new Date("2026-03-08T10:00:00Z")).toISOString()).toBe("2026-03-08T10:00:00.000Z");
    expect(when.parse("2026-03-08T10:00:00+01:00").toISOString()).toBe("2026-03-08T09:00:00.000Z");
  });

  it("refuses Invalid Date, loose values and impossible dates instead of coercing them", () => {
    for (const bad of [new Date("nope"), null, 0, true, "2026-02-30T10:00:00Z", "2026-03-08", "yesterday"]) {
      expect(messageOf(when.safeParse(bad)), String(bad)).toBe("Choose a time");
    }
  });

  it("refuses moments outside 1900..2200, far inside PostgreSQL's range", () => {
    expect(messageOf(when.safeParse(new Date(Date.UTC(1899, 11, 31))))).toBe("Choose a time between 1900 and 2200.");
    expect(messageOf(when.safeParse(new Date(8.64e15)))).toBe("Choose a time between 1900 and 2200.");
    expect(messageOf(when.safeParse("+275760-09-13T00:00:00Z"))).toBe("Choose a time");
  });
});

describe("ids", () => {
  it("takes cuid-like ids and refuses control characters, spaces and long strings", () => {
    expect(recordId.safeParse("cmabc123def456ghi789jkl0").success).toBe(true);
    for (const bad of ["", "a\u0000b", "a b", "x".repeat(65), "../etc", 42]) expect(messageOf(recordId.safeParse(bad))).toBe("This id is not valid.");
  });
});

describe("text", () => {
  const line = text({ max: 10, required: "Enter the company" });
  const paragraph = text({ max: 50, multiline: true });

  it("trims, requires and bounds single-line text", () => {
    expect(line.parse("  Acme  ")).toBe("Acme");
    expect(messageOf(line.safeParse("   "))).toBe("Enter the company");
    expect(messageOf(line.safeParse("x".repeat(11)))).toBe("Use at most 10 characters.");
  });

  it("refuses NUL and other control characters, keeping tabs and line breaks in multi-line text", () => {
    const control = "Remove the invisible control characters (such as NUL) from this text.";
    for (const bad of ["Ac\u0000me", "Ac\u0007me", "Ac\u001bme", "Ac\u007fme", "Ac\u0085me", "a\tb", "a\nb"]) expect(messageOf(line.safeParse(bad)), JSON.stringify(bad)).toBe(control);
    expect(paragraph.parse("Dear Ana,\n\n\tThank you.\r\n")).toBe("Dear Ana,\n\n\tThank you.");
    expect(messageOf(paragraph.safeParse("Dear\u0000Ana"))).toBe(control);
    expect(messageOf(paragraph.safeParse("lone \ud800 half"))).toBe(control);
    expect(paragraph.parse("emoji 👋 fine")).toBe("emoji 👋 fine");
  });
});
