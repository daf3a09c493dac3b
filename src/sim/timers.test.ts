import { describe, expect, it } from 'vitest';
import { action, edge, event, journey, log, pathText, persona } from './builders';
import { cartJourney } from './cart-fixture';
import { replayCustomer } from './replay';

/** The cart journey with the nudge on the printed route: abandon → sms → (60 min) nudge → push → return → checkout. */
const NUDGE_ROUTE = ['shopper>abandon', 'abandon>offer', 'offer>sms', 'sms>nudge', 'nudge>push', 'push>return', 'return>checkout'];

describe('timer events', () => {
  it('fire in dynamic mode when their time passes with no other step', () => {
    const r = replayCustomer(cartJourney(), log([['c1', 'Shopper', [[0, 'cart_abandoned'], [90, 'cart_returned']]]]), 'c1', { mode: 'dynamic' })!;
    expect(pathText(r.path)).toBe('abandon offer sms nudge(timer) push return checkout');
    expect(r.path!.find((s) => s.nodeId === 'nudge')!.at).toBe(60);
    expect(r).toMatchObject({ timers: 1, steps: 3, stepsToGoal: 3 });
  });

  it('do not fire when the customer moves on first', () => {
    const r = replayCustomer(cartJourney(), log([['c1', 'Shopper', [[0, 'cart_abandoned'], [60, 'cart_returned']]]]), 'c1', { mode: 'dynamic' })!;
    // An event exactly at the due time is in time.
    expect(pathText(r.path)).toBe('abandon offer sms return checkout');
    expect(r.timers).toBe(0);
  });

  it('fire in static mode when the route expects them', () => {
    const j = cartJourney(NUDGE_ROUTE);
    const r = replayCustomer(j, log([['c1', 'Shopper', [[0, 'cart_abandoned'], [200, 'cart_returned']]]]), 'c1', { mode: 'static' })!;
    expect(pathText(r.path)).toBe('abandon offer sms nudge(timer) push return checkout');
    expect(r.goalReached).toBe(true);
  });

  it('keep counting through off-route events (only a step resets them)', () => {
    const j = cartJourney(NUDGE_ROUTE);
    const r = replayCustomer(j, log([['c1', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned'], [61, 'browsed']]]]), 'c1', { mode: 'static' })!;
    expect(pathText(r.path)).toBe('abandon offer sms nudge(timer) push');
    expect(r.path!.find((s) => s.nodeId === 'nudge')!.at).toBe(60);
    expect(r.offRoute).toBe(2);
  });

  it('still fire after the last log event, but not past the horizon', () => {
    const fires = replayCustomer(cartJourney(), log([['c1', 'Shopper', [[0, 'cart_abandoned']]]]), 'c1', { mode: 'dynamic' })!;
    expect(pathText(fires.path)).toBe('abandon offer sms nudge(timer) push');
    const cut = replayCustomer(cartJourney(), log([['c1', 'Shopper', [[0, 'cart_abandoned']]]], [], { horizon: 59 }), 'c1', { mode: 'dynamic' })!;
    expect(pathText(cut.path)).toBe('abandon offer sms');
  });

  it('re-arm after a stall, and fire again while the gap lasts', () => {
    const l = log([['c1', 'Shopper', [[0, 'cart_abandoned'], [500, 'browsed']]]], [{ from: 30, until: 150, channel: 'push', label: 'Push down' }]);
    const r = replayCustomer(cartJourney(), l, 'c1', { mode: 'dynamic' })!;
    // 60: nudge → push closed, stall, re-armed from 60. 120: still closed, stall. 180: open.
    expect(pathText(r.path)).toBe('abandon offer sms nudge(timer) push(stall) nudge(timer) push(stall) nudge(timer) push');
    expect(r.path!.filter((s) => s.nodeId === 'nudge').map((s) => s.at)).toEqual([60, 120, 180]);
    expect(r.stalls).toBe(2);
  });

  it('loop while the customer is silent between events, but only once after their last event', () => {
    // a → (timer) → a: without the guard this would never end.
    const j = journey(
      [persona('p'), event('start', 'go'), action('a'), event('tick', 'tick', { timer: 10 })],
      [edge('p>start', 'p', 'start'), edge('start>a', 'start', 'a'), edge('a>tick', 'a', 'tick'), edge('tick>a', 'tick', 'a')],
    );
    const r = replayCustomer(j, log([['c1', 'p', [[0, 'go'], [35, 'noise']]]]), 'c1', { mode: 'dynamic' })!;
    // Ticks at 10, 20, 30 (before the event at 35), then one more at 40 after it — and no endless loop.
    expect(pathText(r.path)).toBe('start a tick(timer) a tick(timer) a tick(timer) a tick(timer) a');
    expect(r.timers).toBe(4);
  });
});
