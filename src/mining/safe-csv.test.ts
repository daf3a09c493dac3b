import { describe, expect, it } from 'vitest';
import { toSafeCsv } from './safe-csv';

describe('safe CSV', () => {
  it('neutralises formula cells, rounds numbers, quotes where needed and ends with a newline', () => {
    const csv = toSafeCsv(['activity', 'count', 'share'], [
      ['=HYPERLINK("http://x")', 3, 1 / 3],
      ['-2 days', -2, null],
      ['@SUM(A1)', 0.123456789, true],
      ['Called, then left', 1e6, Number.NaN],
    ]);
    expect(csv).toBe(
      'activity,count,share\n' +
        '"\'=HYPERLINK(""http://x"")",3,0.3333\n' +
        "'-2 days,-2,\n" +
        "'@SUM(A1),0.1235,true\n" +
        '"Called, then left",1000000,\n',
    );
  });
});
