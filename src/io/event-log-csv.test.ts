import { describe, expect, it } from 'vitest';
import { previewEventCsv, readEventCsv, type CsvPreview } from './event-log-csv';
import { piecesOf } from '../mining/testing';
import { formatLogProblem } from './log-normalise';

const CSV = [
  'Case ID;Activity;Timestamp;Channel;Resource;Segment;note',
  'c1;Called support;07/03/2025 14:05;Phone;Customer;Business;"first, with a comma"',
  'c1;Agent answered;07/03/2025 14:09;Phone;Agent Ana;Business;second',
  'c2;Checked status;07/03/2025 14:10;App;Customer;Home;"two',
  'lines"',
  'c1;Service restored;07/03/2025 18:00;;Network;Business;',
  '',
  'c2;Service restored;07/03/2025 18:30;;Network;Home;',
].join('\r\n');

function preview(text: string): CsvPreview {
  const p = previewEventCsv(text, true);
  if (!('format' in p)) throw new Error(p.problems.map(formatLogProblem).join('\n'));
  return p;
}

describe('CSV event logs', () => {
  it('guesses the columns, the separator and an ambiguous day/month format', () => {
    const p = preview(CSV);
    expect(p.delimiter).toBe(';');
    expect(p.newline).toBe('\r\n');
    expect(p.suggestion).toMatchObject({ caseId: 'Case ID', activity: 'Activity', timestamp: 'Timestamp', channel: 'Channel', actor: 'Resource', attributes: ['Segment', 'note'] });
    // 07/03 reads as 7 March and as 3 July: the user must choose.
    expect(p.timestamps.Timestamp).toMatchObject({ ambiguous: true, share: 1 });
  });

  it('reads every row in small pieces: cases sorted by time, case and event attributes told apart', async () => {
    const p = preview(CSV);
    const out = await readEventCsv(piecesOf(CSV, 5), p, { ...p.suggestion, timestampFormat: 'dmy' }, 'log.csv');
    if (!out.ok) throw new Error(out.problems.map(formatLogProblem).join('\n'));
    const log = out.log;
    expect(log.caseIds).toEqual(['c1', 'c2']);
    expect(Array.from(log.caseStart)).toEqual([0, 3, 5]);
    expect(Array.from(log.activity, (a) => log.activities[a])).toEqual(['Called support', 'Agent answered', 'Service restored', 'Checked status', 'Service restored']);
    expect(log.time[0]).toBe(Date.UTC(2025, 2, 7, 14, 5));
    expect(log.caseAttributes.map((a) => a.name)).toEqual(['Segment']);
    expect(log.eventAttributes.map((a) => a.name)).toEqual(['note']);
    expect(log.eventAttributes[0]!.values).toEqual(['first, with a comma', 'second', 'two\r\nlines']);
  });

  it('refuses a file with a bad timestamp or an empty case, naming the line and the column, and returns no log', async () => {
    const bad = ['case,activity,time', 'a,x,2025-03-07T10:00Z', 'a,y,yesterday', ',z,2025-03-07T11:00Z', 'b,x'].join('\n');
    const p = preview(bad);
    const out = await readEventCsv(piecesOf(bad, 4), p, p.suggestion, 'bad.csv');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems.map(formatLogProblem)).toEqual([
      'line 3, column "time": "yesterday" is not a timestamp like 2025-03-07T14:05:00Z',
      'line 4, column "case": is empty: every event needs its case',
      'line 5: expected 3 fields like the header, found 2',
    ]);
  });

  it('stops when cancelled', async () => {
    const p = preview(CSV);
    const controller = new AbortController();
    controller.abort();
    expect(await readEventCsv(piecesOf(CSV), p, p.suggestion, 'x', { signal: controller.signal })).toEqual({ ok: false, cancelled: true, problems: [] });
  });
});
