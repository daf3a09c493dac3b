import { describe, expect, it } from 'vitest';
import { action, decision, edge, event, journey, log, pathText, persona } from './builders';
import { replayCustomer, replayLog } from './replay';

/** An A/B test: 30 % get an SMS, 70 % an email; both lead to the same next event. */
function abJourney(route = ['p>visit', 'visit>test', 'test>sms', 'sms>buy', 'buy>done']) {
  return journey(
    [
      persona('p'),
      event('visit', 'visit'),
      decision('test', 'split'),
      action('sms', { channel: 'sms' }),
      action('email', { channel: 'email' }),
      event('buy', 'buy'),
      action('done', { outcome: 'goal' }),
    ],
    [
      edge('p>visit', 'p', 'visit'),
      edge('visit>test', 'visit', 'test'),
      edge('test>sms', 'test', 'sms', { percent: 30, label: 'A' }),
      edge('test>email', 'test', 'email', { percent: 70, label: 'B' }),
      edge('sms>buy', 'sms', 'buy'),
      edge('email>buy', 'email', 'buy'),
      edge('buy>done', 'buy', 'done'),
    ],
    route,
  );
}

const customers = (n: number) => log(Array.from({ length: n }, (_, i) => [`c${i}`, 'p', [[0, 'visit'], [10, 'buy']]] as [string, string, [number, string][]]));

describe('split decisions', () => {
  it('assign each customer from the seed — the same variant in both modes, in every run', () => {
    const l = customers(2000);
    const a = replayLog(abJourney(), l, { mode: 'compare', seed: 7 });
    const b = replayLog(abJourney(), l, { mode: 'compare', seed: 7 });
    if (!a.ok || !b.ok) throw new Error('replay failed');
    const variant = (path: { nodeId: string }[]) => (path.some((s) => s.nodeId === 'sms') ? 'A' : 'B');
    const staticVariants = a.result.static!.paths!.map(variant);
    expect(a.result.dynamic!.paths!.map(variant)).toEqual(staticVariants);
    expect(b.result.static!.paths!.map(variant)).toEqual(staticVariants);
    const share = staticVariants.filter((v) => v === 'A').length / staticVariants.length;
    expect(share).toBeGreaterThan(0.27);
    expect(share).toBeLessThan(0.33);
  });

  it('do not depend on the other customers in the log, and change with the seed', () => {
    const l = customers(200);
    const one = (id: string, seed: number) => pathText(replayCustomer(abJourney(), l, id, { mode: 'dynamic', seed })!.path);
    const all = replayLog(abJourney(), l, { mode: 'dynamic', seed: 3 });
    if (!all.ok) throw new Error('replay failed');
    expect(pathText(all.result.dynamic!.paths![42]!)).toBe(one('c42', 3));
    const bySeed = (seed: number) => l.customers.map((c) => one(c.id, seed)).join('|');
    expect(bySeed(3)).not.toBe(bySeed(4));
  });

  it('in static mode, send a customer down their own variant, rejoining the route when it leads back', () => {
    const l = customers(50);
    const out = replayLog(abJourney(), l, { mode: 'static', seed: 1 });
    if (!out.ok) throw new Error('replay failed');
    const paths = out.result.static!.paths!.map(pathText);
    expect(new Set(paths)).toEqual(new Set(['visit test sms buy done', 'visit test email buy done']));
    expect(out.result.summary.static!.goalRate).toBe(1);
  });

  it("in static mode, end the printed route for a variant that cannot rejoin it", () => {
    const j = abJourney();
    j.edges = j.edges.filter((e) => e.id !== 'email>buy');
    const out = replayLog(j, customers(50), { mode: 'static', seed: 1 });
    if (!out.ok) throw new Error('replay failed');
    const r = out.result.static!;
    for (let i = 0; i < 50; i++) {
      const viaEmail = r.paths![i]!.some((s) => s.nodeId === 'email');
      expect(r.end[i]).toBe(viaEmail ? 4 /* left-route */ : 1 /* goal */);
      if (viaEmail) expect(r.offRoute[i]).toBe(1);
    }
  });
});
