import { describe, expect, it } from 'vitest';
import { action, edge, event, journey, log, pathText, persona } from './builders';
import { cartJourney } from './cart-fixture';
import { replayCustomer, replayLog } from './replay';

const dynamicRun = (l: ReturnType<typeof log>, id = 'c1', j = cartJourney()) => replayCustomer(j, l, id, { mode: 'dynamic' })!;

describe('dynamic mode re-routes like a GPS', () => {
  it('evaluates decisions on the live persona', () => {
    const gold = dynamicRun(log([['c1', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned']]]]));
    expect(pathText(gold.path)).toBe('abandon offer sms return checkout');
    const basic = dynamicRun(log([['c1', 'Browser', [[0, 'cart_abandoned'], [30, 'cart_returned']]]]));
    expect(pathText(basic.path)).toBe('abandon offer email return checkout');
    expect(basic.path!.map((s) => s.edgeId)).toEqual(['browser>abandon', 'abandon>offer', 'offer>email', 'email>return', 'return>checkout']);
  });

  it('reacts to an event wherever the persona can reach it (a jump), then carries on from there', () => {
    const r = dynamicRun(log([['c1', 'Browser', [[0, 'called_support', 'phone'], [20, 'cart_returned']]]]));
    expect(pathText(r.path)).toBe('call(jump) agent return checkout');
    expect(r.path![0]!.edgeId).toBeNull();
    expect(r).toMatchObject({ offRoute: 0, goalReached: true, stepsToGoal: 2 });
  });

  it('counts an event the persona cannot reach, or no journey knows, as off-route', () => {
    const j = journey(
      [persona('a'), persona('b'), event('ea', 'hello'), event('eb', 'vip_only'), action('x'), action('y')],
      [edge('a>ea', 'a', 'ea'), edge('b>eb', 'b', 'eb'), edge('ea>x', 'ea', 'x'), edge('eb>y', 'eb', 'y')],
    );
    const r = dynamicRun(log([['c1', 'a', [[0, 'vip_only'], [1, 'unheard_of'], [2, 'hello']]]]), 'c1', j);
    expect(pathText(r.path)).toBe('ea x');
    expect(r.offRoute).toBe(2);
  });

  it('falls through to the next open branch when the preferred action is closed, and records a re-route', () => {
    const l = log([['c1', 'Shopper', [[5, 'cart_abandoned'], [30, 'cart_returned']]]], [{ from: 0, until: 20, channel: 'sms', label: 'SMS gateway outage' }]);
    const r = dynamicRun(l);
    expect(pathText(r.path)).toBe('abandon offer email(re-route) return checkout');
    expect(r).toMatchObject({ reroutes: 1, stalls: 0, goalReached: true });
  });

  it('stalls when no branch is open, stays where it was, and goes on when the event comes again', () => {
    const l = log(
      [['c1', 'Shopper', [[5, 'cart_abandoned'], [25, 'cart_abandoned'], [40, 'cart_returned']]]],
      [
        { from: 0, until: 20, channel: 'sms', label: 'SMS down' },
        { from: 0, until: 20, actionId: 'email', label: 'Email template broken' },
      ],
    );
    const r = dynamicRun(l);
    expect(pathText(r.path)).toBe('abandon sms(stall) abandon offer sms return checkout');
    expect(r).toMatchObject({ stalls: 1, reroutes: 0, goalReached: true });
  });

  it('prefers the event right after where the customer stands over the same key farther away', () => {
    const j = journey(
      [persona('p'), event('e1', 'ping'), action('a1'), event('e2', 'ping'), action('a2'), event('e3', 'ping'), action('a3')],
      [edge('p>e1', 'p', 'e1'), edge('e1>a1', 'e1', 'a1'), edge('a1>e2', 'a1', 'e2'), edge('e2>a2', 'e2', 'a2'), edge('a2>e3', 'a2', 'e3'), edge('e3>a3', 'e3', 'a3')],
    );
    const r = dynamicRun(log([['c1', 'p', [[0, 'ping'], [1, 'ping'], [2, 'ping'], [3, 'ping']]]]), 'c1', j);
    // After a3 nothing follows: the fourth ping is picked up at the nearest node for the persona.
    expect(pathText(r.path)).toBe('e1 a1 e2 a2 e3 a3 e1(jump) a1');
  });

  it('treats an event with several outgoing actions as alternatives in order', () => {
    const j = journey(
      [persona('p'), event('e', 'ping'), action('first', { channel: 'sms' }), action('second', { channel: 'email' })],
      [edge('p>e', 'p', 'e'), edge('e>first', 'e', 'first'), edge('e>second', 'e', 'second')],
    );
    const l = log([['c1', 'p', [[0, 'ping'], [10, 'ping']]]], [{ from: 5, until: 15, channel: 'sms', label: 'SMS down' }]);
    const r = dynamicRun(l, 'c1', j);
    expect(pathText(r.path)).toBe('e first e(jump) second(re-route)');
  });

  it('gives the summary per mode and the difference', () => {
    const l = log(
      [
        ['c1', 'Shopper', [[5, 'cart_abandoned'], [30, 'cart_returned']]],
        ['c2', 'Browser', [[0, 'cart_abandoned'], [10, 'called_support', 'phone'], [50, 'cart_returned']]],
      ],
      [{ from: 0, until: 20, channel: 'sms', label: 'SMS down' }],
    );
    const out = replayLog(cartJourney(), l, { mode: 'compare' });
    if (!out.ok) throw new Error(out.problems.join());
    const { comparison } = out.result;
    // Static: both stall at the closed SMS, then miss everything after (c1: 1 event, c2: 2 events).
    expect(comparison!.static).toMatchObject({ customers: 2, goalCount: 0, goalRate: 0, stalls: 2, offRoute: 3, medianTimeToGoal: null });
    expect(comparison!.dynamic).toMatchObject({ customers: 2, goalCount: 2, goalRate: 1, reroutes: 1, stalls: 0, offRoute: 0, medianTimeToGoal: 37.5 });
    expect(comparison!.difference).toMatchObject({ goalRate: 1, stalls: -2, reroutes: 1, offRoute: -3, medianTimeToGoal: null });
    expect(comparison!.dynamic.edgeTraffic['offer>email']).toBe(2);
    expect(comparison!.dynamic.nodeTraffic['return']).toBe(2);
  });
});
