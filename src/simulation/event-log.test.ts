import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../samples/scenarios';
import { buildEventLog, entriesAround } from './event-log';
import { replayed } from './testing';
import { buildTimeline } from './timeline';

const [retail] = SCENARIOS;
const { result } = replayed(retail!.journey, retail!.log);
const timelines = (['static', 'dynamic'] as const).map((m) => buildTimeline(m, retail!.journey, retail!.log, result[m]!.paths!, result[m]!.personaIds));
const r09 = result.static!.customerIds.indexOf('r09');

describe('the event log list', () => {
  it('tells one customer’s story on both sides, in time order, static first on a tie', () => {
    const log = buildEventLog(retail!.journey, timelines, r09);
    expect(log.entries.map((e) => `${e.at} ${e.side}: ${e.text}`)).toEqual([
      '70 static: Event: Cart abandoned',
      '70 static: Stall at SMS with a 10% code: SMS with a 10% code is closed — SMS gateway outage',
      '70 dynamic: Event: Cart abandoned',
      '70 dynamic: Re-route to Email reminder: SMS with a 10% code was closed — SMS gateway outage',
      '110 static: Off-route “reminder_clicked”: not the printed route’s next event',
      '110 dynamic: Event: Reminder clicked',
      '110 dynamic: Action: Show the saved cart',
      '118 static: Off-route “order_placed”: not the printed route’s next event',
      '118 dynamic: Event: Order placed',
      '118 dynamic: Action: Order confirmed — goal reached',
    ]);
  });

  it('follows the playhead: the entries so far, a few to come, and which one is current', () => {
    const log = buildEventLog(retail!.journey, timelines, r09);
    expect(entriesAround(log, 0)).toMatchObject({ current: -1 });
    const at110 = entriesAround(log, 110, 3, 1);
    expect(at110.shown.map((e) => e.at)).toEqual([110, 110, 110, 118]);
    expect(at110.shown[at110.current]!.text).toBe('Action: Show the saved cart');
    expect(buildEventLog(retail!.journey, timelines, null).entries.length).toBeGreaterThan(100);
  });
});
