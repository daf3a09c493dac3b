import { describe, expect, it } from 'vitest';
import { action, decision, edge, event, journey, log, pathText, persona } from './builders';
import { cartJourney } from './cart-fixture';
import { replayCustomer, replayLog } from './replay';

describe('context, persona matching and disruptions', () => {
  it('computes the context fields conditions read', () => {
    // Each visit: first time → email; contacted less than 24 h ago → wait; otherwise → SMS (at most 2 SMS).
    const j = journey(
      [persona('p'), event('visit', 'visit'), decision('d'), action('email', { channel: 'email', cost: 1 }), action('wait', { cost: 0 }), action('sms', { channel: 'sms', cost: 2, satisfactionEffect: -2 }), action('stop', { outcome: 'exit' })],
      [
        edge('p>visit', 'p', 'visit'),
        edge('visit>d', 'visit', 'd'),
        edge('d>email', 'd', 'email', { when: { '==': [{ var: 'context.actionCount' }, 0] } }),
        edge('d>wait', 'd', 'wait', { when: { '<': [{ var: 'context.hoursSinceLastContact' }, 24] } }),
        edge('d>stop', 'd', 'stop', { when: { and: [{ '>=': [{ var: 'context.contactCount' }, 3] }, { '<': [{ var: 'context.satisfaction' }, 0] }, { '>': [{ var: 'context.totalCost' }, 4] }] } }),
        edge('d>sms', 'd', 'sms', { when: { '!=': [{ var: 'context.lastActionChannel' }, 'sms'] } }),
        edge('d>wait2', 'd', 'wait', { otherwise: true }),
        edge('email>visit', 'email', 'visit'),
        edge('wait>visit', 'wait', 'visit'),
        edge('sms>visit', 'sms', 'visit'),
      ],
    );
    const h = 60;
    const l = log([['c1', 'p', [[0, 'visit'], [2 * h, 'visit'], [30 * h, 'visit'], [31 * h, 'visit'], [60 * h, 'visit'], [61 * h, 'visit'], [90 * h, 'visit']]]]);
    const r = replayCustomer(j, l, 'c1', { mode: 'dynamic' })!;
    // 0: email · 2h: wait (2 h since email) · 30h: sms (28 h) · 31h: wait (1 h) · 60h: last action wait (no channel) → sms ·
    // 61h: wait · 90h: 3 contacts, satisfaction −4, cost 5 → stop (exit).
    expect(pathText(r.path).split(' ').filter((x) => x !== 'visit' && x !== 'd' && !x.startsWith('visit')).join(' ')).toBe('email wait sms wait sms wait stop');
    expect(r).toMatchObject({ end: 'exit', actions: { count: 7, cost: 5, channels: { email: 1, sms: 2 } }, satisfaction: -4 });
  });

  it('matches a persona by id or by name (case and spaces ignored)', () => {
    const l = log([
      ['a', 'shopper', [[0, 'cart_abandoned']]],
      ['b', '  SHOPPER ', [[0, 'cart_abandoned']]],
      ['c', 'Browser', [[0, 'cart_abandoned']]],
    ]);
    const out = replayLog(cartJourney(), l, { mode: 'dynamic' });
    if (!out.ok) throw new Error(out.problems.join());
    expect(out.result.dynamic!.personaIds).toEqual(['shopper', 'shopper', 'browser']);
  });

  it('gives a customer known only by attributes the closest persona, and overlays their attributes', () => {
    const l = log([
      ['gold-fan', { tier: 'gold' }, [[0, 'cart_abandoned']]],
      ['plain', { tier: 'basic', age: 40 }, [[0, 'cart_abandoned']]],
      ['nobody', { favourite: 'blue' }, [[0, 'cart_abandoned']]],
    ]);
    const out = replayLog(cartJourney(), l, { mode: 'dynamic' });
    if (!out.ok) throw new Error(out.problems.join());
    expect(out.result.dynamic!.personaIds).toEqual(['shopper', 'browser', 'shopper']);
    // A named persona with the customer's own tier: the live persona decides.
    const upgraded = log([['c1', 'Browser', [[0, 'cart_abandoned']]]], [], { horizon: 30 });
    upgraded.customers[0]!.attributes = { tier: 'gold' };
    expect(pathText(replayCustomer(cartJourney(), upgraded, 'c1', { mode: 'dynamic' })!.path)).toBe('abandon offer sms');
  });

  it('refuses a log whose persona the journey does not have', () => {
    const out = replayLog(cartJourney(), log([['c1', 'Pirate', [[0, 'cart_abandoned']]]]), { mode: 'dynamic' });
    expect(out).toEqual({
      ok: false,
      problems: ['Persona "Pirate" of customer "c1" is not in the journey.'],
      issues: [{ path: ['customers', 0, 'persona'], message: 'persona "Pirate" of customer "c1" is not in the journey' }],
    });
  });

  it('closes actions by channel or by action id, for [from, until)', () => {
    // The horizon stops the nudge timer from firing after the single event.
    const at = (t: number, d: Parameters<typeof log>[1]) => pathText(replayCustomer(cartJourney(), log([['c1', 'Shopper', [[t, 'cart_abandoned']]]], d, { horizon: t + 1 }), 'c1', { mode: 'dynamic' })!.path);
    const sms = [{ from: 10, until: 20, channel: 'sms' as const, label: 'SMS down' }];
    expect(at(9, sms)).toBe('abandon offer sms');
    expect(at(10, sms)).toBe('abandon offer email(re-route)');
    expect(at(20, sms)).toBe('abandon offer sms');
    expect(at(15, [{ from: 10, until: 20, actionId: 'sms', label: 'Template broken' }])).toBe('abandon offer email(re-route)');
    expect(at(15, [{ from: 10, until: 20, actionId: 'sms', channel: 'email', label: 'Nothing: sms is not on email' }])).toBe('abandon offer sms');
  });

  it('warns about keys and disruptions the journey does not know, without failing', () => {
    const out = replayLog(cartJourney(), log([['c1', 'Shopper', [[0, 'teleported']]]], [{ from: 0, until: 1, channel: 'social', label: 'Social down' }]), { mode: 'dynamic' });
    if (!out.ok) throw new Error(out.problems.join());
    expect(out.result.warnings).toEqual([
      'Event "teleported" (1×) is not in the journey: it is always off-route.',
      'Disruption "Social down" closes channel "social", which no action in the journey uses.',
    ]);
  });
});
