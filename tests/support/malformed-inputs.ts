import fc from "fast-check";
import { z } from "zod";

/**
 * fast-check arbitraries driven by a zod schema (through its JSON Schema, input side):
 * a plausible value of the schema's shape, and values that break it in one way each.
 * Whether a value is really malformed is decided by the schema itself (see isMalformed).
 */

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
};

export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** Ids to use for id fields: real ones of the seeded world, so a malformed field sits beside a real record. */
export type IdPool = (fieldName: string) => string[];

/** A cuid-like id that names nothing. */
export const unknownId = fc.stringMatching(/^c[a-z0-9]{24}$/);

const ID_PATTERN = "^[A-Za-z0-9_-]{1,64}$";

// Date-ish field names whose JSON Schema is only "string": their zod checks are refinements.
const CIVIL_DATE_FIELDS = new Set(["timelineDate", "callOn", "dueOn", "date"]);
const LOCAL_TIME_FIELDS = new Set(["startsAtLocal", "localTime"]);

function mergeAllOf(schema: JsonSchema): JsonSchema {
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map(mergeAllOf);
  return {
    type: "object",
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: parts.flatMap((p) => p.required ?? []),
  };
}

function isDateTimeUnion(schema: JsonSchema): boolean {
  return !!schema.anyOf?.some((option) => option.format === "date-time");
}

/** A value of the schema's shape, as a well-behaved client would send it. */
export function plausible(schema: JsonSchema, name: string, ids: IdPool): fc.Arbitrary<unknown> {
  const s = mergeAllOf(schema);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  if (isDateTimeUnion(s)) return fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true });
  const options = s.anyOf ?? s.oneOf;
  if (options) {
    const usable = options.filter((option) => option.type !== "null");
    return fc.oneof(...usable.map((option) => plausible(option, name, ids)));
  }
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "object": {
      const required = new Set(s.required ?? []);
      const fields = Object.fromEntries(Object.entries(s.properties ?? {}).map(([key, value]) => [key, plausible(value, key, ids)]));
      return fc.record(fields, { requiredKeys: [...required].filter((key) => key in fields) });
    }
    case "array":
      return fc.array(plausible(s.items ?? {}, name, ids), { minLength: 1, maxLength: 2 });
    case "integer":
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 100 });
    case "number":
      return fc.double({ min: Math.max(s.minimum ?? 0, 0.01), max: s.maximum ?? 100, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "string":
      return plausibleString(s, name, ids);
    default:
      return fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true });
  }
}

function plausibleString(s: JsonSchema, name: string, ids: IdPool): fc.Arbitrary<string> {
  if (s.pattern === ID_PATTERN) {
    const real = ids(name);
    return real.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: unknownId }) : unknownId;
  }
  if (s.pattern?.includes("[01]\\d|2[0-3]")) return fc.constantFrom("19:00", "08:30");
  if (CIVIL_DATE_FIELDS.has(name)) return fc.constantFrom("2026-12-03", "2027-01-15");
  if (LOCAL_TIME_FIELDS.has(name)) return fc.constantFrom("2026-12-01T10:00", "2027-02-14T16:30");
  if (name === "timeZone") return fc.constantFrom("Europe/London", "America/New_York");
  if (name === "token") return fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);
  if (name === "currency") return fc.constant("USD");
  if (/email/i.test(name)) return fc.constantFrom("ana.lee@example.com", "jane.doe@example.com");
  return fc.constantFrom("Acme", "Thank you for your time today.", "Ana Lee", "Hello {{ recipient.firstName }}");
}

/** Every field of an object schema (nested objects and the first item of arrays), with its path. */
export function listFields(schema: JsonSchema, path: (string | number)[] = []): { path: (string | number)[]; name: string; schema: JsonSchema }[] {
  const s = mergeAllOf(schema);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  if (type === "object" && s.properties) {
    return Object.entries(s.properties).flatMap(([key, value]) => [{ path: [...path, key], name: key, schema: value }, ...listFields(value, [...path, key])]);
  }
  if (type === "array" && s.items) return listFields(s.items, [...path, 0]);
  return [];
}

const CONTROL_CHARACTERS = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u001b", "\u007f", "\u0085", "\u009f"];
const IMPOSSIBLE_DATES = ["2026-13-45", "2026-99-99", "2026-02-30", "2026-02-29", "2026-00-00", "2026-04-31", "0000-00-00", "99999-01-01", "2026-1-1", "2026/03/14"];
const IMPOSSIBLE_LOCAL_TIMES = ["2026-02-30T25:61", "2026-02-30T10:00", "2026-02-28T24:00", "2026-02-28T23:60", "2026-13-01T10:00", "2026-02-28T10:00:00", "2026-02-28 10:00"];
const OUT_OF_RANGE_INSTANTS: unknown[] = [
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "0001-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "1899-12-31T23:59:59Z",
  "2026-02-30T10:00:00Z",
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
  new Date(Date.UTC(1, 0, 1)),
  new Date(Date.UTC(9999, 0, 1)),
  new Date(Date.UTC(1899, 11, 31)),
];
const BAD_NUMBERS: unknown[] = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.5, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, 1.5, "1", "NaN", BigInt(7)];
const WRONG_TYPES: unknown[] = [null, 0, -1, true, false, "", "x", [], [null], {}, { nested: { deeper: [1, "two", null] } }, new Date(Number.NaN), new Map([["a", 1]]), new Set([1]), BigInt(1), Number.NaN];

function insertAt(base: string, index: number, inserted: string): string {
  const at = Math.min(index, base.length);
  return base.slice(0, at) + inserted + base.slice(at);
}

function fieldType(s: JsonSchema): string | undefined {
  if (s.enum) return "enum";
  if (isDateTimeUnion(s)) return "instant";
  const options = s.anyOf ?? s.oneOf;
  const type = options ? options.map((o) => (Array.isArray(o.type) ? o.type[0] : o.type)).find((t) => t && t !== "null") : s.type;
  return Array.isArray(type) ? type.find((t) => t !== "null") : type;
}

/**
 * Values that break one field, weighted towards what the field is: control characters, lengths
 * and impossible dates in strings, out-of-range moments in times, NaN-like numbers in numbers;
 * and wrong types and nested garbage anywhere.
 */
export function brokenField(schema: JsonSchema, name: string, ids: IdPool): fc.Arbitrary<unknown> {
  const s = mergeAllOf(schema);
  const base = plausible(s, name, ids);
  const max = s.maxLength ?? s.anyOf?.find((o) => o.maxLength)?.maxLength ?? 200;
  const asText = base.map((value) => (typeof value === "string" ? value : "Acme"));
  // NUL most often: it is the one PostgreSQL refuses outright.
  const control = fc.oneof({ weight: 3, arbitrary: fc.constant("\u0000") }, { weight: 2, arbitrary: fc.constantFrom(...CONTROL_CHARACTERS) });
  const controls = fc.tuple(asText, control, fc.nat(60)).map(([text, control, index]) => insertAt(text, index, control));
  const loneSurrogate = fc.tuple(asText, fc.nat(60)).map(([text, index]) => insertAt(text, index, "\ud800"));
  const overLong = fc.oneof(fc.integer({ min: max + 1, max: max * 3 + 10 }).map((length) => "x".repeat(length)), fc.constant("y".repeat(200_000)));
  const impossibleDates = fc.constantFrom(...IMPOSSIBLE_DATES, ...IMPOSSIBLE_LOCAL_TIMES);
  const oddStrings = fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
    fc.constantFrom(" ", "\t", "\n", "../../etc/passwd", "'; DROP TABLE \"User\"; --", "{{ 7 * 7 }}", "%00", "\\u0000"),
  );
  const wrongTypes = fc.constantFrom(...WRONG_TYPES);
  switch (fieldType(s)) {
    case "string":
      return fc.oneof(
        { weight: 4, arbitrary: controls },
        { weight: CIVIL_DATE_FIELDS.has(name) || LOCAL_TIME_FIELDS.has(name) ? 4 : 1, arbitrary: impossibleDates },
        { weight: 2, arbitrary: overLong },
        { weight: 1, arbitrary: loneSurrogate },
        { weight: 1, arbitrary: oddStrings },
        { weight: 1, arbitrary: wrongTypes },
        { weight: 1, arbitrary: nestedGarbage },
      );
    case "instant":
      return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...OUT_OF_RANGE_INSTANTS) }, { weight: 1, arbitrary: impossibleDates }, { weight: 1, arbitrary: wrongTypes });
    case "integer":
    case "number":
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...BAD_NUMBERS) }, { weight: 1, arbitrary: fc.double() }, { weight: 1, arbitrary: wrongTypes });
    case "enum":
      return fc.oneof(
        base.map((value) => (typeof value === "string" ? value.toLowerCase() : value)),
        fc.constantFrom("", "OWNER", "ADMIN", "\u0000", "FIRST_ROUND\u0000"),
        wrongTypes,
      );
    case "array":
      return fc.oneof(
        fc.array(fc.constantFrom(...WRONG_TYPES), { minLength: 1, maxLength: 3 }),
        plausible(s.items ?? {}, name, ids).map((item) => Array.from({ length: (s.maxItems ?? 100) + 1 }, () => item)),
        wrongTypes,
        nestedGarbage,
      );
    default:
      return fc.oneof(wrongTypes, fc.constantFrom(...OUT_OF_RANGE_INSTANTS), controls, nestedGarbage);
  }
}

/** Deeply nested arrays and objects, and what fast-check's anything() makes of keys and values. */
const nestedGarbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 50, max: 400 }).map((depth) => {
    let value: unknown = "bottom";
    for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
    return value;
  }),
  fc.anything({ maxDepth: 4, withDate: true, withMap: true, withSet: true, withBigInt: true }),
);

function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (typeof head === "number") {
    const list = Array.isArray(value) && value.length > 0 ? [...value] : [{}];
    list[0] = setAt(list[0], rest, replacement);
    return list;
  }
  const object = value !== null && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  object[head!] = setAt(object[head!], rest, replacement);
  return object;
}

function deleteAt(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}

/**
 * Inputs that break the schema: a wrong type for the whole input, an extra or a missing key,
 * one field broken in a plausible input, or garbage anywhere. Some may happen to be valid;
 * the caller keeps only those the schema refuses.
 */
export function malformedInput(schema: JsonSchema, ids: IdPool): fc.Arbitrary<unknown> {
  const s = mergeAllOf(schema);
  const base = plausible(s, "input", ids);
  const fields = listFields(s);
  const required = s.required ?? [];
  const arbitraries: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(...WRONG_TYPES, undefined, "input", 42),
    fc.tuple(base, fc.constantFrom("extra", "__proto__", "constructor", "isAdmin", "role", "practiceId", "clientId"), fc.constantFrom<unknown>(1, "x", null, { role: "OWNER" })).map(
      ([value, key, extra]) => (value !== null && typeof value === "object" ? { ...value, [key]: extra } : value),
    ),
    nestedGarbage,
  ];
  const weighted: fc.WeightedArbitrary<unknown>[] = arbitraries.map((arbitrary) => ({ weight: 1, arbitrary }));
  if (fields.length > 0) {
    // Mostly: a plausible input with one field broken, the case a lax schema lets through to the database.
    const oneFieldBroken = fc.tuple(base, fc.constantFrom(...fields)).chain(([value, f]) => brokenField(f.schema, f.name, ids).map((broken) => setAt(value, f.path, broken)));
    weighted.push({ weight: 12, arbitrary: oneFieldBroken });
  }
  if (required.length > 0) weighted.push({ weight: 1, arbitrary: fc.tuple(base, fc.constantFrom(...required)).map(([value, key]) => deleteAt(value, key)) });
  return fc.oneof(...weighted);
}
