/*
 * The one home of how times and zones are written, on every page and in every email:
 * day and month in words, 24-hour clock ("19:00", never "07:00 PM"), and a zone written
 * as its place and offset ("New York (GMT-5)"), never as an IANA id ("America/New_York").
 *
 * Written with the runtime's own Intl.DateTimeFormat, one formatter per zone kept for the life of the process,
 * rather than date-fns' `format` on a TZDate: a dashboard writes a few hundred times, and building the zone's
 * formatter on every call was a tenth of the page's server time (a CPU profile under load), while date-fns'
 * formatter and its locale were 5 kB of every page's JavaScript. The patterns keep date-fns' tokens and meaning
 * (format-in-zone.property.test.ts checks every pattern against date-fns for generated instants and zones).
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

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const monthOf = new Map(MONTHS.map((name, index) => [name.slice(0, 3), index]));
const weekdayOf = new Map(WEEKDAYS.map((name, index) => [name.slice(0, 3), index]));

/** The tokens the app's patterns use (date-fns' meaning); anything else in a pattern is a letter-free literal. */
const TOKEN = /yyyy|MMMM|MMM|MM|dd|d|EEEE|EEE|HH|mm|ss|[A-Za-z]+/g;

type WallClock = { year: number; month: number; day: number; weekday: number; hour: string; minute: string; second: string; zone: string | undefined };

const cache = new Map<string, Intl.DateTimeFormat>();
/** "clock" also names the zone ("EST"), so a time with its zone takes one call to ICU, not two. */
function formatterFor(timeZone: string, kind: "clock" | "shortOffset"): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter =
      kind === "clock"
        ? new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "short", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZoneName: "short" })
        : new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: kind });
    cache.set(key, formatter);
  }
  return formatter;
}

/** The wall clock as ICU reads it: one `formatToParts` call, the slow part of writing a time. */
function readWallClockFromIcu(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone, "clock").formatToParts(instant)) parts[part.type] = part.value;
  return {
    zone: parts.timeZoneName,
    year: Number(parts.year),
    month: monthOf.get(parts.month!)!,
    day: Number(parts.day),
    weekday: weekdayOf.get(parts.weekday!)!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The wall clock of a UTC instant shifted by a zone's offset, read with Date's own UTC getters (no ICU). */
function readShiftedClock(localMs: number, zone: string | undefined): WallClock {
  const local = new Date(localMs);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    zone,
    year: local.getUTCFullYear(),
    month: local.getUTCMonth(),
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
    second: pad(local.getUTCSeconds()),
  };
}

const DAY_MS = 86_400_000;
/** A zone's offset and name through one UTC day, or null for a day on which either changes (a DST change, say). */
type DayClock = { offsetMs: number; zone: string | undefined } | null;
const dayClocks = new Map<string, DayClock>();
const DAY_CLOCKS_KEPT = 50_000;

/** The zone's offset at an instant: its wall clock read as if it were UTC, less the instant (to the second, as ICU reads). */
function readOffsetMs(clock: WallClock, instantMs: number): number {
  const wall = new Date(Date.UTC(2000, 0, 1, Number(clock.hour), Number(clock.minute), Number(clock.second)));
  wall.setUTCFullYear(clock.year, clock.month, clock.day);
  return wall.getTime() - Math.floor(instantMs / 1000) * 1000;
}

/**
 * ICU at the first and last second of a UTC day: when offset and name agree, they hold for the whole day. This assumes
 * no day has two changes that cancel out (A, B, then A again): the time-zone database has none since 1970.
 */
function readDayClock(day: number, timeZone: string): DayClock {
  const first = day * DAY_MS;
  const last = first + DAY_MS - 1000;
  const start = readWallClockFromIcu(new Date(first), timeZone);
  const end = readWallClockFromIcu(new Date(last), timeZone);
  const offsetMs = readOffsetMs(start, first);
  return offsetMs === readOffsetMs(end, last) && start.zone === end.zone ? { offsetMs, zone: start.zone } : null;
}

/**
 * The instant's wall clock in the zone. A dashboard writes a few hundred times, each an ICU call of its own was a
 * twentieth of the page's server time (a CPU profile under load): instead, ICU is asked for a zone's offset and name once
 * per UTC day (kept for the life of the process), and every instant of that day is shifted by it. A day on which the
 * offset or name changes is read instant by instant, as before. UTC has no offset to read.
 * format-in-zone.property.test.ts checks this against ICU for any instant and zone, and minute by minute across changes.
 */
function readWallClock(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  // An invalid date is refused as ICU refuses it, in every zone (UTC's shortcut would write "NaN").
  if (Number.isNaN(ms)) throw new RangeError("Invalid time value");
  if (timeZone === "UTC") return readShiftedClock(ms, "UTC");
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone} ${day}`;
  let clock = dayClocks.get(key);
  if (clock === undefined) {
    if (dayClocks.size >= DAY_CLOCKS_KEPT) dayClocks.clear();
    clock = readDayClock(day, timeZone);
    dayClocks.set(key, clock);
  }
  return clock ? readShiftedClock(ms + clock.offsetMs, clock.zone) : readWallClockFromIcu(instant, timeZone);
}

function writePattern(clock: WallClock, pattern: string): string {
  return pattern.replace(TOKEN, (token) => {
    switch (token) {
      case "yyyy": return String(clock.year).padStart(4, "0");
      case "MMMM": return MONTHS[clock.month]!;
      case "MMM": return MONTHS[clock.month]!.slice(0, 3);
      case "MM": return String(clock.month + 1).padStart(2, "0");
      case "dd": return String(clock.day).padStart(2, "0");
      case "d": return String(clock.day);
      case "EEEE": return WEEKDAYS[clock.weekday]!;
      case "EEE": return WEEKDAYS[clock.weekday]!.slice(0, 3);
      case "HH": return clock.hour;
      case "mm": return clock.minute;
      case "ss": return clock.second;
      default: throw new Error(`Unsupported date pattern token "${token}" in "${pattern}"`);
    }
  });
}

/**
 * Formats an instant in the given IANA zone, whatever zone the process runs in,
 * e.g. "Tue 3 Mar 2026, 10:00 EST". The same on the server and in the browser.
 */
export function formatInZone(instant: Date, timeZone: string, pattern: string = TIME_PATTERNS.full): string {
  const clock = readWallClock(instant, timeZone);
  return `${writePattern(clock, pattern)} ${clock.zone ?? timeZone}`;
}

/** The instant's wall-clock time in the zone, without the zone's name, e.g. "Tue 3 Mar, 10:00". */
export function formatWallClock(instant: Date, timeZone: string, pattern: string = TIME_PATTERNS.dayAndTime): string {
  return writePattern(readWallClock(instant, timeZone), pattern);
}

function readZonePart(instant: Date, timeZone: string, timeZoneName: "shortOffset"): string | undefined {
  return formatterFor(timeZone, timeZoneName).formatToParts(instant).find((p) => p.type === "timeZoneName")?.value;
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
  return formatWallClock(day, "UTC", pattern);
}
