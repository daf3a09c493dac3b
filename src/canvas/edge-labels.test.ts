import { describe, expect, it } from 'vitest';
import { getBezierPath, Position } from '@xyflow/system';
import { cloneSample } from '../samples/retail';
import { CARD_SIZE } from '../model/node-size';
import type { Journey } from '../model/journey';
import { curveOf, HANDLE_OFFSET, labelSize, labelSpots, pointAt } from './edge-labels';
import { edgeCaption, edgeLabelSpots } from './flow-adapters';

const sizeOf = () => CARD_SIZE;

describe('edge label placement', () => {
  it('follows React Flow’s own curve: its middle is React Flow’s label point', () => {
    const s = { x: 236, y: 56 };
    const t = { x: 600, y: 356 };
    const [, labelX, labelY] = getBezierPath({ sourceX: s.x, sourceY: s.y, sourcePosition: Position.Right, targetX: t.x, targetY: t.y, targetPosition: Position.Left });
    const mid = pointAt(curveOf(s, t), 0.5);
    expect(mid.x).toBeCloseTo(labelX, 6);
    expect(mid.y).toBeCloseTo(labelY, 6);
    expect(pointAt(curveOf(s, t), 0)).toEqual(s);
  });

  it('keeps the middle when it is clear, and moves along the curve off a card in the way', () => {
    const node = (id: string, x: number, y: number) => ({ id, kind: 'event' as const, name: id, eventKey: id, channel: 'any' as const, description: '', timer: null, position: { x, y } });
    const journey: Journey = {
      id: 'j',
      name: 'j',
      description: '',
      // a → c passes straight over b, which sits in the middle.
      nodes: [node('a', 0, 0), node('b', 400, 0), node('c', 800, 0)],
      edges: [{ id: 'ac', source: 'a', target: 'c', branch: null, likelihood: 0.5 }],
      staticRoute: [],
      stops: [],
    };
    const labels = new Map([['ac', labelSize('50%', 0)]]);
    const t = labelSpots(journey, sizeOf, labels).get('ac')!;
    expect(t).not.toBe(0.5);
    const p = pointAt(curveOf({ x: 224 + HANDLE_OFFSET, y: 56 }, { x: 800 - HANDLE_OFFSET, y: 56 }), t);
    expect(p.x + labelSize('50%', 0).width / 2 < 400 || p.x - labelSize('50%', 0).width / 2 > 624).toBe(true);

    const clear = { ...journey, nodes: journey.nodes.filter((n) => n.id !== 'b') };
    expect(labelSpots(clear, sizeOf, labels).get('ac')).toBe(0.5);
  });

  it('puts every label of the retail sample clear of the cards and of each other', () => {
    const journey = cloneSample();
    const spots = edgeLabelSpots(journey, new Map());
    const rect = (id: string) => ({ ...journey.nodes.find((n) => n.id === id)!.position, ...CARD_SIZE });
    const boxes: { id: string; x: number; y: number; width: number; height: number }[] = [];
    for (const e of journey.edges) {
      if (!spots.has(e.id)) continue;
      const s = rect(e.source);
      const t = rect(e.target);
      const p = pointAt(curveOf({ x: s.x + s.width + HANDLE_OFFSET, y: s.y + s.height / 2 }, { x: t.x - HANDLE_OFFSET, y: t.y + t.height / 2 }), spots.get(e.id)!);
      const size = labelSize(edgeCaption(e), journey.staticRoute.indexOf(e.id) + 1);
      boxes.push({ id: e.id, x: p.x - size.width / 2, y: p.y - size.height / 2, ...size });
    }
    expect(boxes.length).toBeGreaterThan(20);
    const over = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const b of boxes) {
      for (const n of journey.nodes) expect(over(b, rect(n.id)), `${b.id} label over ${n.id}`).toBe(false);
      for (const o of boxes) if (o !== b) expect(over(b, o), `${b.id} label over ${o.id}'s`).toBe(false);
    }
  });
});
