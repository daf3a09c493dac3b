import { describe, expect, it } from 'vitest';
import { action, decision, edge, event, journey, persona } from './builders';
import { cartJourney } from './cart-fixture';
import { generatePopulation } from './population';
import { replayLog } from './replay';

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

  it('start every customer within the spread: the first event is at the start, gaps come between events', () => {
    const log = generatePopulation(funnel(), { size: 5000, seed: 3, spreadMinutes: 600 });
    const firsts = log.customers.map((c) => c.events[0]!.at);
    expect(Math.max(...firsts)).toBeLessThan(600);
    // Uniform over the spread: about a tenth in the last 60 minutes (not pushed past the end).
    const late = firsts.filter((t) => t >= 540).length / firsts.length;
    expect(late).toBeGreaterThan(0.08);
    expect(late).toBeLessThan(0.12);
  });

});
