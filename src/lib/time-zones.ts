import { TZDate } from "@date-fns/tz";
import { formatZoneName } from "./format-in-zone";

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows (IANA names), with UTC, for a person's own time zone. */
export function listTimeZones(): string[] {
  return [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])].sort();
}

/** A zone offered in a form: its id, and its name as people read it at `at` ("New York (GMT-5)"). */
export type TimeZoneOption = { id: string; label: string };

/**
 * The zones with their names, written once on the server for the page. Written again in the browser they could
 * differ: the browser's time-zone data is not the server's (Chromium's named Casablanca GMT+0 where Node said
 * GMT+1), and React then threw the server's form away and rebuilt it.
 */
export function listTimeZoneOptions(at: Date): TimeZoneOption[] {
  return listTimeZones().map((id) => ({ id, label: formatZoneName(id, at) }));
}

/** "2026-03-08T10:00" read as wall-clock time in `timeZone`, as an instant. */
export function parseLocalDateTime(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timeZone).getTime());
}

/** The instant as "yyyy-MM-ddTHH:mm" wall-clock time in `timeZone`, for a datetime-local input. */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** Zones offered in forms: the common ones, plus whatever the person already uses. */
export const COMMON_TIME_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Toronto",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "Africa/Johannesburg",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
  "UTC",
] as const;
