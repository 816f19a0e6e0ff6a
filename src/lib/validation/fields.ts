import { z } from "zod";
import { isValidTimeZone } from "@/lib/time-zones";
import "@/lib/zod-in-the-browser";

/**
 * The one set of zod field schemas for everything a person or a client program sends.
 * Shared by the server and the browser's forms (react-hook-form), so both refuse the same
 * input with the same words. Anything these let through is safe to hand to PostgreSQL:
 * no NUL bytes, no impossible dates, no instants outside the range it stores.
 */

/** The years a date or a time may fall in: far inside PostgreSQL's range and JavaScript's. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const MIN_INSTANT = new Date(Date.UTC(MIN_YEAR, 0, 1));
export const MAX_INSTANT = new Date(Date.UTC(MAX_YEAR, 11, 31, 23, 59, 59, 999));

const REAL_DATE = "Enter a real date, like 2026-03-14.";
const DATE_RANGE = `Enter a date between ${MIN_YEAR} and ${MAX_YEAR}.`;
const REAL_DATE_TIME = "Enter a real date and time, like 2026-03-14T09:30.";
const TIME_RANGE = `Choose a time between ${MIN_YEAR} and ${MAX_YEAR}.`;
const BAD_ID = "This id is not valid.";
const CONTROL_CHARACTERS = "Remove the invisible control characters (such as NUL) from this text.";

// NUL, the other C0 and C1 controls and DEL; PostgreSQL refuses NUL in text outright.
const ANY_CONTROL = /\p{Cc}/u;
// Multi-line text keeps tab, line feed and carriage return.
const CONTROL_EXCEPT_LAYOUT = /(?![\t\n\r])\p{Cc}/u;
// A surrogate half on its own cannot be encoded as UTF-8.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** True for a calendar day that exists ("2026-02-28"), false for "2026-02-30" or "2026-13-45". */
export function isRealCivilDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, keeps years 0..99 as they are. It rolls 02-30 over to
  // 03-02, so a real date is one that comes back unchanged.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isYearInRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True for a wall-clock time as a datetime-local input gives it ("2026-03-14T09:30"), with a real date. */
export function isRealLocalDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(value);
  return !!match && isRealCivilDate(match[1]!);
}

/** A day in someone's calendar, "YYYY-MM-DD", as an <input type="date"> gives it. */
export const civilDate = z
  .string({ error: REAL_DATE })
  .refine(isRealCivilDate, { error: REAL_DATE, abort: true })
  .refine(isYearInRange, DATE_RANGE);

/** A civil date, or none: "" (an empty date input), null or left out. */
export const optionalCivilDate = z
  .string({ error: REAL_DATE })
  .transform((value) => (value === "" ? null : value))
  .pipe(civilDate.nullable())
  .nullish();

/** Wall-clock time "YYYY-MM-DDTHH:mm" (a datetime-local input), read later in a time zone. */
export const localDateTime = z
  .string({ error: REAL_DATE_TIME })
  .refine(isRealLocalDateTime, { error: REAL_DATE_TIME, abort: true })
  .refine(isYearInRange, TIME_RANGE);

/**
 * A moment in time: a Date (tRPC's superjson sends them) or an ISO 8601 string with its
 * offset. Nothing is coerced, so `null`, numbers and "2026-02-30" are refused, not rolled over.
 */
export function instant(message = REAL_DATE_TIME) {
  return z
    .union([z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))], { error: message })
    .pipe(z.date({ error: message }).min(MIN_INSTANT, TIME_RANGE).max(MAX_INSTANT, TIME_RANGE));
}

/** A database id (cuid-like): letters, digits, "-" and "_", at most 64 characters. */
export const recordId = z.string({ error: BAD_ID }).regex(/^[A-Za-z0-9_-]{1,64}$/, BAD_ID);

/** `{ id }` alone: the input of every "get, delete or mark this one" call. */
export const idInput = z.object({ id: recordId }).strict();

/** A secret from a link (base64url), such as an invitation token. */
export function linkToken(minLength: number, maxLength: number, message: string) {
  return z.string({ error: message }).regex(new RegExp(`^[A-Za-z0-9_-]{${minLength},${maxLength}}$`), message);
}

type TextOptions = {
  /** Longest accepted length, after trimming. */
  max: number;
  /** The message for an empty value; without it, empty text is allowed. */
  required?: string;
  /** Keeps tabs and line breaks (notes, letters, templates). */
  multiline?: boolean;
  /** Trims surrounding whitespace first (default); a template keeps its own layout. */
  trim?: boolean;
};

/** Text a person typed: no control characters (bar layout in multi-line text), within a length. */
export function text({ max, required, multiline = false, trim = true }: TextOptions) {
  let schema = z.string({ error: required ?? "Enter some text." });
  if (trim) schema = schema.trim();
  schema = schema
    .refine((value) => !(multiline ? CONTROL_EXCEPT_LAYOUT : ANY_CONTROL).test(value), CONTROL_CHARACTERS)
    .refine((value) => !LONE_SURROGATE.test(value), CONTROL_CHARACTERS)
    .max(max, `Use at most ${max.toLocaleString("en-US")} characters.`);
  return required ? schema.min(1, required) : schema;
}

/** Optional text where an empty field means "none": "" becomes null. */
export function optionalText(options: Omit<TextOptions, "required">) {
  return text(options)
    .transform((value) => (value === "" ? null : value))
    .nullish();
}

const EMAIL = "Enter a valid email address, like jane@example.com.";

/** An email address, trimmed and lower-cased. */
export const emailAddress = z
  .string({ error: EMAIL })
  .trim()
  .toLowerCase()
  .pipe(z.email(EMAIL).max(254, EMAIL));

/** An optional email address where an empty field means "none". */
export const optionalEmailAddress = z
  .string({ error: EMAIL })
  .trim()
  .transform((value) => (value === "" ? null : value.toLowerCase()))
  .pipe(z.email(EMAIL).max(254, EMAIL).nullable())
  .nullish();

/** An IANA zone the runtime knows. (Here, not in src/lib/time-zones.ts, so pages that only format times ship no zod.) */
export const timeZoneSchema = z.string({ error: "Choose a time zone" }).max(64).refine(isValidTimeZone, "Choose a valid time zone");

/**
 * One page of a list paged by id: the cursor is the last id of the page before. useInfiniteQuery
 * also sends the direction it pages in; these lists only page forward.
 */
export function pageInput(pageSize: number) {
  return z
    .object({
      cursor: recordId.nullish(),
      limit: z.number({ error: "The page size must be a number." }).int().min(1).max(50).default(pageSize),
      direction: z.enum(["forward", "backward"]).optional(),
    })
    .strict();
}
