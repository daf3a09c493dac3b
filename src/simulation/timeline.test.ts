import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../samples/scenarios';
import type { Mode } from '../sim';
import { population, replayed } from './testing';
import { buildTimeline } from './timeline';

const [retail] = SCENARIOS;
const MODES: Mode[] = ['static', 'dynamic'];

describe('a run as a timeline of marks', () => {
  const cases = [
    ...SCENARIOS.map((s) => [s.id, s.journey, s.log] as const),
    ['retail population with deviations', retail!.journey, population(retail!.journey, 300)] as const,
  ];

  it.each(cases)('%s: recovers exactly the off-route and ignored events the engine counted, per customer', (_name, journey, log) => {
    const { result } = replayed(journey, log);
    for (const mode of MODES) {
      const r = result[mode]!;
      const tl = buildTimeline(mode, journey, log, r.paths!, r.personaIds);
      tl.byCustomer.forEach((indexes, c) => {
        const marks = Array.from(indexes, (i) => tl.marks[i]!);
        const count = (kind: string) => marks.filter((m) => m.kind === kind).length;
        expect(count('off-route'), `${mode} ${r.customerIds[c]} off-route`).toBe(r.offRoute[c]);
        expect(count('ignored'), `${mode} ${r.customerIds[c]} ignored`).toBe(r.ignored[c]);
        expect(count('stall'), `${mode} ${r.customerIds[c]} stalls`).toBe(r.stalls[c]);
        expect(count('re-route'), `${mode} ${r.customerIds[c]} re-routes`).toBe(r.reroutes[c]);
        // Every log event is a mark: placed (an event step that is not a timer) or not.
        const placed = marks.filter((m) => m.kind === 'step' && m.timer === false && journey.nodes.find((n) => n.id === m.nodeId)?.kind === 'event').length;
        expect(placed + count('off-route') + count('ignored')).toBe(log.customers[c]!.events.length);
        // A customer's marks are in time order.
        expect(marks.map((m) => m.at)).toEqual([...marks.map((m) => m.at)].sort((a, b) => a - b));
      });
      expect([...tl.at]).toEqual([...tl.at].sort((a, b) => a - b));
    }
  });

  it('says why: the closure behind a stall, what a re-route drove around, why an event was off-route', () => {
    const { result } = replayed(retail!.journey, retail!.log);
    const c = result.static!.customerIds.indexOf('r09');
    const marksOf = (mode: Mode) => {
      const r = result[mode]!;
      const tl = buildTimeline(mode, retail!.journey, retail!.log, r.paths!, r.personaIds);
      return Array.from(tl.byCustomer[c]!, (i) => tl.marks[i]!);
    };
    const stall = marksOf('static').find((m) => m.kind === 'stall')!;
    expect(stall).toMatchObject({ nodeId: 'sms', at: 70, reason: 'SMS with a 10% code is closed — SMS gateway outage' });
    const offRoute = marksOf('static').find((m) => m.kind === 'off-route')!;
    expect(offRoute).toMatchObject({ eventKey: 'reminder_clicked', nodeId: 'abandon', reason: 'not the printed route’s next event' });
    const reroute = marksOf('dynamic').find((m) => m.kind === 're-route')!;
    expect(reroute).toMatchObject({ nodeId: 'email', edgeId: 'reach>email', reason: 'SMS with a 10% code was closed — SMS gateway outage' });
    expect(marksOf('dynamic').at(-1)).toMatchObject({ kind: 'step', nodeId: 'confirm', goal: true });
  });
});
