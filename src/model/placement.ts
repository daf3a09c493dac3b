/**
 * Where a new node goes: the free spot nearest to where it is wanted, never on top of another
 * node — at the centre of the view, or to the right of the selected node (the next step).
 */
import type { Position } from './journey';
import type { NodeSize } from './node-size';

export interface Rect extends Position, NodeSize {}

export interface SpotOptions {
  /** `around`: any direction, nearest first. `right`: never left of `wanted`, and down or up before further right. */
  toward?: 'around' | 'right';
  /** Clear space kept around every node, so cards and the labels between them stay readable. */
  gap?: number;
  /** Candidate spots lie on this grid (the canvas's snap grid). */
  step?: number;
  /** How far to look, in steps from `wanted`, before giving up and using `wanted`. */
  maxSteps?: number;
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * The top-left corner for a node of `size` near `wanted` (a top-left corner too) where it
 * overlaps none of `taken`. Looks in square rings around `wanted`, nearest ring first, and stops
 * as soon as no further ring can hold a nearer spot.
 */
export function freeSpot(taken: readonly Rect[], size: NodeSize, wanted: Position, options: SpotOptions = {}): Position {
  const { toward = 'around', gap = 40, step = 20, maxSteps = 120 } = options;
  const origin = { x: Math.round(wanted.x / step) * step, y: Math.round(wanted.y / step) * step };
  const reach = (maxSteps + 1) * step;
  // Only nodes within reach can be in the way.
  const near = taken.filter((r) => overlaps(r, { x: origin.x - reach, y: origin.y - reach, width: size.width + 2 * reach, height: size.height + 2 * reach }, gap));
  const cost = (dx: number, dy: number) => (toward === 'right' ? 2 * dx + Math.abs(dy) : Math.hypot(dx, dy));
  const free = (x: number, y: number) => !near.some((r) => overlaps(r, { x, y, width: size.width, height: size.height }, gap));

  let best: { x: number; y: number; cost: number } | null = null;
  for (let ring = 0; ring <= maxSteps; ring++) {
    // Every spot in this ring and beyond costs at least ring * step.
    if (best && best.cost <= ring * step) break;
    for (let i = -ring; i <= ring; i++) {
      const cells = ring === 0 ? [[0, 0]] : [[i, -ring], [i, ring], [-ring, i], [ring, i]];
      for (const [cx, cy] of cells) {
        if ((Math.abs(cx!) !== ring && Math.abs(cy!) !== ring) || (toward === 'right' && cx! < 0)) continue;
        const dx = cx! * step;
        const dy = cy! * step;
        const c = cost(dx, dy);
        if ((!best || c < best.cost) && free(origin.x + dx, origin.y + dy)) best = { x: origin.x + dx, y: origin.y + dy, cost: c };
      }
    }
  }
  return best ? { x: best.x, y: best.y } : origin;
}
