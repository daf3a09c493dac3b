/**
 * The one CSV writer for files people open in a spreadsheet (results, mining tables, …).
 * Pure: text in memory, no files, no DOM.
 *
 *   writeCsv(['customer_id', 'cost'], [['=HYPERLINK("x")', -2.5]])
 *   → '\uFEFFcustomer_id,cost\r\n"\'=HYPERLINK(""x"")",-2.5\r\n'
 *
 * - Text that a spreadsheet would run as a formula — a cell starting with `=`, `+`, `-`, `@`,
 *   tab or carriage return (OWASP "CSV Injection") — is written with a leading `'`, so Excel,
 *   LibreOffice and Google Sheets show it as text. That holds for every line of the cell:
 *   papaparse's own `escapeFormulae: true` misses a multi-line cell (its pattern is `^…\.*$`
 *   without the `s` flag), so the pattern here has no tail.
 * - Numbers are written as numbers (`-2.5` stays a number; only text is neutralised);
 *   a number that is not finite (NaN, ±Infinity) is an empty cell, as are null and undefined.
 * - RFC 4180: CRLF between rows and after the last one; a cell holding a comma, a quote, CR
 *   or LF is quoted, its quotes doubled.
 * - A UTF-8 byte-order mark first, so Excel on Windows reads accented names as UTF-8
 *   (LibreOffice, Numbers, Google Sheets, Python's `utf-8-sig` and papaparse all skip it).
 *
 * A CSV meant to be read back by this app (an interaction log, see io/log-csv.ts) is a
 * different thing: it must round-trip its ids exactly, so it does not go through here.
 */
import Papa from 'papaparse';

/** What a cell can hold. Round numbers for people before they get here (see `roundTo`). */
export type CsvCell = string | number | boolean | null | undefined;

/** Text a spreadsheet would evaluate: OWASP's list of leading characters. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A table as spreadsheet-safe CSV text: one header row, then `rows` in order. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const data = rows.map((row) => {
    if (row.length !== header.length) throw new RangeError(`A CSV row has ${row.length} cells for ${header.length} columns.`);
    return row.map(cell);
  });
  const body = Papa.unparse({ fields: [...header], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  return `\uFEFF${body}\r\n`;
}

function cell(value: CsvCell): CsvCell {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/**
 * `value` rounded to `decimals` places for people (2 for cents, 1 for tenths), half away
 * from zero and without binary noise: 18.959999999999685 → 18.96, 1.005 → 1.01.
 * Null, NaN and ±Infinity give null (an empty cell).
 */
export function roundTo(value: number | null, decimals: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const scale = 10 ** decimals;
  // 1.005 × 100 is 100.49999999999999 in binary: 15 significant digits take the noise away first.
  const shifted = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(shifted)) / scale;
  return rounded === 0 ? 0 : rounded; // no "-0" in a spreadsheet
}
