/**
 * Which part of a journey to show, and at what zoom, so that its cards stay readable. A fit
 * shows the whole journey when it fits at a readable zoom; otherwise it shows its start — the
 * personas and the first steps after them, as many as fit — with the rest to the right and
 * below, for the user to pan to (the minimap shows where). Following a customer shows where
 * they are and the steps they can take next.
 */
import type { Journey, JourneyNode } from './journey';
import type { NodeSize } from './node-size';
import type { Rect } from './placement';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewOptions {
  /** The smallest readable zoom. */
  minZoom: number;
  maxZoom: number;
  /** Screen pixels kept clear around what is shown. */
  padding: number;
}

type SizeOf = (id: string) => NodeSize;

function boundsOf(rects: readonly Rect[]): Rect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The zoom at which `b` fills the pane inside the padding. */
const fitZoom = (b: Rect, pane: NodeSize, padding: number) =>
  Math.min((pane.width - 2 * padding) / Math.max(1, b.width), (pane.height - 2 * padding) / Math.max(1, b.height));

const centred = (b: Rect, pane: NodeSize, zoom: number): Viewport => ({
  x: pane.width / 2 - (b.x + b.width / 2) * zoom,
  y: pane.height / 2 - (b.y + b.height / 2) * zoom,
  zoom,
});

/**
 * Shows `first` at the pane's left edge and, on the same view, as much of `context` as fits:
 * centred along an axis where everything fits, else from `first`'s top.
 */
function anchored(first: Rect, context: Rect, pane: NodeSize, zoom: number, padding: number): Viewport {
  const along = (start: number, size: number, ctxStart: number, ctxSize: number, room: number) =>
    ctxSize * zoom <= room - 2 * padding ? room / 2 - (ctxStart + ctxSize / 2) * zoom : size * zoom <= room - 2 * padding ? padding - start * zoom : room / 2 - (start + size / 2) * zoom;
  return { x: along(first.x, first.width, context.x, context.width, pane.width), y: along(first.y, first.height, context.y, context.height, pane.height), zoom };
}

function rectOf(journey: Journey, sizeOf: SizeOf): (id: string) => Rect {
  const positions = new Map(journey.nodes.map((n) => [n.id, n.position]));
  return (id) => ({ ...positions.get(id)!, ...sizeOf(id) });
}

/** The journey's nodes from its start: personas (or, without any, nodes nothing leads to), then breadth-first along the connections. */
export function nodesFromStart(journey: Journey): string[] {
  const steps = journey.nodes.filter((n) => n.kind !== 'note');
  const targets = new Set(journey.edges.map((e) => e.target));
  let start: JourneyNode[] = steps.filter((n) => n.kind === 'persona');
  if (start.length === 0) start = steps.filter((n) => !targets.has(n.id));
  if (start.length === 0) start = steps.slice(0, 1);
  const next = new Map<string, string[]>();
  for (const e of journey.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
  const order = start.map((n) => n.id);
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const t of next.get(order[i]!) ?? []) {
      if (!seen.has(t)) {
        seen.add(t);
        order.push(t);
      }
    }
  }
  // Unconnected nodes (and notes) last, left to right.
  const rest = journey.nodes.filter((n) => !seen.has(n.id)).sort((a, b) => a.position.x - b.position.x);
  return [...order, ...rest.map((n) => n.id)];
}

/** The view a fit shows: the whole journey if it is readable so, otherwise its start. Null for an empty journey. */
export function readableViewport(journey: Journey, sizeOf: SizeOf, pane: NodeSize, o: ViewOptions): Viewport | null {
  if (journey.nodes.length === 0 || pane.width <= 0 || pane.height <= 0) return null;
  const rect = rectOf(journey, sizeOf);
  const all = boundsOf(journey.nodes.map((n) => rect(n.id)));
  const whole = fitZoom(all, pane, o.padding);
  if (whole >= o.minZoom) return centred(all, pane, Math.min(o.maxZoom, whole));
  // The start, growing step by step for as long as it is readable on screen.
  const order = nodesFromStart(journey);
  let start = rect(order[0]!);
  for (const id of order.slice(1)) {
    const grown = boundsOf([start, rect(id)]);
    if (fitZoom(grown, pane, o.padding) >= o.minZoom) start = grown;
  }
  // As much of the journey as is readable: the smallest readable zoom.
  return anchored(start, all, pane, Math.min(o.minZoom, o.maxZoom), o.padding);
}

/** The steps that can come right after these nodes (through a decision, the decision's branches too). */
export function nextSteps(journey: Journey, ids: readonly string[]): string[] {
  const kind = new Map(journey.nodes.map((n) => [n.id, n.kind]));
  const out = new Set<string>();
  let frontier = [...ids];
  for (let depth = 0; depth < 2 && frontier.length > 0; depth++) {
    const further: string[] = [];
    for (const e of journey.edges) {
      if (!frontier.includes(e.source) || ids.includes(e.target) || out.has(e.target)) continue;
      out.add(e.target);
      if (kind.get(e.target) === 'decision') further.push(e.target);
    }
    frontier = further;
  }
  return [...out];
}

/**
 * Following a customer: where they are (`here`), readable, with the next steps beside it — all
 * of them when they fit at a readable zoom, otherwise `here` at the left and the next steps
 * towards the right, as far as the pane reaches.
 */
export function followViewport(journey: Journey, here: readonly string[], sizeOf: SizeOf, pane: NodeSize, o: ViewOptions): Viewport | null {
  const known = here.filter((id) => journey.nodes.some((n) => n.id === id));
  if (known.length === 0 || pane.width <= 0 || pane.height <= 0) return null;
  const rect = rectOf(journey, sizeOf);
  const now = boundsOf(known.map(rect));
  const ahead = boundsOf([now, ...nextSteps(journey, known).map(rect)]);
  const whole = fitZoom(ahead, pane, o.padding);
  if (whole >= o.minZoom) return centred(ahead, pane, Math.min(o.maxZoom, whole));
  // Where the customer is must show, even if that takes a smaller zoom (two far-apart sides).
  const zoom = Math.min(o.maxZoom, Math.max(Math.min(o.minZoom, fitZoom(now, pane, o.padding)), Math.min(o.minZoom, whole)));
  return anchored(now, ahead, pane, zoom, o.padding);
}
