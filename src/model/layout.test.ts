import { describe, expect, it } from 'vitest';
import { layoutJourney } from './layout';
import { createEdge, createJourney, createNode } from './factory';

describe('auto-layout', () => {
  it('lays the journey out left to right in grammar order and leaves notes alone', async () => {
    const j = createJourney('t');
    // Deliberately placed right to left.
    j.nodes.push(
      createNode('persona', { x: 900, y: 0 }, 'p'),
      createNode('event', { x: 600, y: 0 }, 'e'),
      createNode('decision', { x: 300, y: 0 }, 'd'),
      createNode('action', { x: 0, y: 0 }, 'a1'),
      createNode('action', { x: 0, y: 300 }, 'a2'),
      createNode('note', { x: 77, y: 77 }, 'n'),
    );
    j.edges.push(createEdge(j, 'p', 'e'), createEdge(j, 'e', 'd'), createEdge(j, 'd', 'a1'));
    j.edges.push(createEdge(j, 'd', 'a2'));
    const pos = await layoutJourney(j);
    expect(pos.p!.x).toBeLessThan(pos.e!.x);
    expect(pos.e!.x).toBeLessThan(pos.d!.x);
    expect(pos.d!.x).toBeLessThan(pos.a1!.x);
    expect(pos.a1!.x).toBe(pos.a2!.x);
    expect(pos.a1!.y).not.toBe(pos.a2!.y);
    expect(pos.n).toBeUndefined();
  });
});
