import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../samples/scenarios';
import { EMPTY_VIEW, finalView, viewAt } from './overlays';
import { replayed } from './testing';
import { buildTimeline } from './timeline';

const [retail] = SCENARIOS;
const { result } = replayed(retail!.journey, retail!.log);
const timeline = (mode: 'static' | 'dynamic') => buildTimeline(mode, retail!.journey, retail!.log, result[mode]!.paths!, result[mode]!.personaIds);
const r09 = result.static!.customerIds.indexOf('r09');

describe('overlays at the playhead', () => {
  it('one customer: the token where they stand, the path so far lit, the stall marked with its reason', () => {
    const tl = timeline('static');
    const before = viewAt(tl, 69, r09, false, EMPTY_VIEW);
    expect(before.nodes.size).toBe(0);
    const at = viewAt(tl, 70, r09, true, before);
    expect(at.nodes.get('abandon')).toMatchObject({ visits: 1, here: 1 });
    expect(at.nodes.get('sms')).toMatchObject({ visits: 0, here: 0, stalls: 1, note: { kind: 'stall', text: 'SMS with a 10% code is closed — SMS gateway outage' } });
    // The token's move into the event: the edge from the persona, animated.
    expect(at.edges.get('bargain>abandon')).toMatchObject({ traffic: 1, hop: 0, hops: 1, animate: true });
    const later = viewAt(tl, 110, r09, true, at);
    expect(later.nodes.get('abandon')).toMatchObject({ here: 1, offRoute: 1, note: { kind: 'off-route' } });
  });

  it('one customer in dynamic mode: the re-route marked, the move through the decision in order', () => {
    const tl = timeline('dynamic');
    const v = viewAt(tl, 70, r09, true, EMPTY_VIEW);
    expect(v.nodes.get('email')).toMatchObject({ here: 1, reroutes: 1, note: { kind: 're-route' } });
    expect(v.edges.get('reach>email')).toMatchObject({ rerouted: true, hop: 2, hops: 3 });
    expect(v.edges.get('abandon>reach')).toMatchObject({ hop: 1, hops: 3 });
  });

  it('keeps the same object for every node and edge that did not change', () => {
    const tl = timeline('dynamic');
    const a = viewAt(tl, 70, r09, true, EMPTY_VIEW);
    const b = viewAt(tl, 71, r09, true, a);
    for (const [id, o] of a.nodes) expect(b.nodes.get(id), id).toBe(o);
    for (const [id, o] of a.edges) expect(b.edges.get(id), id).toBe(o);
    const c = viewAt(tl, 110, r09, true, b);
    expect(c.nodes.get('bargain')).toBe(b.nodes.get('bargain'));
    expect(c.nodes.get('email')).not.toBe(b.nodes.get('email'));
  });

  it('everybody at the end: visits and traffic are the run’s traffic, heat relative to the busiest', () => {
    for (const mode of ['static', 'dynamic'] as const) {
      const v = viewAt(timeline(mode), Infinity, null, false, EMPTY_VIEW);
      const summary = result.summary[mode]!;
      // Persona visits are counted by the engine when a customer starts; the canvas counts steps.
      for (const [id, visits] of Object.entries(summary.nodeTraffic)) if (!['bargain', 'loyal', 'newcomer'].includes(id)) expect(v.nodes.get(id)?.visits, id).toBe(visits);
      for (const [id, traffic] of Object.entries(summary.edgeTraffic)) expect(v.edges.get(id)?.traffic, id).toBe(traffic);
      expect(Math.max(...[...v.nodes.values()].map((n) => n.heat))).toBe(1);
      expect([...v.nodes.values()].reduce((sum, n) => sum + n.stalls, 0)).toBe(summary.stalls);
    }
    const d = viewAt(timeline('dynamic'), Infinity, null, false, EMPTY_VIEW);
    expect(d.nodes.get('confirm')?.here).toBe(result.summary.dynamic!.goalCount);
  });

  it('a run without paths shows its final traffic', () => {
    const v = finalView(result.summary.dynamic!, EMPTY_VIEW);
    expect(v.edges.get('reach>email')?.traffic).toBe(result.summary.dynamic!.edgeTraffic['reach>email']);
  });
});
