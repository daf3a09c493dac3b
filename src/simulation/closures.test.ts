import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../samples/scenarios';
import { replayLog } from '../sim';
import { closeRoad, closuresToDisruptions, FOREVER, openClosure, reopenRoad, roadsOf } from './closures';

const [retail] = SCENARIOS;
const email = { channel: 'email' } as const;

describe('road closures during playback', () => {
  it('closes a road from the playhead until it is reopened', () => {
    const closed = closeRoad([], email, 120);
    expect(closed).toEqual([{ id: 1, target: email, from: 120, until: null }]);
    expect(closeRoad(closed, email, 200)).toEqual(closed);
    const reopened = reopenRoad(closed, email, 300);
    expect(reopened).toEqual([{ id: 1, target: email, from: 120, until: 300 }]);
    expect(openClosure(reopened, email)).toBeUndefined();
    expect(closeRoad(reopened, email, 400)).toHaveLength(2);
    // Reopened before it started (the playhead went back): as if it never happened.
    expect(reopenRoad(closed, email, 100)).toEqual([]);
  });

  it('becomes disruptions the engine replays: dynamic drives around, static stalls', () => {
    const closures = closeRoad(closeRoad([], email, 0), { actionId: 'push' }, 0);
    const disruptions = closuresToDisruptions(closures, retail!.journey);
    expect(disruptions).toEqual([
      { from: 0, until: FOREVER, channel: 'email', label: 'Email closed during playback' },
      { from: 0, until: FOREVER, actionId: 'push', label: 'Push: your cart is waiting closed during playback' },
    ]);
    const before = replayLog(retail!.journey, retail!.log, { mode: 'compare' });
    const after = replayLog(retail!.journey, { ...retail!.log, disruptions: [...retail!.log.disruptions, ...disruptions] }, { mode: 'compare' });
    if (!before.ok || !after.ok) throw new Error('replay failed');
    expect(after.result.summary.dynamic!.stalls).toBeGreaterThan(before.result.summary.dynamic!.stalls);
    expect(after.result.summary.dynamic!.goalCount).toBeLessThan(before.result.summary.dynamic!.goalCount);
  });

  it('offers the channels the journey’s actions use, and its actions', () => {
    const roads = roadsOf(retail!.journey);
    expect(roads.channels).toEqual(['push', 'sms', 'email', 'web', 'chat']);
    expect(roads.actions.map((a) => a.id)).toContain('lastCall');
  });
});
