import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/*
 * The one home of how times and zones are written, on every page and in every email:
 * day and month in words, 24-hour clock ("19:00", never "07:00 PM"), and a zone written
 * as its place and offset ("New York (GMT-5)"), never as an IANA id ("America/New_York").
 */

/** The date-fns patterns the app uses, so every page says a time the same way. */
export const TIME_PATTERNS = {
  /** "Tue 3 Mar 2026, 10:00" */
  full: "EEE d MMM yyyy, HH:mm",
  /** "Tue 3 Mar, 10:00" */
  dayAndTime: "EEE d MMM, HH:mm",
  /** "3 Mar, 10:00" */
  short: "d MMM, HH:mm",
  /** "10:00" */
  time: "HH:mm",
} as const;

/**
 * Formats an instant in the given IANA zone, whatever zone the process runs in,
 * e.g. "Tue 3 Mar 2026, 10:00 EST". The same on the server and in the browser.
 */
export function formatInZone(instant: Date, timeZone: string, pattern: string = TIME_PATTERNS.full): string {
  return `${formatWallClock(instant, timeZone, pattern)} ${getZoneAbbreviation(instant, timeZone)}`;
}

/** The instant's wall-clock time in the zone, without the zone's name, e.g. "Tue 3 Mar, 10:00". */
export function formatWallClock(instant: Date, timeZone: string, pattern: string = TIME_PATTERNS.dayAndTime): string {
  return format(new TZDate(instant.getTime(), timeZone), pattern);
}

function getZoneAbbreviation(instant: Date, timeZone: string): string {
  return readZonePart(instant, timeZone, "short") ?? timeZone;
}

function readZonePart(instant: Date, timeZone: string, timeZoneName: "short" | "shortOffset"): string | undefined {
  return new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName }).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
}

/**
 * A zone as people read it: its city and its offset at `at`, e.g. "New York (GMT-5)",
 * "Buenos Aires (GMT-3)", "UTC". Offsets change with the clocks, so `at` matters.
 */
export function formatZoneName(timeZone: string, at: Date = new Date()): string {
  const offset = roundOffsetToMinutes(readZonePart(at, timeZone, "shortOffset") ?? "GMT");
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  // "Etc/GMT+5" is a bare offset (with the sign reversed): its offset alone says it.
  if (timeZone.startsWith("Etc/") || !timeZone.includes("/")) return offset;
  const city = timeZone.slice(timeZone.lastIndexOf("/") + 1).replace(/_/g, " ");
  return `${city} (${offset})`;
}

/**
 * Old local mean times had offsets in seconds (Monrovia until 1972: "GMT-0:44:30"); they are shown to the nearest
 * minute, like every other offset ("GMT-0:45").
 */
function roundOffsetToMinutes(offset: string): string {
  const parts = /^GMT([+-])(\d{1,2}):(\d{2}):(\d{2})$/.exec(offset);
  if (!parts) return offset;
  const [, sign, hours, minutes, seconds] = parts;
  const total = Math.round((Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) / 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (total === 0) return "GMT+0"; // as Intl writes a zero offset
  return m === 0 ? `GMT${sign}${h}` : `GMT${sign}${h}:${String(m).padStart(2, "0")}`;
}

/** A calendar day stored as a date column (UTC midnight), e.g. "Mon 16 Mar". */
export function formatDay(day: Date, pattern = "EEE d MMM"): string {
  return format(new TZDate(day.getTime(), "UTC"), pattern);
}
