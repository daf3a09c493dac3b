/**
 * A journey's thumbnail as plain geometry: one box per node where the canvas draws it and one
 * line per connection, inside a view box that frames them all. The library and the snapshots
 * draw it as small SVG; nothing here knows about React or the DOM.
 */
import type { Journey, NodeKind } from './journey';

/** The size a node is drawn at in the thumbnail: about a canvas card, so the layout reads the same. */
export const PREVIEW_NODE_SIZE = { width: 224, height: 80 } as const;

export interface PreviewBox {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PreviewLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** On the static route (the printed map), which the canvas draws thick and orange. */
  onRoute: boolean;
}

export interface JourneyPreview {
  viewBox: { x: number; y: number; width: number; height: number };
  boxes: PreviewBox[];
  lines: PreviewLine[];
}

export interface PreviewOptions {
  /** Space around the journey, in journey units. */
  padding?: number;
  /** Width ÷ height of the frame; the journey is centred in it. Default 2 (the thumbnails are wide). */
  aspect?: number;
}

/** Boxes and lines of a journey inside a frame of the given aspect; an empty journey gives an empty frame. */
export function journeyPreview(journey: Pick<Journey, 'nodes' | 'edges' | 'staticRoute'>, options: PreviewOptions = {}): JourneyPreview {
  const padding = options.padding ?? 40;
  const aspect = options.aspect ?? 2;
  const { width: w, height: h } = PREVIEW_NODE_SIZE;

  // Notes are drawn too: in a workshop journey they are part of what the page looks like.
  const boxes: PreviewBox[] = journey.nodes.map((n) => ({ id: n.id, kind: n.kind, x: n.position.x, y: n.position.y, width: w, height: h }));
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const route = new Set(journey.staticRoute);
  const lines: PreviewLine[] = [];
  for (const edge of journey.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    // A connection to a node that is not there cannot be drawn; validation reports it elsewhere.
    if (!source || !target) continue;
    // From the right handle to the left handle, as the canvas draws a connection.
    lines.push({ id: edge.id, x1: source.x + w, y1: source.y + h / 2, x2: target.x, y2: target.y + h / 2, onRoute: route.has(edge.id) });
  }

  if (boxes.length === 0) return { viewBox: { x: 0, y: 0, width: w * aspect, height: w }, boxes, lines };

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  let width = maxX - minX + 2 * padding;
  let height = maxY - minY + 2 * padding;
  // Widen or heighten the frame to the aspect so every thumbnail has the same shape and scale reads true.
  if (width / height < aspect) width = height * aspect;
  else height = width / aspect;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { viewBox: { x: cx - width / 2, y: cy - height / 2, width, height }, boxes, lines };
}

/** The view box as SVG's `viewBox` attribute spells it. */
export function viewBoxAttribute(box: JourneyPreview['viewBox']): string {
  const r = (n: number) => Math.round(n * 100) / 100;
  return `${r(box.x)} ${r(box.y)} ${r(box.width)} ${r(box.height)}`;
}

const KIND_NOUNS: Record<NodeKind, [string, string]> = {
  persona: ['persona', 'personas'],
  event: ['event', 'events'],
  decision: ['decision', 'decisions'],
  action: ['action', 'actions'],
  note: ['note', 'notes'],
};

/** What a journey is made of, in words: "1 persona, 3 events, 1 decision, 3 actions, 1 note"; "no nodes" when empty. */
export function nodeKindSummary(journey: Pick<Journey, 'nodes'>): string {
  const counts = new Map<NodeKind, number>();
  for (const n of journey.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  const parts = (Object.keys(KIND_NOUNS) as NodeKind[])
    .filter((k) => counts.has(k))
    .map((k) => {
      const n = counts.get(k)!;
      return `${n} ${KIND_NOUNS[k][n === 1 ? 0 : 1]}`;
    });
  return parts.length ? parts.join(', ') : 'no nodes';
}
