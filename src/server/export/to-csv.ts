import "server-only";
import { stringify } from "csv-stringify/sync";

/** A cell a spreadsheet would take as a formula (OWASP "CSV injection"): =, +, -, @, tab, carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe, which spreadsheets show as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | Date | null | undefined | string[];

function toCellText(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return neutraliseFormula(value.join("; "));
  if (typeof value === "string") return neutraliseFormula(value);
  return String(value);
}

/**
 * One table as CSV (RFC 4180, with a header row): csv-stringify quotes commas, quotes and line
 * breaks; dates are ISO instants in UTC; text that would start a formula is neutralised.
 */
export function toCsv<Row extends Record<string, CsvCell>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  const cells = rows.map((row) => Object.fromEntries(columns.map((column) => [column, toCellText(row[column])])));
  return stringify(cells, { header: true, columns: [...columns] });
}
