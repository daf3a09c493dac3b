import { describe, expect, it } from 'vitest';
import { createNode } from '../../model/factory';
import type { JourneyNode } from '../../model/journey';
import { LONG_LIST, offeredTargets } from './ConnectTo';

const action = (i: number, x: number): JourneyNode => ({ ...createNode('action', { x, y: 0 }, `a${i}`), name: `Action ${i}` }) as JourneyNode;

describe('the Connect to list', () => {
  const from = createNode('event', { x: 0, y: 0 }, 'e');

  it('offers every candidate of a short list, in journey order', () => {
    const few = [action(1, 900), action(2, 300)];
    expect(offeredTargets(few, from, '').shown.map((n) => n.id)).toEqual(['a1', 'a2']);
  });

  it('offers the nearest of a long list first, and finds the others by name', () => {
    const many = Array.from({ length: 3 * LONG_LIST }, (_, i) => action(i, (3 * LONG_LIST - i) * 100));
    const { shown, matching } = offeredTargets(many, from, '');
    expect(matching).toBe(many.length);
    expect(shown).toHaveLength(LONG_LIST);
    // Furthest in journey order, nearest on the canvas.
    expect(shown[0]!.id).toBe(`a${3 * LONG_LIST - 1}`);
    const found = offeredTargets(many, from, 'action 7');
    expect(found.shown.map((n) => n.id)).toEqual(['a79', 'a78', 'a77', 'a76', 'a75', 'a74', 'a73', 'a72', 'a71', 'a70', 'a7']);
    expect(offeredTargets(many, from, 'no such').matching).toBe(0);
  });
});
