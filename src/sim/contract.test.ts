/**
 * Where docs/simulation.md used to leave room for two readings, the decision it now writes
 * down — each with a small hand-made journey whose expected path is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { action, decision, edge, event, journey, log, pathText, persona } from './builders';
import { cartJourney } from './cart-fixture';
import { median } from './metrics';
import { replayCustomer, replayLog } from './replay';

/** p → start → a, and a leads to the events given (all keyed by their id unless said otherwise). */
function after(events: ReturnType<typeof event>[], extraNodes: unknown[] = [], extraEdges: ReturnType<typeof edge>[] = []) {
  return journey(
    [persona('p'), event('start', 'start'), action('a'), ...events, ...events.map((e) => action(`${e.id}_do`)), ...extraNodes],
    [
      edge('p>start', 'p', 'start'),
      edge('start>a', 'start', 'a'),
      ...events.map((e) => edge(`a>${e.id}`, 'a', e.id)),
      ...events.map((e) => edge(`${e.id}>${e.id}_do`, e.id, `${e.id}_do`)),
      ...extraEdges,
    ],
  );
}

describe('the simulator contract, where it had to decide', () => {
  it('a stall on a log event is a step: it restarts the timer clock', () => {
    // start@0 → a; ask@50 wants the chat, which is closed: a stall. The 100-minute timer counts from 50.
    const j = journey(
      [persona('p'), event('start', 'start'), action('a'), event('ask', 'ask'), action('chat', { channel: 'chat' }), event('quiet', 'quiet', { timer: 100 }), action('remind', { channel: 'email' })],
      [edge('p>start', 'p', 'start'), edge('start>a', 'start', 'a'), edge('a>ask', 'a', 'ask'), edge('ask>chat', 'ask', 'chat'), edge('a>quiet', 'a', 'quiet'), edge('quiet>remind', 'quiet', 'remind')],
    );
    const l = log([['c1', 'p', [[0, 'start'], [50, 'ask']]]], [{ from: 0, until: 1000, channel: 'chat', label: 'Chat closed' }]);
    const r = replayCustomer(j, l, 'c1', { mode: 'dynamic' })!;
    expect(pathText(r.path)).toBe('start a ask chat(stall) quiet(timer) remind');
    expect(r.path!.find((s) => s.nodeId === 'quiet')!.at).toBe(150);
  });

  it('a log event without a channel prefers an event node on any channel, then the first in edge order', () => {
    const both = after([event('byPhone', 'call', { channel: 'phone' }), event('anyway', 'call')]);
    const r = replayCustomer(both, log([['c1', 'p', [[0, 'start'], [5, 'call']]]]), 'c1', { mode: 'dynamic' })!;
    expect(pathText(r.path)).toBe('start a anyway anyway_do');
    const specific = after([event('byPhone', 'call', { channel: 'phone' }), event('byChat', 'call', { channel: 'chat' })]);
    const s = replayCustomer(specific, log([['c1', 'p', [[0, 'start'], [5, 'call']]]]), 'c1', { mode: 'dynamic' })!;
    expect(pathText(s.path)).toBe('start a byPhone byPhone_do');
  });

  it('the event right after the customer wins over a farther one on the exact channel; among the farther ones, the exact channel wins over the nearer', () => {
    // a → near (call, any channel); a → mid → b → far (call, phone): far is two steps deeper.
    const j = after([event('near', 'call'), event('mid', 'mid')], [action('b'), event('far', 'call', { channel: 'phone' }), action('farDo')], [
      edge('mid_do>far', 'mid_do', 'far'),
      edge('far>farDo', 'far', 'farDo'),
    ]);
    // Standing at a: near is in the frontier, so it takes the phone call though far is on phone.
    const frontier = replayCustomer(j, log([['c1', 'p', [[0, 'start'], [5, 'call', 'phone']]]]), 'c1', { mode: 'dynamic' })!;
    expect(pathText(frontier.path)).toBe('start a near near_do');
    // Not started yet: neither is in the frontier; far, on the exact channel, beats the nearer near.
    const jump = replayCustomer(j, log([['c1', 'p', [[0, 'call', 'phone']]]]), 'c1', { mode: 'dynamic' })!;
    expect(pathText(jump.path)).toBe('far(jump) farDo');
  });

  it('a timer that stalls after the customer’s last log event does not retry', () => {
    // Push is closed 30–150. Between log events the nudge would retry at 120 and 180 (timers.test.ts);
    // after the last one it fires once, stalls, and the customer's story ends there.
    const l = log([['c1', 'Shopper', [[0, 'cart_abandoned']]]], [{ from: 30, until: 150, channel: 'push', label: 'Push down' }]);
    const r = replayCustomer(cartJourney(), l, 'c1', { mode: 'dynamic' })!;
    expect(pathText(r.path)).toBe('abandon offer sms nudge(timer) push(stall)');
    expect(r).toMatchObject({ timers: 1, stalls: 1, end: 'open' });
  });

  it('a stalled event counts as a visit of the event node; the closed action and the decisions on the way do not', () => {
    const l = log([['c1', 'Shopper', [[5, 'cart_abandoned']]]], [
      { from: 0, until: 20, channel: 'sms', label: 'SMS down' },
      { from: 0, until: 20, channel: 'email', label: 'Email down' },
    ]);
    const out = replayLog(cartJourney(), l, { mode: 'dynamic' });
    if (!out.ok) throw new Error(out.problems.join());
    const d = out.result.summary.dynamic!;
    expect(d.stalls).toBe(1);
    expect(d.nodeTraffic).toEqual({ shopper: 1, abandon: 1 });
    expect(d.edgeTraffic).toEqual({ 'shopper>abandon': 1 });
  });

  it('the median of an even count is the mean of the two middle values', () => {
    expect(median([45, 30])).toBe(37.5);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    const l = log([
      ['c1', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned']]],
      ['c2', 'Shopper', [[0, 'cart_abandoned'], [45, 'cart_returned']]],
    ]);
    const out = replayLog(cartJourney(), l, { mode: 'dynamic' });
    if (!out.ok) throw new Error(out.problems.join());
    expect(out.result.summary.dynamic).toMatchObject({ goalCount: 2, medianTimeToGoal: 37.5, medianStepsToGoal: 2 });
  });

  it('a timer due exactly at the horizon fires; one due a minute later does not', () => {
    const at = (horizon: number) => replayCustomer(cartJourney(), log([['c1', 'Shopper', [[0, 'cart_abandoned']]]], [], { horizon }), 'c1', { mode: 'dynamic' })!;
    expect(pathText(at(60).path)).toBe('abandon offer sms nudge(timer) push');
    expect(pathText(at(59).path)).toBe('abandon offer sms');
  });

  it('a static route that starts at an event is followed by every customer, whatever their persona', () => {
    // Only persona a points to the route's first event; b's customers follow the printed map all the same.
    const j = journey(
      [persona('a'), persona('b'), event('hello', 'hello'), event('other', 'other'), action('welcome', { outcome: 'goal' }), action('x')],
      [edge('a>hello', 'a', 'hello'), edge('b>other', 'b', 'other'), edge('hello>welcome', 'hello', 'welcome'), edge('other>x', 'other', 'x')],
      ['hello>welcome'],
    );
    const r = replayCustomer(j, log([['c1', 'b', [[0, 'hello']]]]), 'c1', { mode: 'static' })!;
    expect(pathText(r.path)).toBe('hello welcome');
    expect(r.path![0]!.edgeId).toBeNull();
    expect(r.goalReached).toBe(true);
  });
});

describe('timers read the attributes of the customer’s last log event', () => {
  // abandon {value} → sms → 60 min without a reply → the cart's value picks call or discount.
  const j = journey(
    [
      persona('p'),
      event('abandon', 'cart_abandoned'),
      action('sms', { channel: 'sms' }),
      event('quiet', 'no_reply', { timer: 60 }),
      decision('big'),
      action('call', { channel: 'phone' }),
      action('discount', { channel: 'email' }),
    ],
    [
      edge('p>abandon', 'p', 'abandon'),
      edge('abandon>sms', 'abandon', 'sms'),
      edge('sms>quiet', 'sms', 'quiet'),
      edge('quiet>big', 'quiet', 'big'),
      edge('big>call', 'big', 'call', { when: { '>': [{ var: 'event.value' }, 100] } }),
      edge('big>discount', 'big', 'discount', { otherwise: true }),
    ],
    ['p>abandon', 'abandon>sms', 'sms>quiet', 'quiet>big', 'big>discount'],
  );

  it.each(['static', 'dynamic'] as const)('in %s mode, with the timer’s own key, time and timer flag', (mode) => {
    const l = log([
      ['rich', 'p', [[0, 'cart_abandoned', undefined, { value: 150 }]]],
      ['modest', 'p', [[0, 'cart_abandoned', undefined, { value: 40 }]]],
    ]);
    expect(pathText(replayCustomer(j, l, 'rich', { mode })!.path)).toBe(mode === 'dynamic' ? 'abandon sms quiet(timer) big call' : 'abandon sms quiet(timer) big discount');
    expect(pathText(replayCustomer(j, l, 'modest', { mode })!.path)).toBe('abandon sms quiet(timer) big discount');
    const keyed = journey(j.nodes, j.edges.map((e) => (e.id === 'big>call' ? { ...e, branch: { ...e.branch!, condition: { and: [{ '==': [{ var: 'event.key' }, 'no_reply'] }, { '==': [{ var: 'event.timer' }, true] }, { '==': [{ var: 'event.at' }, 60] }] } } } : e)), j.staticRoute);
    if (mode === 'dynamic') expect(pathText(replayCustomer(keyed, l, 'modest', { mode })!.path)).toBe('abandon sms quiet(timer) big call');
  });
});

describe('customers who drop off', () => {
  it('end "dropped-off" in both modes unless a goal, or an exit before they left, came first; the brand’s timers still fire', () => {
    const l = log([
      ['left', 'Shopper', [[0, 'cart_abandoned']]],
      ['bought', 'Shopper', [[0, 'cart_abandoned'], [30, 'cart_returned']]],
    ]);
    l.customers[0]!.droppedOffAt = 10;
    l.customers[1]!.droppedOffAt = 40;
    const out = replayLog(cartJourney(), l, { mode: 'compare' });
    if (!out.ok) throw new Error(out.problems.join());
    for (const mode of ['static', 'dynamic'] as const) {
      expect(out.result.summary[mode]).toMatchObject({ droppedOff: 1, goalCount: 1 });
      expect(out.result[mode]!.end[0]).toBe(5);
    }
    // The nudge after the SMS still goes out at 60: the journey does not know the customer left.
    expect(pathText(replayCustomer(cartJourney(), l, 'left', { mode: 'dynamic' })!.path)).toBe('abandon offer sms nudge(timer) push');
    expect(replayCustomer(cartJourney(), l, 'left', { mode: 'dynamic' })!.end).toBe('dropped-off');
    expect(out.result.comparison!.difference.droppedOff).toBe(0);

    const exits = journey([persona('p'), event('e', 'bye'), action('x', { outcome: 'exit' })], [edge('p>e', 'p', 'e'), edge('e>x', 'e', 'x')]);
    const early = log([['c1', 'p', [[0, 'bye']]]]);
    early.customers[0]!.droppedOffAt = 5;
    expect(replayCustomer(exits, early, 'c1', { mode: 'dynamic' })!.end).toBe('exit');
  });
});
