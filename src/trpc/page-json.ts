/**
 * The server's prefetched queries travel to the browser as one JSON string (HydrateJson), with their dates
 * tagged, instead of superjson's value-by-value walk and React's flight encoding of the object tree (issue 14,
 * docs/PERFORMANCE.md). Tagging is a plain walk before JSON.stringify and after JSON.parse: a replacer or reviver
 * function, called by the JSON engine for every value, cost twice as much.
 *
 * Only plain objects, lists, strings, finite numbers, booleans, null, valid dates and `undefined` are written
 * this way. Anything else (a Map, a Set, a bigint, an invalid date, an infinite number, a class instance) makes
 * `writePageJson` answer null, and the caller sends the object through React's flight protocol instead, which
 * carries those types itself.
 */

/** The tags of a date and of `undefined` in a list (an infinite query's first page parameter); no procedure's data has a key beginning with a NUL character. */
const DATE = "\u0000date";
const UNDEFINED = "\u0000undefined";

class NotPlainJson extends Error {}

function tag(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new NotPlainJson();
    return value;
  }
  if (value === undefined) return { [UNDEFINED]: 1 };
  if (typeof value !== "object") throw new NotPlainJson();
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new NotPlainJson();
    return { [DATE]: time };
  }
  if (Array.isArray(value)) return value.map(tag);
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new NotPlainJson();
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    // A field left undefined is absent, as after any JSON answer.
    if (field === undefined) continue;
    // A field named "__proto__" is copied as a field (an assignment would set the copy's prototype). Not
    // Object.create(null) for every copy: V8 keeps such objects as slow dictionaries.
    if (key === "__proto__") Object.defineProperty(copy, key, { value: tag(field), enumerable: true, writable: true, configurable: true });
    else copy[key] = tag(field);
  }
  return copy;
}

/** The value as JSON with its dates tagged, or null when it holds something JSON cannot say. */
export function writePageJson(value: unknown): string | null {
  try {
    return JSON.stringify(tag(value));
  } catch (error) {
    if (error instanceof NotPlainJson) return null;
    throw error;
  }
}

function untag(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = untag(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  if (DATE in record) return new Date(record[DATE] as number);
  if (UNDEFINED in record) return undefined;
  for (const key of Object.keys(record)) record[key] = untag(record[key]);
  return record;
}

/** What writePageJson wrote, dates and all. */
export function readPageJson<T>(json: string): T {
  return untag(JSON.parse(json)) as T;
}
