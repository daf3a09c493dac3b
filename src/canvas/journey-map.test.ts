import { describe, expect, it } from 'vitest';
import { createEdge, createJourney, createNode } from '../model/factory';
import type { Journey } from '../model/journey';
import { drawJourneyMap, isMapView, MAP_ZOOM, nodeAt, type MapContext } from './journey-map';
import { KIND_STYLES } from './kinds';

/** A context that records what was drawn: each fill or stroke with its style and the shapes in its path. */
function recorder() {
  const drawn: { op: 'fill' | 'stroke'; style: string; rects: number[][]; curves: number }[] = [];
  let rects: number[][] = [];
  let curves = 0;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setTransform() {},
    clearRect() {},
    beginPath() {
      rects = [];
      curves = 0;
    },
    moveTo() {},
    bezierCurveTo() {
      curves++;
    },
    rect(x: number, y: number, w: number, h: number) {
      rects.push([x, y, w, h]);
    },
    fill() {
      drawn.push({ op: 'fill', style: String(ctx.fillStyle), rects, curves });
    },
    stroke() {
      drawn.push({ op: 'stroke', style: String(ctx.strokeStyle), rects, curves });
    },
  };
  return { ctx: ctx as unknown as MapContext, drawn };
}

function journey(): Journey {
  const j = createJourney('map');
  j.nodes.push(createNode('persona', { x: 0, y: 0 }, 'p'), createNode('event', { x: 300, y: 0 }, 'e'), createNode('action', { x: 5000, y: 5000 }, 'far'));
  j.edges.push(createEdge(j, 'p', 'e', 'pe'), createEdge(j, 'e', 'far', 'ef'));
  j.staticRoute = ['pe'];
  return j;
}

const marks = { selected: new Set<string>(), route: new Set(['pe']), problems: new Set<string>() };

describe('the journey map', () => {
  it('is how large journeys are drawn far out, and only they', () => {
    expect(isMapView(5000, MAP_ZOOM / 2)).toBe(true);
    expect(isMapView(5000, MAP_ZOOM)).toBe(false);
    expect(isMapView(23, 0.05)).toBe(false);
  });

  it('draws the boxes on screen in their kind colours, and the lines that cross the screen', () => {
    const { ctx, drawn } = recorder();
    // A 800 × 600 pane at 10 %: journey x and y from 0 to 8,000 and 6,000; the far action is inside.
    const all = drawJourneyMap(ctx, journey(), { x: 0, y: 0, zoom: 0.1, width: 800, height: 600 }, marks);
    expect(all).toEqual({ boxes: 3, lines: 2 });
    const fills = drawn.filter((d) => d.op === 'fill');
    expect(fills.map((f) => f.style).sort()).toEqual([KIND_STYLES.action.minimap, KIND_STYLES.event.minimap, KIND_STYLES.persona.minimap].sort());
    expect(fills.find((f) => f.style === KIND_STYLES.event.minimap)!.rects).toEqual([[300, 0, 224, 112]]);
    // The route's connection is drawn in its own orange stroke.
    expect(drawn.find((d) => d.op === 'stroke' && d.style === '#ea580c')!.curves).toBe(1);

    // Panned so the pane shows journey x 4,000–12,000: the start is off screen and not drawn.
    const { ctx: ctx2 } = recorder();
    expect(drawJourneyMap(ctx2, journey(), { x: -400, y: 0, zoom: 0.1, width: 800, height: 600 }, marks)).toEqual({ boxes: 1, lines: 1 });
  });

  it('outlines the selected node and nodes with problems', () => {
    const { ctx, drawn } = recorder();
    drawJourneyMap(ctx, journey(), { x: 0, y: 0, zoom: 0.1, width: 800, height: 600 }, { ...marks, selected: new Set(['e']), problems: new Set(['far']) });
    expect(drawn.find((d) => d.op === 'stroke' && d.style === '#dc2626')!.rects).toEqual([[5000, 5000, 224, 112]]);
    expect(drawn.find((d) => d.op === 'stroke' && d.style === '#1d4ed8')!.rects).toEqual([[300, 0, 224, 112]]);
  });

  it('finds the node under a click', () => {
    expect(nodeAt(journey(), { x: 310, y: 50 })?.id).toBe('e');
    expect(nodeAt(journey(), { x: 260, y: 50 })).toBeNull();
  });
});
