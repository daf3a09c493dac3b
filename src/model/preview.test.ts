import { describe, expect, it } from 'vitest';
import { createEdge, createJourney, createNode } from './factory';
import { journeyPreview, nodeKindSummary, PREVIEW_NODE_SIZE, viewBoxAttribute } from './preview';
import { sampleModelJourney } from '../io/journey-file.fixtures';

const { width: W, height: H } = PREVIEW_NODE_SIZE;

describe('journeyPreview', () => {
  it('draws one box per node where the canvas puts it, coloured by kind', () => {
    const preview = journeyPreview(sampleModelJourney());
    expect(preview.boxes).toHaveLength(9);
    expect(preview.boxes[0]).toEqual({ id: 'p1', kind: 'persona', x: 0, y: 0, width: W, height: H });
    expect(preview.boxes.find((b) => b.id === 'n1')).toMatchObject({ kind: 'note', x: 0, y: 300 });
  });

  it('draws connections from the right side of the source to the left side of the target, marking the static route', () => {
    const preview = journeyPreview(sampleModelJourney());
    expect(preview.lines).toHaveLength(7);
    expect(preview.lines[0]).toEqual({ id: 'x1', x1: W, y1: H / 2, x2: 200, y2: H / 2, onRoute: true });
    expect(preview.lines.filter((l) => l.onRoute).map((l) => l.id)).toEqual(['x1', 'x2', 'x3', 'x5', 'x7']);
  });

  it('frames every node with padding, centred, in the requested aspect', () => {
    const { viewBox, boxes } = journeyPreview(sampleModelJourney(), { padding: 10, aspect: 2 });
    expect(viewBox.width / viewBox.height).toBeCloseTo(2, 9);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(viewBox.x + 10 - 1e-9);
      expect(b.y).toBeGreaterThanOrEqual(viewBox.y + 10 - 1e-9);
      expect(b.x + b.width).toBeLessThanOrEqual(viewBox.x + viewBox.width - 10 + 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(viewBox.y + viewBox.height - 10 + 1e-9);
    }
    // The sample spans x 0…1224 and y −100…380: the frame's centre is the journey's centre.
    expect(viewBox.x + viewBox.width / 2).toBeCloseTo(612, 9);
    expect(viewBox.y + viewBox.height / 2).toBeCloseTo(140, 9);
  });

  it('heightens the frame of a wide journey and widens the frame of a tall one', () => {
    const tall = createJourney();
    tall.nodes = [createNode('event', { x: 0, y: 0 }, 'a'), createNode('event', { x: 0, y: 1000 }, 'b')];
    const { viewBox } = journeyPreview(tall, { padding: 0, aspect: 2 });
    expect(viewBox).toEqual({ x: W / 2 - (1000 + H), y: 0, width: 2 * (1000 + H), height: 1000 + H });
  });

  it('gives an empty journey an empty frame, and skips connections to missing nodes', () => {
    expect(journeyPreview(createJourney())).toEqual({ viewBox: { x: 0, y: 0, width: 2 * W, height: W }, boxes: [], lines: [] });
    const broken = createJourney();
    broken.nodes = [createNode('event', { x: 0, y: 0 }, 'a'), createNode('action', { x: 300, y: 0 }, 'b')];
    broken.edges = [createEdge(broken, 'a', 'b', 'ok'), { ...createEdge(broken, 'a', 'gone', 'dangling') }];
    expect(journeyPreview(broken).lines.map((l) => l.id)).toEqual(['ok']);
  });

  it('spells the view box as the SVG attribute, rounded to hundredths', () => {
    expect(viewBoxAttribute({ x: -1.234, y: 0, width: 100.005, height: 50 })).toBe('-1.23 0 100.01 50');
  });

  it('says what a journey is made of, kind by kind', () => {
    expect(nodeKindSummary(sampleModelJourney())).toBe('1 persona, 3 events, 1 decision, 3 actions, 1 note');
    expect(nodeKindSummary(createJourney())).toBe('no nodes');
  });
});
