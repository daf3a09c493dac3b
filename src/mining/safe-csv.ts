/**
 * CSV for spreadsheets, safe to open. Stand-in until the shared CSV writer in src/io lands
 * (being written on the `outputs` branch): switch the calls below to it then — it makes the
 * same promises:
 * - a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with
 *   `'` so a spreadsheet shows it instead of running it (OWASP, CSV injection);
 * - numbers are rounded (to 4 decimals) and written as numbers, never neutralised;
 * - fields are quoted where needed (papaparse), rows end with `\n`, and so does the file.
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null;

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: Cell): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : '';
  if (typeof value === 'boolean') return value;
  return FORMULA.test(value) ? `'${value}` : value;
}

/** A CSV text with a header row; cells neutralised and numbers rounded. */
export function toSafeCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return Papa.unparse({ fields: columns.map((c) => String(cell(c))), data: rows.map((r) => r.map(cell)) }, { newline: '\n' }) + '\n';
}
