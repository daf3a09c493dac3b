import { describe, expect, it } from 'vitest';
import { activitiesKept, caseMask, directlyFollows, END, NO_FILTER, pathsKept, processMap, START, variantsOf } from './discover';
import { logOf } from './testing';

// c1: A B C · c2: A B C (slower) · c3: A C · c4: A B B C
const LOG = logOf([
  ['c1', 'A', 0, 'web', undefined, { segment: 'gold' }],
  ['c1', 'B', 10],
  ['c1', 'C', 20],
  ['c2', 'A', 0, undefined, undefined, { segment: 'new' }],
  ['c2', 'B', 30],
  ['c2', 'C', 50],
  ['c3', 'A', 0, undefined, undefined, { segment: 'gold' }],
  ['c3', 'C', 5],
  ['c4', 'C', 40],
  ['c4', 'A', 0],
  ['c4', 'B', 10],
  ['c4', 'B', 20],
]);
const MIN = 60_000;
const name = (a: number) => (a === START ? 'start' : a === END ? 'end' : LOG.activities[a]);
const edges = (ts: { from: number; to: number; count: number }[]) => ts.map((t) => `${name(t.from)}>${name(t.to)} ${t.count}`);

describe('the directly-follows graph', () => {
  it('counts activities, transitions, starts and ends, with the durations between events', () => {
    const dfg = directlyFollows(LOG, caseMask(LOG, NO_FILTER));
    expect(dfg).toMatchObject({ cases: 4, events: 12 });
    expect(dfg.activities.map((a) => [a.name, a.count, a.cases, a.starts, a.ends])).toEqual([
      ['A', 4, 4, 4, 0],
      ['B', 4, 3, 0, 0],
      ['C', 4, 4, 0, 4],
    ]);
    expect(edges(dfg.transitions)).toEqual(['start>A 4', 'C>end 4', 'A>B 3', 'B>C 3', 'A>C 1', 'B>B 1']);
    const ab = dfg.transitions.find((t) => name(t.from) === 'A' && name(t.to) === 'B')!;
    expect(ab.medianMs).toBe(10 * MIN);
    expect(ab.meanMs! / MIN).toBeCloseTo(50 / 3, 9);
    const bc = dfg.transitions.find((t) => name(t.from) === 'B' && name(t.to) === 'C')!;
    expect([bc.medianMs! / MIN, bc.meanMs! / MIN]).toEqual([20, 50 / 3]);
    expect(dfg.transitions.find((t) => t.from === START)!.medianMs).toBeNull();
  });

  it('lists the variants with their share, most frequent first', () => {
    const { variants, variantOf } = variantsOf(LOG, caseMask(LOG, NO_FILTER));
    expect(variants.map((v) => [v.activities.map(name).join(''), v.cases, v.share])).toEqual([
      ['ABC', 2, 0.5],
      ['AC', 1, 0.25],
      ['ABBC', 1, 0.25],
    ]);
    expect(Array.from(variantOf)).toEqual([0, 0, 1, 2]);
  });

  it('filters by case attribute, by time window and to the top variants', () => {
    expect(Array.from(caseMask(LOG, { ...NO_FILTER, attribute: { name: 'segment', values: ['gold'] } }))).toEqual([1, 0, 1, 0]);
    expect(Array.from(caseMask(LOG, { ...NO_FILTER, topVariants: 1 }))).toEqual([1, 1, 0, 0]);
    const t0 = Date.UTC(2025, 2, 7, 9, 0);
    expect(Array.from(caseMask(LOG, { ...NO_FILTER, window: { from: t0 + 1, to: t0 + 10 * MIN } }))).toEqual([0, 0, 0, 0]);
  });

  it('hides activities by the slider and counts through them (A → hidden → C is A → C)', () => {
    const map = processMap(LOG, { filter: NO_FILTER, activitiesPercent: 67, pathsPercent: 100 });
    // 67 % of three activities keeps two: A and B (tied counts keep the first seen).
    expect(map.visible.activities.map((a) => a.name)).toEqual(['A', 'B']);
    expect(edges(map.visible.transitions)).toEqual(['start>A 4', 'A>B 3', 'B>end 3', 'A>end 1', 'B>B 1']);
    expect(activitiesKept(300, 8)).toBe(24);
    expect(activitiesKept(300, 0)).toBe(1);
  });

  it('keeps the most frequent paths, and every activity its best way in and out', () => {
    const dfg = directlyFollows(LOG, caseMask(LOG, NO_FILTER));
    expect(edges(pathsKept(dfg, 0))).toEqual(['start>A 4', 'C>end 4', 'A>B 3', 'B>C 3']);
    expect(edges(pathsKept(dfg, 100))).toHaveLength(6);
  });
});
