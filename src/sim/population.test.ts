import { describe, expect, it } from 'vitest';
import type { AttributeDistribution } from '../model/journey';
import { action, decision, edge, event, journey, persona } from './builders';
import { cartJourney } from './cart-fixture';
import { generatePopulation, populationWarnings } from './population';
import { runSimulation } from './runner';
import { replayLog, type SimulationResult } from './replay';

/** Replays a generated population in both modes; the summaries. */
function run(j: ReturnType<typeof journey>, options: Parameters<typeof generatePopulation>[1]): SimulationResult['summary'] {
  const out = replayLog(j, generatePopulation(j, options), { mode: 'compare', seed: options.seed, recordPaths: false });
  if (!out.ok) throw new Error(out.problems.join());
  return out.result.summary;
}

/** 20,000 customers: the standard error of a rate is at most 0.35 pp, so 1 pp is about three of them. */
const N = 20_000;
const TOLERANCE = 0.01;

/**
 * visit → 50/50 split → email | push.
 * email → click (0.5) → offer → buy (0.4) → goal; email → no click for 60 min → sms → sms_click (0.3) → goal.
 * push → click (0.2) → offer → buy (0.4) → goal.
 */
function funnel() {
  return journey(
    [
      persona('p', { share: 100 }),
      event('visit', 'visit'),
      decision('test', 'split'),
      action('email', { channel: 'email' }),
      action('push', { channel: 'push' }),
      event('click', 'click'),
      action('offer', { channel: 'web' }),
      event('buy', 'buy'),
      action('order', { outcome: 'goal' }),
      event('silence', 'no_click', { timer: 60 }),
      action('sms', { channel: 'sms' }),
      event('smsClick', 'sms_click'),
      action('smsOrder', { outcome: 'goal' }),
    ],
    [
      edge('p>visit', 'p', 'visit'),
      edge('visit>test', 'visit', 'test'),
      edge('test>email', 'test', 'email', { percent: 50 }),
      edge('test>push', 'test', 'push', { percent: 50 }),
      edge('email>click', 'email', 'click', undefined, 0.5),
      edge('email>silence', 'email', 'silence'),
      edge('push>click', 'push', 'click', undefined, 0.2),
      edge('click>offer', 'click', 'offer'),
      edge('offer>buy', 'offer', 'buy', undefined, 0.4),
      edge('buy>order', 'buy', 'order'),
      edge('silence>sms', 'silence', 'sms'),
      edge('sms>smsClick', 'sms', 'smsClick', undefined, 0.3),
      edge('smsClick>smsOrder', 'smsClick', 'smsOrder'),
    ],
    ['p>visit', 'visit>test', 'test>email', 'email>click', 'click>offer', 'offer>buy', 'buy>order'],
  );
}

describe('generated populations', () => {
  it('reach the goal at the rate the likelihoods give exactly (20,000 customers, within 1 pp)', () => {
    const j = funnel();
    const log = generatePopulation(j, { size: 20_000, seed: 2024 });
    const out = replayLog(j, log, { mode: 'compare', seed: 2024, recordPaths: false });
    if (!out.ok) throw new Error(out.problems.join());
    // Dynamic follows the customer everywhere: ½·(0.5·0.4 + 0.5·0.3) + ½·(0.2·0.4).
    expect(Math.abs(out.result.summary.dynamic!.goalRate - 0.215)).toBeLessThan(0.01);
    // Static misses the SMS rescue (the timer is off the printed route); push customers rejoin at "click".
    expect(Math.abs(out.result.summary.static!.goalRate - (0.5 * 0.5 * 0.4 + 0.5 * 0.2 * 0.4))).toBeLessThan(0.01);
  });

  it('are deterministic, and customer i does not depend on the population size', () => {
    const j = cartJourney();
    const a = generatePopulation(j, { size: 300, seed: 5, deviationRate: 0.2 });
    expect(generatePopulation(j, { size: 300, seed: 5, deviationRate: 0.2 })).toEqual(a);
    expect(generatePopulation(j, { size: 100, seed: 5, deviationRate: 0.2 }).customers).toEqual(a.customers.slice(0, 100));
    expect(generatePopulation(j, { size: 300, seed: 6, deviationRate: 0.2 })).not.toEqual(a);
  });

  it('follow the persona shares, and carry the disruption schedule', () => {
    const log = generatePopulation(cartJourney(), { size: 4000, seed: 1, disruptions: [{ from: 0, until: 60, channel: 'sms', label: 'SMS down' }] });
    const shoppers = log.customers.filter((c) => c.persona === 'shopper').length / log.customers.length;
    expect(shoppers).toBeGreaterThan(0.57);
    expect(shoppers).toBeLessThan(0.63);
    expect(log.disruptions).toEqual([{ from: 0, until: 60, channel: 'sms', label: 'SMS down' }]);
    for (const c of log.customers) for (let i = 1; i < c.events.length; i++) expect(c.events[i]!.at).toBeGreaterThanOrEqual(c.events[i - 1]!.at);
  });

  it('deviate from the printed route at the given rate, which static mode misses and dynamic mode follows', () => {
    const j = funnel();
    const out = (rate: number) => {
      const r = replayLog(j, generatePopulation(j, { size: 3000, seed: 9, deviationRate: rate }), { mode: 'compare', recordPaths: false });
      if (!r.ok) throw new Error(r.problems.join());
      return r.result.summary;
    };
    const calm = out(0);
    const wild = out(0.3);
    expect(wild.static!.offRoute).toBeGreaterThan(calm.static!.offRoute);
    expect(wild.dynamic!.offRoute).toBe(0);
  });
});

describe('generated populations tell the truth', () => {
  it('start every customer within the spread: the first event is at the start, gaps come between events', () => {
    const log = generatePopulation(funnel(), { size: 5000, seed: 3, spreadMinutes: 600 });
    const firsts = log.customers.map((c) => c.events[0]!.at);
    expect(Math.max(...firsts)).toBeLessThan(600);
    // Uniform over the spread: about a tenth in the last 60 minutes (not pushed past the end).
    const late = firsts.filter((t) => t >= 540).length / firsts.length;
    expect(late).toBeGreaterThan(0.08);
    expect(late).toBeLessThan(0.12);
  });

  it('stay silent when nobody set a likelihood: unset edges share at most the default response rate', () => {
    // visit → offer; after the offer: buy (unset) and browse (0.2). Unset ones share what 0.2 leaves, capped at 0.5.
    // browse → tips; after the tips only read (unset): 0.5, the rest is silence. buy and read reach the goal.
    const j = journey(
      [
        persona('p', { share: 100 }),
        event('visit', 'visit'),
        action('offer', { channel: 'web' }),
        event('buy', 'buy'),
        event('browse', 'browse'),
        action('tips', { channel: 'email' }),
        event('read', 'read'),
        action('order', { outcome: 'goal' }),
        action('order2', { outcome: 'goal' }),
      ],
      [
        edge('p>visit', 'p', 'visit'),
        edge('visit>offer', 'visit', 'offer'),
        edge('offer>buy', 'offer', 'buy'),
        edge('offer>browse', 'offer', 'browse', undefined, 0.2),
        edge('buy>order', 'buy', 'order'),
        edge('browse>tips', 'browse', 'tips'),
        edge('tips>read', 'tips', 'read'),
        edge('read>order2', 'read', 'order2'),
      ],
      ['p>visit', 'visit>offer', 'offer>buy', 'buy>order'],
    );
    const summary = run(j, { size: N, seed: 11 });
    // Dynamic: 0.5 (buy) + 0.2 · 0.5 (browse, then read). Static follows buy only: 0.5.
    expect(Math.abs(summary.dynamic!.goalRate - 0.6)).toBeLessThan(TOLERANCE);
    expect(Math.abs(summary.static!.goalRate - 0.5)).toBeLessThan(TOLERANCE);
  });

  it('drop off at the given rate after every action, and the results count who did', () => {
    // The funnel with 20 % leaving after each action (worked out in the comments below).
    const summary = run(funnel(), { size: N, seed: 2024, dropOffRate: 0.2 });
    // email ½: 0.8 · (0.5 · 0.8 · 0.4 + 0.5 · 0.8 · 0.3) = 0.224; push ½: 0.8 · 0.2 · 0.8 · 0.4 = 0.0512.
    expect(Math.abs(summary.dynamic!.goalRate - (0.5 * 0.224 + 0.5 * 0.0512))).toBeLessThan(TOLERANCE);
    // Static: the printed route (email → click → offer → buy), push customers rejoining at click.
    expect(Math.abs(summary.static!.goalRate - (0.5 * 0.8 * 0.5 * 0.8 * 0.4 + 0.5 * 0.8 * 0.2 * 0.8 * 0.4))).toBeLessThan(TOLERANCE);
    // Who left: email ½: 0.2 + 0.8 · (0.5 · 0.2 + 0.5 · 0.2) = 0.36; push ½: 0.2 + 0.8 · 0.2 · 0.2 = 0.232.
    const dropped = 0.5 * 0.36 + 0.5 * 0.232;
    expect(Math.abs(summary.dynamic!.droppedOff / N - dropped)).toBeLessThan(TOLERANCE);
    expect(summary.static!.droppedOff).toBe(summary.dynamic!.droppedOff);
    expect(summary.dynamic!.endReasons['dropped-off']).toBe(summary.dynamic!.droppedOff);
  });

  it.each<[string, AttributeDistribution, number]>([
    // 0.00–100.00 in cents: 5,000 of the 10,001 values are over 50.
    ['uniform', { kind: 'uniform', min: 0, max: 100, decimals: 2 }, 5000 / 10001],
    // Over one standard deviation above the mean: 1 − Φ(1).
    ['normal', { kind: 'normal', mean: 40, sd: 10, min: 0, max: null, decimals: 2 }, 0.158655],
    ['choice', { kind: 'choice', options: [{ value: 80, weight: 1 }, { value: 20, weight: 3 }] }, 0.25],
  ])('carry %s event attributes that conditions reach at the expected rate', (_kind, value, expected) => {
    const j = journey(
      [
        { ...event('order', 'order'), attributes: { value, vip: { kind: 'choice', options: [{ value: true, weight: 1 }, { value: false, weight: 1 }] } } },
        persona('p', { share: 100 }),
        decision('big'),
        action('thanks', { outcome: 'goal' }),
        action('survey', { channel: 'email' }),
      ],
      [
        edge('p>order', 'p', 'order'),
        edge('order>big', 'order', 'big'),
        edge('big>thanks', 'big', 'thanks', { when: { '>': [{ var: 'event.value' }, 50] } }),
        edge('big>survey', 'big', 'survey', { otherwise: true }),
      ],
    );
    const log = generatePopulation(j, { size: N, seed: 8 });
    expect(new Set(log.customers.map((c) => typeof c.events[0]!.vip))).toEqual(new Set(['boolean']));
    const vip = log.customers.filter((c) => c.events[0]!.vip === true).length / N;
    expect(Math.abs(vip - 0.5)).toBeLessThan(TOLERANCE);
    if (value.kind === 'normal') expect(Math.min(...log.customers.map((c) => c.events[0]!.value as number))).toBeGreaterThanOrEqual(0);
    const out = replayLog(j, log, { mode: 'dynamic', recordPaths: false });
    if (!out.ok) throw new Error(out.problems.join());
    expect(Math.abs(out.result.summary.dynamic!.goalRate - expected)).toBeLessThan(TOLERANCE);
  });

  it('carry the attributes of the last event into a timer, as the replay does', () => {
    // order {value} → confirm → no review within a day → the value picks a call or an email.
    const j = journey(
      [
        persona('p', { share: 100 }),
        { ...event('order', 'order'), attributes: { value: { kind: 'uniform', min: 0, max: 100, decimals: 0 } } },
        action('confirm', { channel: 'email' }),
        event('quiet', 'no_review', { timer: 1440 }),
        decision('big'),
        action('call', { channel: 'phone', outcome: 'goal' }),
        action('mail', { channel: 'email' }),
      ],
      [
        edge('p>order', 'p', 'order'),
        edge('order>confirm', 'order', 'confirm'),
        edge('confirm>quiet', 'confirm', 'quiet'),
        edge('quiet>big', 'quiet', 'big'),
        edge('big>call', 'big', 'call', { when: { '>=': [{ var: 'event.value' }, 75] } }),
        edge('big>mail', 'big', 'mail', { otherwise: true }),
      ],
    );
    const summary = run(j, { size: N, seed: 5 });
    // 75…100 of 0…100 in whole numbers: 26 of 101 values.
    expect(Math.abs(summary.dynamic!.goalRate - 26 / 101)).toBeLessThan(TOLERANCE);
  });

  it('warn when a branch reads an event attribute no event gives generated customers', async () => {
    const j = journey(
      [persona('p', { share: 100 }), event('order', 'order'), decision('big'), action('thanks', { outcome: 'goal' }), action('survey')],
      [
        edge('p>order', 'p', 'order'),
        edge('order>big', 'order', 'big'),
        edge('big>thanks', 'big', 'thanks', { when: { and: [{ '>': [{ var: 'event.value' }, 50] }, { '==': [{ var: 'event.channel' }, 'web'] }] }, label: 'Big order' }),
        edge('big>survey', 'big', 'survey', { otherwise: true }),
      ],
    );
    const warning = 'Branch "Big order" of "big" reads event.value, which no event gives generated customers: add it to an event\'s generated attributes.';
    expect(populationWarnings(j)).toEqual([warning]);
    const out = await runSimulation({ journey: j, population: { size: 10 }, mode: 'compare' });
    expect(out.ok && out.result.warnings).toContain(warning);
    const carried = journey(
      j.nodes.map((n) => (n.id === 'order' ? { ...n, attributes: { value: { kind: 'uniform', min: 0, max: 100, decimals: 0 } } } : n)),
      j.edges,
    );
    expect(populationWarnings(carried)).toEqual([]);
  });
});
