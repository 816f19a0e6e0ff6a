import "server-only";
import { z } from "zod";
import { recordId } from "@/lib/validation/fields";
import { BadInputError } from "@/server/errors";

/**
 * Keyset ("cursor") paging for the app's lists: a page is the rows after the last row of the previous one in a
 * fixed order that ends with the id, so ties keep one order and no row is skipped or shown twice, however many
 * rows come before. The cursor is that last row's sort values and id, base64url JSON: opaque to the browser,
 * checked when it comes back (a bad one is a 400), and only ever compared within the list's own scope.
 */

/** The `cursor` and `limit` every paged list's input has (useInfiniteQuery also sends its direction). */
export function pageInput(pageSize: number, maxPageSize = 50) {
  return {
    cursor: z.string({ error: "This page link is not valid." }).max(1000, "This page link is not valid.").nullish(),
    limit: z.number({ error: "The page size must be a number." }).int().min(1).max(maxPageSize).default(pageSize),
    direction: z.enum(["forward", "backward"]).optional(),
  };
}

type Value = string | number | Date;
/** One sort field: its name, direction, and its type when not text (a timestamp travels as ISO text, an integer as digits). */
export type KeysetField = { field: string; direction: "asc" | "desc"; type?: "date" | "int" };

const BAD_CURSOR = "This page is out of date: start again from the first page.";

export function encodeCursor(values: Value[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : String(v))))).toString("base64url");
}

/** The cursor's values for `fields` then the id, or a 400 if it is not one this list wrote. */
export function decodeCursor(cursor: string, fields: KeysetField[]): Value[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new BadInputError(BAD_CURSOR);
  }
  if (!Array.isArray(parsed) || parsed.length !== fields.length + 1 || !parsed.every((v) => typeof v === "string")) throw new BadInputError(BAD_CURSOR);
  const values = parsed as string[];
  // PostgreSQL refuses NUL in text: such a value would be a 500, not a 400.
  if (!recordId.safeParse(values.at(-1)).success || values.some((v) => v.includes("\u0000"))) throw new BadInputError(BAD_CURSOR);
  return values.map((value, i) => {
    const type = fields[i]?.type;
    if (type === "int") {
      // Within PostgreSQL's integer.
      if (!/^\d{1,9}$/.test(value)) throw new BadInputError(BAD_CURSOR);
      return Number(value);
    }
    if (type !== "date") return value;
    const date = new Date(value);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) throw new BadInputError(BAD_CURSOR);
    return date;
  });
}

/**
 * The Prisma `where` for "after this cursor" in the order of `fields` then id (same direction as the last field),
 * and the `orderBy` that goes with it. Fields must not be null (keyset comparisons never meet NULL).
 */
export function keyset(fields: KeysetField[], cursor: string | null | undefined) {
  const idDirection = fields.at(-1)?.direction ?? "asc";
  const all: KeysetField[] = [...fields, { field: "id", direction: idDirection }];
  const orderBy = all.map((f) => ({ [f.field]: f.direction }));
  if (!cursor) return { where: {}, orderBy };
  const values = decodeCursor(cursor, fields);
  // (a, b, id) > (x, y, z)  ==  a > x OR (a = x AND b > y) OR (a = x AND b = y AND id > z)
  const where = {
    OR: all.map((f, i) => ({
      ...Object.fromEntries(all.slice(0, i).map((earlier, j) => [earlier.field, values[j]])),
      [f.field]: { [f.direction === "asc" ? "gt" : "lt"]: values[i] },
    })),
  };
  return { where, orderBy };
}

/** The page (at most `limit` rows of the `limit + 1` read) and the cursor after it, or null on the last page. */
export function toPage<T extends { id: string }>(rows: T[], limit: number, sortValues: (row: T) => Value[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([...sortValues(last), last.id]) : null };
}
