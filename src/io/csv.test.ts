import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { roundTo, writeCsv } from './csv';
import { readCsvWithPython } from './csv-testing';

/** What a spreadsheet would run as a formula: text starting with one of OWASP's characters. */
const FORMULA = /^[=+\-@\t\r]/;

describe('writeCsv', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and nothing else', () => {
    const hostile = ['=HYPERLINK("http://x","click")', '@SUM(1+1)', '+1+2', '-2+3', '\t=1+1', '\r=1+1', '=1+1\n=2+2', '-', 'plain', 'a=b', ' =1'];
    const rows = readCsvWithPython(writeCsv(['id'], hostile.map((h) => [h])));
    expect(rows[0]).toEqual(['id']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://x","click")`,
      `'@SUM(1+1)`,
      `'+1+2`,
      `'-2+3`,
      `'\t=1+1`,
      `'\r=1+1`,
      `'=1+1\n=2+2`,
      `'-`,
      'plain',
      'a=b',
      ' =1',
    ]);
  });

  it('keeps numbers numbers — a negative number too — and writes booleans and empty cells', () => {
    const text = writeCsv(['a', 'b', 'c', 'd', 'e', 'f'], [[-2.5, 0, 1e21, true, null, undefined], [NaN, Infinity, -Infinity, false, '', -0]]);
    expect(text).toBe('\uFEFFa,b,c,d,e,f\r\n-2.5,0,1e+21,true,,\r\n,,,false,,0\r\n');
  });

  it('quotes commas, quotes, CR and LF the RFC 4180 way, ends with a newline, starts with a BOM', () => {
    const cells = ['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'crlf\r\nhere', 'Zoë — café', ''];
    const text = writeCsv(cells.map((_, i) => `c${i}`), [cells]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsvWithPython(text)).toEqual([cells.map((_, i) => `c${i}`), cells]);
  });

  it('refuses a row that does not fit the header', () => {
    expect(() => writeCsv(['a', 'b'], [['only one']])).toThrow(/1 cells for 2 columns/);
  });

  it('round-trips any text through an outside reader, neutralised exactly when it could be a formula', () => {
    const cellText = fc.oneof(
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', 'é', '1') , maxLength: 8 }),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cellText, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 20 }), (pairs) => {
        const text = writeCsv(['text', 'number'], pairs);
        // papaparse's reader here (fast), told the delimiter as Excel is by the file's locale: left to guess, it took a cell's tabs for one.
        const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data.slice(1, -1);
        expect(parsed).toHaveLength(pairs.length);
        pairs.forEach(([t, n], i) => {
          expect(parsed[i]![0]).toBe(FORMULA.test(t) ? `'${t}` : t);
          expect(Number(parsed[i]![1])).toBe(n === 0 ? 0 : n);
        });
      }),
      { numRuns: 300, examples: [[[['=', 0], ['"\t\t', 0]]]] },
    );
  });
});

describe('roundTo', () => {
  it('rounds for people without binary noise', () => {
    expect(roundTo(18.959999999999685, 2)).toBe(18.96);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), 0)).toBe(true);
    expect(roundTo(66.66666, 1)).toBe(66.7);
    expect(roundTo(12, 2)).toBe(12);
    expect(roundTo(null, 2)).toBeNull();
    expect(roundTo(NaN, 2)).toBeNull();
  });

  it('writes at most the requested decimals for any number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        const r = roundTo(x, d)!;
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-6);
        const decimals = String(r).split('.')[1]?.length ?? 0;
        expect(decimals).toBeLessThanOrEqual(d);
      }),
    );
  });
});
