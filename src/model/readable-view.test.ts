import { describe, expect, it } from 'vitest';
import { cloneSample } from '../samples/retail';
import type { Journey } from './journey';
import { CARD_SIZE } from './node-size';
import { followViewport, nextSteps, nodesFromStart, readableViewport, type Viewport } from './readable-view';

const options = { minZoom: 0.86, maxZoom: 1, padding: 40 };
const pane = { width: 768, height: 672 };
const sizeOf = () => CARD_SIZE;

/** Where a node's card lands on screen under a viewport. */
const onScreen = (journey: Journey, id: string, v: Viewport) => {
  const p = journey.nodes.find((n) => n.id === id)!.position;
  return { left: p.x * v.zoom + v.x, top: p.y * v.zoom + v.y, right: (p.x + CARD_SIZE.width) * v.zoom + v.x, bottom: (p.y + CARD_SIZE.height) * v.zoom + v.y };
};
const inside = (journey: Journey, id: string, v: Viewport) => {
  const r = onScreen(journey, id, v);
  return r.left >= 0 && r.top >= 0 && r.right <= pane.width && r.bottom <= pane.height;
};

/** A chain persona → event → action → … of `n` steps in one row, 300 px apart. */
function chain(n: number): Journey {
  const nodes = Array.from({ length: n }, (_, i) => {
    const base = { id: `n${i}`, position: { x: i * 300, y: 0 }, description: '' };
    if (i === 0) return { ...base, kind: 'persona' as const, name: 'P', segment: '', attributes: {}, preferredChannel: null, share: 100 };
    return i % 2 ? { ...base, kind: 'event' as const, name: `E${i}`, eventKey: `e${i}`, channel: 'any' as const, timer: null } : { ...base, kind: 'action' as const, name: `A${i}`, channel: null, cost: 0, satisfactionEffect: 0, outcome: 'none' as const };
  });
  const edges = nodes.slice(1).map((m, i) => ({ id: `e${i}`, source: `n${i}`, target: m.id, branch: null, likelihood: null }));
  return { id: 'j', name: 'Chain', description: '', nodes, edges, staticRoute: [], stops: [] };
}

describe('a readable view of the journey', () => {
  it('shows a small journey whole, centred, never magnified past 100 %', () => {
    const j = chain(2);
    const v = readableViewport(j, sizeOf, pane, options)!;
    expect(v.zoom).toBe(1);
    expect(inside(j, 'n0', v) && inside(j, 'n1', v)).toBe(true);
    const a = onScreen(j, 'n0', v);
    const b = onScreen(j, 'n1', v);
    expect(a.left).toBeCloseTo(pane.width - b.right, 6);
  });

  it('zooms out to show a larger journey whole while it stays readable', () => {
    const j = chain(3);
    const wide = { width: 800, height: 672 };
    const v = readableViewport(j, sizeOf, wide, options)!;
    expect(v.zoom).toBeGreaterThanOrEqual(options.minZoom);
    expect(v.zoom).toBeLessThan(1);
    for (const n of j.nodes) {
      const r = onScreen(j, n.id, v);
      expect(r.left >= 0 && r.right <= wide.width, n.id).toBe(true);
    }
  });

  it('shows the start of a journey too long to read whole: the persona at the left, the first steps after it', () => {
    const j = chain(12);
    const v = readableViewport(j, sizeOf, pane, options)!;
    expect(v.zoom).toBeCloseTo(options.minZoom, 6);
    expect(onScreen(j, 'n0', v).left).toBeCloseTo(options.padding, 6);
    expect(inside(j, 'n1', v)).toBe(true);
    expect(inside(j, 'n11', v)).toBe(false);
  });

  it('fits the retail sample’s personas and first events on a 1280×720 editor at a readable zoom', () => {
    const j = cloneSample();
    const v = readableViewport(j, sizeOf, pane, options)!;
    expect(v.zoom).toBeGreaterThanOrEqual(options.minZoom);
    for (const id of ['persona-deal-hunter', 'persona-loyal-regular', 'persona-busy-professional', 'event-browses-product']) expect(inside(j, id, v), id).toBe(true);
  });

  it('orders nodes from the personas along the connections, unconnected ones last', () => {
    const j = chain(4);
    j.nodes.push({ id: 'note', kind: 'note', position: { x: -500, y: 0 }, text: '', color: 'yellow' });
    expect(nodesFromStart(j)).toEqual(['n0', 'n1', 'n2', 'n3', 'note']);
    expect(readableViewport({ ...j, nodes: [] }, sizeOf, pane, options)).toBeNull();
  });
});

describe('following a customer', () => {
  it('keeps the customer’s node and the next steps in view, through a decision', () => {
    const j = cloneSample();
    const here = ['event-no-purchase-2h'];
    const next = nextSteps(j, here);
    expect(next.sort()).toEqual(['action-agent-phone-call', 'action-send-discount-email', 'decision-high-value-cart']);
    const v = followViewport(j, here, sizeOf, pane, options)!;
    expect(v.zoom).toBeGreaterThanOrEqual(options.minZoom);
    // Three columns do not fit 768 px at a readable zoom: the customer and the decision whole, its branches coming into view.
    for (const id of [...here, 'decision-high-value-cart']) expect(inside(j, id, v), id).toBe(true);
    for (const id of ['action-agent-phone-call', 'action-send-discount-email']) expect(onScreen(j, id, v).left, id).toBeLessThan(pane.width - 100);
    // With the room, all of them.
    const wide = { width: 1200, height: 672 };
    const w = followViewport(j, here, sizeOf, wide, options)!;
    for (const id of [...here, ...next]) {
      const r = onScreen(j, id, w);
      expect(r.left >= 0 && r.right <= wide.width && r.top >= 0 && r.bottom <= wide.height, id).toBe(true);
    }
  });

  it('puts the customer at the left when the next steps do not all fit, still readable', () => {
    const j = chain(12);
    const v = followViewport(j, ['n3'], sizeOf, { width: 400, height: 400 }, options)!;
    expect(v.zoom).toBeCloseTo(options.minZoom, 6);
    const r = onScreen(j, 'n3', v);
    expect(r.left).toBeCloseTo(options.padding, 6);
  });

  it('keeps the customer readable where the next step is far away (the sample’s second band)', () => {
    const j = cloneSample();
    const v = followViewport(j, ['event-cart-abandoned'], sizeOf, pane, options)!;
    expect(v.zoom).toBeGreaterThanOrEqual(options.minZoom);
    expect(inside(j, 'event-cart-abandoned', v)).toBe(true);
  });

  it('shows nothing to follow when the customer is nowhere yet', () => {
    expect(followViewport(chain(3), [], sizeOf, pane, options)).toBeNull();
  });
});
