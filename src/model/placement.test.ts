import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_SIZE } from './node-size';
import { freeSpot, type Rect } from './placement';

const card = (x: number, y: number): Rect => ({ x, y, ...CARD_SIZE });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('a free spot for a new node', () => {
  it('is where it was wanted when nothing is there', () => {
    expect(freeSpot([], CARD_SIZE, { x: 100, y: 200 })).toEqual({ x: 100, y: 200 });
    expect(freeSpot([card(1000, 1000)], CARD_SIZE, { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('lands on the grid', () => {
    expect(freeSpot([], CARD_SIZE, { x: 107, y: 193 })).toEqual({ x: 100, y: 200 });
  });

  it('moves to the nearest spot clear of the node in the way, with the gap kept', () => {
    const taken = [card(0, 0)];
    const spot = freeSpot(taken, CARD_SIZE, { x: 0, y: 0 }, { gap: 40 });
    // Above or below is nearer than beside (cards are wider than tall), on the first grid line past the gap.
    expect(Math.abs(spot.y)).toBe(160);
    expect(spot.x).toBe(0);
  });

  it('never puts five nodes added at the same place on top of each other', () => {
    const taken: Rect[] = [];
    for (let i = 0; i < 5; i++) taken.push({ ...freeSpot(taken, CARD_SIZE, { x: 0, y: 0 }), ...CARD_SIZE });
    for (let i = 0; i < taken.length; i++) for (let j = i + 1; j < taken.length; j++) expect(overlap(taken[i]!, taken[j]!), `${i} and ${j}`).toBe(false);
  });

  it('to the right of a node: straight right, then below or above the earlier ones — never to the left', () => {
    const selected = card(0, 0);
    const wanted = { x: selected.x + selected.width + 80, y: selected.y };
    const first = freeSpot([selected], CARD_SIZE, wanted, { toward: 'right' });
    expect(first).toEqual({ x: 300, y: 0 });
    const second = freeSpot([selected, card(first.x, first.y)], CARD_SIZE, wanted, { toward: 'right' });
    expect(second.x).toBe(300);
    expect(Math.abs(second.y)).toBe(160);
  });

  it('always finds a spot clear of every node, however crowded (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: -600, max: 600 }), y: fc.integer({ min: -600, max: 600 }) }), { maxLength: 25 }), fc.boolean(), (corners, right) => {
        const taken = corners.map((c) => card(c.x, c.y));
        const spot = freeSpot(taken, CARD_SIZE, { x: 0, y: 0 }, { toward: right ? 'right' : 'around', gap: 20 });
        for (const t of taken) expect(overlap({ ...spot, ...CARD_SIZE }, t)).toBe(false);
        if (right) expect(spot.x).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
