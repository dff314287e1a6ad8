/**
 * The one CSV writer of the site (`/data/*.csv` and `/charts/*.csv`). A spreadsheet runs a
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so, as
 * OWASP recommends for CSV injection, such a text cell is written with a leading single quote
 * (`'=1+1`). Numbers stay numbers: a number, or a text cell that is only a number (`-12`,
 * `+3.5`), cannot hold a formula and is written unchanged.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*(?:\.\d+)?$/;

/** A text cell as it is safe to write: formulas neutralised, everything else unchanged. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

type Cell = string | number | boolean | null | undefined;

const cast = {
  string: (s: string) => neutraliseCell(s),
  boolean: (b: boolean) => (b ? 'true' : 'false'),
};

/** Rows of cells (the first row the header), as CSV. */
export function csvFromRows(rows: Cell[][]): string {
  return stringify(rows, { cast, bom: false });
}

/** Records as CSV with a header row of `columns`. */
export function csvFromRecords(records: Record<string, Cell>[], columns: string[]): string {
  return stringify(records, { header: true, columns, cast, bom: false });
}
