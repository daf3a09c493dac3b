import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NO_FILTER, processMap } from './discover';
import { mapCsv } from './exports';
import { logOf } from './testing';

// Activity names straight from a hostile export: each would be a formula in a spreadsheet.
const LOG = logOf([
  ['c1', '=HYPERLINK("http://x")', 0],
  ['c1', '@SUM(1+1)', 10],
  ['c1', '+1+2', 25],
  ['c2', '=HYPERLINK("http://x")', 0],
  ['c2', '@SUM(1+1)', 20],
  ['c3', '=HYPERLINK("http://x")', 0],
]);

function rows(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('mining CSV exports', () => {
  const map = processMap(LOG, { filter: NO_FILTER, activitiesPercent: 100, pathsPercent: 100 });

  it('write activity names as text a spreadsheet will not run, in the shared writer’s form', () => {
    const csv = mapCsv(LOG, map, 'activities');
    expect(csv.startsWith('\uFEFFactivity,events,cases,starts,ends\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const names = rows(csv).map((r) => r.activity);
    expect(names.sort()).toEqual([`'+1+2`, `'=HYPERLINK("http://x")`, `'@SUM(1+1)`]);
  });

  it('give shares in percent and durations in minutes, rounded to 0.1', () => {
    const variants = rows(mapCsv(LOG, map, 'variants'));
    // Three cases, three different paths: a third each.
    expect(variants.map((v) => v.share_percent)).toEqual(['33.3', '33.3', '33.3']);
    const transitions = rows(mapCsv(LOG, map, 'transitions'));
    const first = transitions.find((t) => t.from === `'=HYPERLINK("http://x")` && t.to === `'@SUM(1+1)`)!;
    // 10 and 20 minutes (logOf takes minutes): mean 15.
    expect([first.count, first.mean_minutes, first.median_minutes]).toEqual(['2', '15', '15']);
  });
});
