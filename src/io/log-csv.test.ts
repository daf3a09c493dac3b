import { describe, expect, it } from 'vitest';
import { log } from '../sim/builders';
import { attributeValue, logToCsv, parseLogCsv } from './log-csv';
import { cartJourney } from '../sim/cart-fixture';
import { replayLog } from '../sim/replay';
import { formatLogProblem, locatedProblems } from './log-normalise';

const problems = (csv: string): string[] => {
  const r = parseLogCsv(csv);
  return r.ok ? [] : r.problems.map(formatLogProblem);
};

const GOOD = `customer_id,persona,at,event,channel,value,sentiment,persona.tier,until,action_id,label
c1,Bargain hunter,2025-03-03T09:00Z,cart_abandoned,web,120,,gold,,,
c2,Loyal,2025-03-03T09:10Z,cart_abandoned,app,80,0.5,,,,
c1,,2025-03-03T11:30Z,cart_returned,web,,,,,,
c1,,2025-03-03T10:00Z,sms_clicked,sms,,positive,,,,
,,2025-03-03T09:30Z,disruption,sms,,,,2025-03-03T12:00Z,,SMS gateway outage
`;

describe('CSV interaction logs', () => {
  it('name the row and column of a persona the journey does not have, found when the log is replayed', () => {
    const r = parseLogCsv('customer_id,persona,at,event\nc1,Shopper,0,cart_abandoned\nc2,,5,cart_abandoned\nc2,Pirate,9,cart_returned\n');
    if (!r.ok) throw new Error(r.problems.map(formatLogProblem).join('\n'));
    const out = replayLog(cartJourney(), r.log, { mode: 'compare' });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(locatedProblems(out, r.locate)).toEqual(['line 4, column "persona": persona "Pirate" of customer "c2" is not in the journey']);
  });

  it('keep a customer\'s drop-off time, given on any one of their rows', () => {
    const r = parseLogCsv('customer_id,persona,at,event,dropped_off_at\nc1,Shopper,0,cart_abandoned,\nc1,,5,cart_returned,30\n');
    expect(r.ok && r.log.customers[0]).toEqual({ id: 'c1', persona: 'Shopper', events: [{ at: 0, event: 'cart_abandoned' }, { at: 5, event: 'cart_returned' }], droppedOffAt: 30 });
    expect(problems('customer_id,persona,at,event,dropped_off_at\nc1,Shopper,0,cart_abandoned,3\nc1,,5,cart_returned,\n')).toEqual([
      'line 2, column "dropped_off_at": the customer dropped off before their last event (at 5)',
    ]);
  });

  it('read one row per event into customers, in time order, with disruptions', () => {
    const r = parseLogCsv(GOOD);
    if (!r.ok) throw new Error(r.problems.map(formatLogProblem).join('\n'));
    expect(r.log.start).toBe('2025-03-03T09:00:00.000Z');
    expect(r.log.customers).toEqual([
      {
        id: 'c1',
        persona: 'Bargain hunter',
        attributes: { tier: 'gold' },
        events: [
          { at: 0, event: 'cart_abandoned', channel: 'web', value: 120 },
          { at: 60, event: 'sms_clicked', channel: 'sms', sentiment: 'positive' },
          { at: 150, event: 'cart_returned', channel: 'web' },
        ],
      },
      { id: 'c2', persona: 'Loyal', events: [{ at: 10, event: 'cart_abandoned', channel: 'app', value: 80, sentiment: 0.5 }] },
    ]);
    expect(r.log.disruptions).toEqual([{ from: 30, until: 180, channel: 'sms', label: 'SMS gateway outage' }]);
  });

  it('take minutes as well as date-times, semicolons, a byte-order mark and quoted fields', () => {
    const r = parseLogCsv('\uFEFFcustomer_id;persona;at;event;note\nc1;"Loyal; long-standing";0;visit;"said ""hi""\nthen left"\nc1;;90;buy;\n');
    if (!r.ok) throw new Error(r.problems.map(formatLogProblem).join('\n'));
    expect(r.log.customers[0]).toEqual({ id: 'c1', persona: 'Loyal; long-standing', events: [{ at: 0, event: 'visit', note: 'said "hi"\nthen left' }, { at: 90, event: 'buy' }] });
  });

  it('report every bad row with its line and column, and load nothing', () => {
    const csv = [
      'customer_id,persona,at,event,channel,until',
      'c1,Loyal,0,visit,web,', // line 2: fine
      'c1,Loyal,yesterday,visit,web,', // line 3: bad time
      'c2,Loyal,5,visit,fax,', // line 4: bad channel
      'c3,,5,visit,,', // line 5: no persona
      'c1,Other,9,visit,,', // line 6: persona changes
      ',,10,visit,,', // line 7: no customer
      '', // line 8: blank, skipped
      'c4,Loyal,"multi', // line 9: a quoted field spanning lines
      'line",visit,,', // line 10
      'c4,Loyal,3,visit,web,7', // line 11: until on an event row
      ',,10,disruption,sms,5', // line 12: ends before it starts
      'c5,Loyal,1', // line 13: too few fields
    ].join('\n');
    expect(problems(csv)).toEqual([
      'line 3, column "at": "yesterday" is not a time (write minutes, like 90, or a date-time, like 2025-03-01T09:30)',
      'line 4, column "channel": "fax" is not one of: email, sms, push, web, app, phone, chat, social, in-store, agent',
      'line 5, column "persona": a customer needs a persona (a name or id from the journey) or attributes',
      'line 6, column "persona": customer "c1" is "Loyal" on line 2, not "Other"',
      'line 7, column "customer_id": is empty (only a disruption row may leave it empty, with event "disruption")',
      'line 9, column "at": "multi\\nline" is not a time (write minutes, like 90, or a date-time, like 2025-03-01T09:30)',
      'line 11, column "until": is only for disruption rows; leave it empty on event rows',
      'line 13: expected 6 fields like the header, found 3',
    ]);
  });

  it('report a disruption that ends before it starts, on its line, once the rows are otherwise fine', () => {
    expect(problems('customer_id,persona,at,event,channel,until\nc1,Loyal,0,visit,,\n,,10,disruption,sms,5\n')).toEqual(['line 3, column "until": "until" must be after "from"']);
    expect(problems('customer_id,persona,at,event,channel,until\n,,10,disruption,,20\n')).toEqual([
      'line 2, column "channel": a disruption closes a channel or an action: give channel or actionId',
    ]);
  });

  it('explain a header without the needed columns, and an empty file', () => {
    expect(problems('id,when,what\nc1,0,visit\n')).toEqual([
      'line 1, column "customer_id": is missing from the header (needed: customer_id, at, event)',
      'line 1, column "at": is missing from the header (needed: customer_id, at, event)',
      'line 1, column "event": is missing from the header (needed: customer_id, at, event)',
    ]);
    expect(problems('\n\n')).toEqual(['line 1: the file is empty: it needs a header row and one row per event']);
    expect(problems('customer_id,at,event,at\n')).toEqual(['line 1, column "at": appears twice in the header']);
    expect(problems('customer_id,at,event,__proto__\nc1,0,x,1\n')).toEqual(['line 1, column "__proto__": is not allowed as a column name']);
  });

  it('type attribute values: numbers, true/false, text (keeping leading zeros)', () => {
    expect(['42', '-1.5', 'true', 'FALSE', '007', 'gold'].map(attributeValue)).toEqual([42, -1.5, true, false, '007', 'gold']);
  });

  it('write a log that reads back the same', () => {
    const l = log(
      [
        ['c1', 'Loyal', [[0, 'visit', 'web', { value: 3 }], [75.5, 'buy', 'app']]],
        ['c2', { tier: 'gold', age: 40 }, [[30, 'visit']]],
      ],
      [{ from: 10, until: 20, actionId: 'sms-offer', label: 'Template, broken' }],
    );
    l.customers[0]!.droppedOffAt = 90;
    for (const withDates of [false, true]) {
      const source = withDates ? { ...l, start: '2025-03-03T09:00:00.000Z' } : l;
      const back = parseLogCsv(logToCsv(source));
      if (!back.ok) throw new Error(back.problems.map(formatLogProblem).join('\n'));
      expect(back.log.customers).toEqual(l.customers);
      expect(back.log.disruptions).toEqual(l.disruptions);
    }
  });
});
