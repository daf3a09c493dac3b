import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { createNode } from '../model/factory';
import type { ActionNode } from '../model/journey';
import { CARD_HANDLE, declaredHandles, HANDLE_HIT_PX, portsOf } from './declared-handles';

describe('declared handles', () => {
  it('put the input dot on the left edge and the output dot on the right edge, half-way down the card', () => {
    const handles = declaredHandles(createNode('event', { x: 0, y: 0 }, 'e'));
    const input = handles.find((h) => h.type === 'target' && h.id === null)!;
    const output = handles.find((h) => h.type === 'source')!;
    // Centres: (0, 56) and (224, 56) on a 224 × 112 card.
    expect([input.x + HANDLE_HIT_PX / 2, input.y + HANDLE_HIT_PX / 2, input.position]).toEqual([0, 56, Position.Left]);
    expect([output.x + HANDLE_HIT_PX / 2, output.y + HANDLE_HIT_PX / 2, output.position]).toEqual([224, 56, Position.Right]);
    expect(handles.find((h) => h.id === CARD_HANDLE)).toMatchObject({ x: 0, y: 0, width: 224, height: 112, type: 'target' });
  });

  it('follow what may connect: nothing into a persona, nothing out of a goal or an exit, nothing on a note', () => {
    expect(portsOf(createNode('persona', { x: 0, y: 0 }, 'p'))).toEqual({ input: false, output: true });
    const goal = { ...createNode('action', { x: 0, y: 0 }, 'a'), outcome: 'goal' } as ActionNode;
    expect(declaredHandles(goal).map((h) => h.type)).toEqual(['target', 'target']);
    expect(declaredHandles(createNode('note', { x: 0, y: 0 }, 'n'))).toEqual([]);
    expect(portsOf(createNode('decision', { x: 0, y: 0 }, 'd'))).toEqual({ input: true, output: true });
  });
});
