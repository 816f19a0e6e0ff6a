import { TZDate } from "@date-fns/tz";
import { formatWallClock } from "./format-in-zone";

/**
 * Calendar arithmetic on civil dates ("2026-03-08"), independent of the zone the process
 * runs in: all of it is done on UTC midnights. Zones only enter when a civil date and a
 * wall-clock time become an instant (atLocalTime) or back (toCivilDate).
 */
export type CivilDate = string;

const DAY_MS = 86_400_000;

// These two run in every loop over days, so they read and write the fixed "YYYY-MM-DD" shape directly.
function toUtcMidnight(date: CivilDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMidnight(ms: number): CivilDate {
  const day = new Date(ms);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: CivilDate): number {
  const day = new Date(toUtcMidnight(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function mondayOfWeek(date: CivilDate): CivilDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Working days skip weekends and the practice's holidays. */
export function isWorkingDay(date: CivilDate, holidays: ReadonlySet<CivilDate>): boolean {
  return isoWeekday(date) <= 5 && !holidays.has(date);
}

/** The n-th working day after (n > 0) or before (n < 0) `date`; n = 0 gives `date` itself. */
export function addWorkingDays(date: CivilDate, n: number, holidays: ReadonlySet<CivilDate>): CivilDate {
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, holidays)) left -= 1;
  }
  return current;
}

/** Working days strictly after `from`, up to and including `to`. */
export function workingDaysBetween(from: CivilDate, to: CivilDate, holidays: ReadonlySet<CivilDate>): number {
  let count = 0;
  for (let d = addDays(from, 1); daysBetween(d, to) >= 0; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count += 1;
  return count;
}

/**
 * The civil date of an instant in a zone. Read with format-in-zone's wall clock (the zone's offset kept per day), not a
 * TZDate per call: the dashboard sorts each task into its day this way, and TZDate was most of that.
 */
export function toCivilDate(instant: Date, timeZone: string): CivilDate {
  return formatWallClock(instant, timeZone, "yyyy-MM-dd");
}

/** The instant of a wall-clock time ("19:00") on a civil date in a zone, DST included. */
export function atLocalTime(date: CivilDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, timeZone).getTime());
}

/** A PostgreSQL `date` column arrives as UTC midnight; this is its civil date. */
export function fromDbDate(date: Date): CivilDate {
  return date.toISOString().slice(0, 10);
}

/** The value to store a civil date in a `date` column. */
export function toDbDate(date: CivilDate): Date {
  return new Date(`${date}T00:00:00Z`);
}
