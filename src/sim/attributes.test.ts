import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { describe, expect, it } from 'vitest';
import { drawOf } from './attributes';

const stream = (seed: number) => {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
};

describe('drawing event attributes', () => {
  it('uniform: every step from min to max, both ends included, equally likely', () => {
    const draw = drawOf({ kind: 'uniform', min: 1, max: 3, decimals: 0 });
    const next = stream(1);
    const counts = new Map<number, number>();
    for (let i = 0; i < 30_000; i++) {
      const v = draw(next) as number;
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3]);
    for (const c of counts.values()) expect(Math.abs(c / 30_000 - 1 / 3)).toBeLessThan(0.01);
    // Extremes of the unit interval land on the ends.
    expect([draw(() => 0), draw(() => 0.999999999)]).toEqual([1, 3]);
    expect(drawOf({ kind: 'uniform', min: 0, max: 1, decimals: 2 })(() => 0.5)).toBe(0.5);
  });

  it('normal: mean and spread as asked, held within the bounds, rounded', () => {
    const draw = drawOf({ kind: 'normal', mean: 10, sd: 2, min: 7, max: null, decimals: 1 });
    const next = stream(2);
    const values = Array.from({ length: 20_000 }, () => draw(next) as number);
    expect(Math.min(...values)).toBe(7);
    expect(values.every((v) => Math.round(v * 10) / 10 === v)).toBe(true);
    const unclamped = drawOf({ kind: 'normal', mean: 10, sd: 2, min: null, max: null, decimals: 6 });
    const more = Array.from({ length: 20_000 }, () => unclamped(next) as number);
    const mean = more.reduce((a, b) => a + b, 0) / more.length;
    const sd = Math.sqrt(more.reduce((a, b) => a + (b - mean) ** 2, 0) / more.length);
    expect(Math.abs(mean - 10)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
  });

  it('choice: values of any type, in proportion to their weights', () => {
    const draw = drawOf({ kind: 'choice', options: [{ value: 'gold', weight: 1 }, { value: false, weight: 0 }, { value: 7, weight: 3 }] });
    const next = stream(3);
    const values = Array.from({ length: 20_000 }, () => draw(next));
    expect(new Set(values)).toEqual(new Set(['gold', 7]));
    expect(Math.abs(values.filter((v) => v === 'gold').length / 20_000 - 0.25)).toBeLessThan(0.01);
  });
});
