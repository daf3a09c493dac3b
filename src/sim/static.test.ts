import { describe, expect, it } from 'vitest';
import { log, pathText } from './builders';
import { cartJourney } from './cart-fixture';
import { replayCustomer } from './replay';

const staticRun = (l: ReturnType<typeof log>, id = 'c1') => replayCustomer(cartJourney(), l, id, { mode: 'static' })!;

describe('static mode follows the printed route', () => {
  it('advances when the events come as the route expects, and reaches the goal', () => {
    const r = staticRun(log([['c1', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned']]]]));
    expect(pathText(r.path)).toBe('abandon offer sms return checkout');
    expect(r.path!.map((s) => s.edgeId)).toEqual(['shopper>abandon', 'abandon>offer', 'offer>sms', 'sms>return', 'return>checkout']);
    expect(r.path!.map((s) => s.at)).toEqual([0, 0, 0, 30, 30]);
    expect(r).toMatchObject({ goalReached: true, goalAt: 30, timeToGoal: 30, stepsToGoal: 2, steps: 2, offRoute: 0, stalls: 0, reroutes: 0, end: 'goal' });
    expect(r.actions).toEqual({ count: 2, cost: 0.1, channels: { sms: 1 } });
    expect(r.satisfaction).toBe(4);
  });

  it('counts any other event as off-route: a missed moment, nothing happens', () => {
    const r = staticRun(log([['c1', 'Shopper', [[0, 'cart_abandoned'], [10, 'called_support', 'phone'], [12, 'browsed_catalogue'], [30, 'cart_returned']]]]));
    expect(pathText(r.path)).toBe('abandon offer sms return checkout');
    expect(r.offRoute).toBe(2);
  });

  it('waits for the expected event: a later event of the route is off-route until then', () => {
    const r = staticRun(log([['c1', 'Shopper', [[0, 'cart_returned'], [5, 'cart_abandoned']]]]));
    expect(pathText(r.path)).toBe('abandon offer sms');
    expect(r).toMatchObject({ offRoute: 1, goalReached: false, end: 'open' });
  });

  it("takes the route's branch at a decision whatever the persona", () => {
    // A browser is not gold: the rules would send an email, the printed route sends the SMS.
    const r = staticRun(log([['c1', 'Browser', [[0, 'cart_abandoned'], [30, 'cart_returned']]]]));
    expect(pathText(r.path)).toBe('abandon offer sms return checkout');
  });

  it("stalls at the route's action while it is closed, and resumes when the same event comes again", () => {
    const l = log(
      [['c1', 'Shopper', [[5, 'cart_abandoned'], [10, 'cart_returned'], [25, 'cart_abandoned'], [40, 'cart_returned']]]],
      [{ from: 0, until: 20, channel: 'sms', label: 'SMS gateway outage' }],
    );
    const r = staticRun(l);
    expect(pathText(r.path)).toBe('abandon sms(stall) abandon offer sms return checkout');
    expect(r).toMatchObject({ stalls: 1, offRoute: 1, reroutes: 0, goalReached: true, goalAt: 40, timeToGoal: 35, steps: 3, stepsToGoal: 3 });
  });

  it('ignores events after the goal (they are neither steps nor off-route)', () => {
    const r = staticRun(log([['c1', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned'], [40, 'cart_abandoned']]]]));
    expect(r).toMatchObject({ ignored: 1, offRoute: 0, steps: 2 });
  });

  it('counts every event as off-route once the printed route is over without a goal', () => {
    const j = cartJourney(['shopper>abandon', 'abandon>offer', 'offer>sms']);
    const r = replayCustomer(j, log([['c1', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned']]]]), 'c1', { mode: 'static' })!;
    expect(pathText(r.path)).toBe('abandon offer sms');
    expect(r).toMatchObject({ end: 'route-end', offRoute: 1, goalReached: false });
  });

  it('matches the event channel: an event node on one channel ignores the same key on another', () => {
    const j = cartJourney(['call>agent']);
    const r = replayCustomer(j, log([['c1', 'Browser', [[0, 'called_support', 'chat'], [5, 'called_support'], [9, 'called_support', 'phone']]]]), 'c1', { mode: 'static' })!;
    // chat: wrong channel (off-route); no channel: matches; then the route is over (phone: off-route).
    expect(pathText(r.path)).toBe('call agent');
    expect(r.path![0]!.at).toBe(5);
    expect(r.offRoute).toBe(2);
  });
});
