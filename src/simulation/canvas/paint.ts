/** How overlays look on the canvas: strong colours with text, readable from the back of a room. */
import type { EdgeOverlay, NodeOverlay } from '../overlays';

/** The card's ring: red where the customer stalled or went off-route, blue where they stand, green where they passed. */
export function overlayRing(o: NodeOverlay | undefined): string | null {
  if (!o) return null;
  if (o.note?.kind === 'stall' || o.note?.kind === 'off-route') return 'ring-8 ring-red-600';
  if (o.here > 0) return 'ring-8 ring-blue-600';
  if (o.note?.kind === 're-route') return 'ring-8 ring-violet-600';
  if (o.stalls > 0) return 'ring-4 ring-red-600';
  if (o.visits > 0) return 'ring-4 ring-emerald-600';
  return null;
}

export interface EdgePaint {
  stroke: string;
  width: number;
  opacity: number;
}

/** Taken edges thick and green (violet for a re-route), thicker with traffic; untaken ones faint. */
export function edgePaint(o: EdgeOverlay | undefined, base: { stroke: string; width: number }): EdgePaint {
  if (!o) return { ...base, opacity: 1 };
  if (o.traffic === 0 && o.hop < 0) return { ...base, opacity: 0.3 };
  if (o.keepColour) return { stroke: base.stroke, width: Math.max(base.width, 2 + 10 * o.heat), opacity: 1 };
  return { stroke: o.rerouted ? '#7c3aed' : '#059669', width: 3 + 9 * o.heat, opacity: 1 };
}
