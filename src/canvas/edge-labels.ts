/**
 * Where a connection's label sits on its curve: at the middle when that spot is clear,
 * otherwise at the nearest point along the curve that is clear of every card and of the labels
 * placed before it — React Flow draws labels under the cards, so a label on a card is a clipped
 * label. Pure geometry on the journey's positions (no DOM), computed when the journey changes.
 */
import { getBezierPath, Position as Side } from '@xyflow/system';
import type { Journey } from '../model/journey';
import type { NodeSize } from '../model/node-size';
import type { Rect } from '../model/placement';
import { HANDLE_HIT_PX } from './declared-handles';

type Point = { x: number; y: number };
type Curve = [Point, Point, Point, Point];

/** Connections start and end at the handles' centres, half a hit area beside the card (declared-handles.ts). */
export const HANDLE_OFFSET = HANDLE_HIT_PX / 2;

/** Where on its curve a label may go, nearest the middle first. */
const SPOTS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8, 0.14, 0.86];

/** The Bézier curve React Flow draws from a right-hand handle to a left-hand one (its own control points). */
export function curveOf(source: Point, target: Point): Curve {
  const [path] = getBezierPath({ sourceX: source.x, sourceY: source.y, sourcePosition: Side.Right, targetX: target.x, targetY: target.y, targetPosition: Side.Left });
  const n = path.match(/-?[\d.]+(?:e[-+]?\d+)?/gi)!.map(Number);
  return [
    { x: n[0]!, y: n[1]! },
    { x: n[2]!, y: n[3]! },
    { x: n[4]!, y: n[5]! },
    { x: n[6]!, y: n[7]! },
  ];
}

export function pointAt([p0, p1, p2, p3]: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/** A label's size on the canvas, generously (12 px text, as JourneyEdgeView draws it). */
export function labelSize(text: string, routeStep: number): NodeSize {
  const words = text ? Math.min(208, 14 + 7.2 * text.length) : 0;
  return { width: words + (routeStep > 0 ? 14 + 7.2 * String(routeStep).length : 0), height: 22 };
}

const hits = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Rectangles bucketed on a coarse grid, so each test looks at the few nearby. */
class Buckets {
  private cells = new Map<number, Rect[]>();
  constructor(private size = 320) {}
  /** Calls `visit` with each cell `r` overlaps until it returns false; false if one did. */
  private each(r: Rect, visit: (key: number) => boolean): boolean {
    const x1 = Math.floor((r.x + r.width) / this.size);
    const y1 = Math.floor((r.y + r.height) / this.size);
    for (let x = Math.floor(r.x / this.size); x <= x1; x++)
      // One number per cell (journeys stay far inside ±2^20 cells of 320 px).
      for (let y = Math.floor(r.y / this.size); y <= y1; y++) if (!visit(x * 2 ** 21 + y)) return false;
    return true;
  }
  add(r: Rect): void {
    this.each(r, (k) => {
      const cell = this.cells.get(k);
      if (cell) cell.push(r);
      else this.cells.set(k, [r]);
      return true;
    });
  }
  clear(r: Rect): boolean {
    return this.each(r, (k) => !this.cells.get(k)?.some((o) => hits(o, r)));
  }
}

/**
 * For each labelled connection, where on its curve (0 = source, 1 = target) its label goes.
 * `labels`: the connections that show a label, and its size. Connections whose ends are
 * unknown keep the middle.
 */
export function labelSpots(journey: Journey, sizeOf: (id: string) => NodeSize, labels: ReadonlyMap<string, NodeSize>): Map<string, number> {
  const cards = new Buckets();
  const placed = new Buckets();
  const rects = new Map<string, Rect>();
  for (const n of journey.nodes) {
    const r = { ...n.position, ...sizeOf(n.id) };
    rects.set(n.id, r);
    cards.add(r);
  }
  const spots = new Map<string, number>();
  for (const e of journey.edges) {
    const size = labels.get(e.id);
    const s = rects.get(e.source);
    const t = rects.get(e.target);
    if (!size || !s || !t) continue;
    const curve = curveOf({ x: s.x + s.width + HANDLE_OFFSET, y: s.y + s.height / 2 }, { x: t.x - HANDLE_OFFSET, y: t.y + t.height / 2 });
    const boxAt = (at: number): Rect => {
      const p = pointAt(curve, at);
      return { x: p.x - size.width / 2 - 3, y: p.y - size.height / 2 - 3, width: size.width + 6, height: size.height + 6 };
    };
    const spot = SPOTS.find((at) => {
      const box = boxAt(at);
      return cards.clear(box) && placed.clear(box);
    });
    // Nowhere clear (cards packed tight): the middle, as React Flow would.
    const chosen = spot ?? 0.5;
    spots.set(e.id, chosen);
    placed.add(boxAt(chosen));
  }
  return spots;
}
