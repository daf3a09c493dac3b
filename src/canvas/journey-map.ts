/**
 * The journey as a map: far out, where no card's name can be read, a large journey is drawn as
 * coloured boxes and lines on one <canvas> instead of thousands of cards in the page. Pure
 * geometry and drawing over a 2D context: no React, no DOM lookups. JourneyMap.tsx draws it
 * in step with the canvas's viewport.
 */
import type { Journey, JourneyNode } from '../model/journey';
import { nodeSizeOf, type NodeSize } from '../model/node-size';
import { KIND_STYLES } from './kinds';
import { HANDLE_HIT_PX } from './declared-handles';

/** Below this zoom a large journey is drawn as a map: a card's largest title would be under 7 px on screen. */
export const MAP_ZOOM = 0.2;
/** Journeys above this many nodes are culled (only cards on screen are in the page) and drawn as a map far out. */
export const LARGE_JOURNEY = 300;

/** Whether the canvas draws this journey as a map at this zoom. */
export const isMapView = (nodeCount: number, zoom: number): boolean => nodeCount > LARGE_JOURNEY && zoom < MAP_ZOOM;

export interface MapView {
  /** React Flow's transform: screen = flow × zoom + (x, y). */
  x: number;
  y: number;
  zoom: number;
  /** The pane's size in CSS pixels. */
  width: number;
  height: number;
}

export interface MapMarks {
  selected: ReadonlySet<string>;
  /** Connections on the static route. */
  route: ReadonlySet<string>;
  /** Nodes with a validation problem. */
  problems: ReadonlySet<string>;
  sizeOf?: (id: string) => NodeSize | undefined;
  dark?: boolean;
}

/** The 2D context calls the map makes (a subset of CanvasRenderingContext2D, so tests can record them). */
export type MapContext = Pick<
  CanvasRenderingContext2D,
  'setTransform' | 'clearRect' | 'beginPath' | 'moveTo' | 'bezierCurveTo' | 'rect' | 'fill' | 'stroke' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'globalAlpha'
>;

interface Box {
  node: JourneyNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (node: JourneyNode, sizeOf?: MapMarks['sizeOf']): Box => ({ node, ...node.position, ...(sizeOf?.(node.id) ?? nodeSizeOf(node.kind)) });

/** The node whose box is under a point in journey coordinates (the topmost: the last drawn), if any. */
export function nodeAt(journey: Journey, point: { x: number; y: number }, marks: Pick<MapMarks, 'sizeOf'> = {}): JourneyNode | null {
  for (let i = journey.nodes.length - 1; i >= 0; i--) {
    const b = boxOf(journey.nodes[i]!, marks.sizeOf);
    if (point.x >= b.x && point.x <= b.x + b.width && point.y >= b.y && point.y <= b.y + b.height) return b.node;
  }
  return null;
}

/**
 * Draws the journey for one view: connections (the route thick and orange, selected ones blue)
 * under the boxes, one path per colour; only what falls inside the pane. Returns how many boxes
 * and lines were drawn.
 */
export function drawJourneyMap(ctx: MapContext, journey: Journey, view: MapView, marks: MapMarks, pixelRatio = 1): { boxes: number; lines: number } {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, view.width, view.height);
  ctx.setTransform(pixelRatio * view.zoom, 0, 0, pixelRatio * view.zoom, pixelRatio * view.x, pixelRatio * view.y);
  // The pane in journey coordinates, with a margin so boxes and curves crossing its edge are drawn.
  const left = -view.x / view.zoom;
  const top = -view.y / view.zoom;
  const right = left + view.width / view.zoom;
  const bottom = top + view.height / view.zoom;
  const boxes = new Map<string, Box>();
  for (const node of journey.nodes) boxes.set(node.id, boxOf(node, marks.sizeOf));
  const inside = (b: Box) => b.x <= right && b.x + b.width >= left && b.y <= bottom && b.y + b.height >= top;

  // Connections, grouped by how they are drawn.
  const groups = new Map<string, { colour: string; width: number; alpha: number; lines: [Box, Box][] }>();
  const plain = marks.dark ? '#94a3b8' : '#64748b';
  let lines = 0;
  for (const edge of journey.edges) {
    const s = boxes.get(edge.source);
    const t = boxes.get(edge.target);
    if (!s || !t) continue;
    // A line is on screen if the box around both ends is.
    const lx = Math.min(s.x, t.x);
    const ly = Math.min(s.y, t.y);
    if (lx > right || Math.max(s.x + s.width, t.x + t.width) < left || ly > bottom || Math.max(s.y + s.height, t.y + t.height) < top) continue;
    const style = marks.selected.has(edge.id)
      ? { key: 'selected', colour: '#2563eb', width: 3, alpha: 1 }
      : marks.route.has(edge.id)
        ? { key: 'route', colour: '#ea580c', width: 4, alpha: 1 }
        : { key: 'plain', colour: plain, width: 1.75, alpha: 0.7 };
    let group = groups.get(style.key);
    if (!group) groups.set(style.key, (group = { ...style, lines: [] }));
    group.lines.push([s, t]);
    lines++;
  }
  for (const key of ['plain', 'route', 'selected']) {
    const group = groups.get(key);
    if (!group) continue;
    ctx.globalAlpha = group.alpha;
    ctx.strokeStyle = group.colour;
    // At least a pixel wide on screen, whatever the zoom.
    ctx.lineWidth = Math.max(group.width, 1 / view.zoom);
    ctx.beginPath();
    for (const [s, t] of group.lines) curve(ctx, s, t);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;

  // Boxes, one path per kind, then the outlines that mark problems and the selection.
  const byKind = new Map<string, Box[]>();
  let drawn = 0;
  for (const b of boxes.values()) {
    if (!inside(b)) continue;
    const list = byKind.get(b.node.kind);
    if (list) list.push(b);
    else byKind.set(b.node.kind, [b]);
    drawn++;
  }
  for (const [kind, list] of byKind) {
    ctx.fillStyle = KIND_STYLES[kind as JourneyNode['kind']].minimap;
    ctx.beginPath();
    for (const b of list) ctx.rect(b.x, b.y, b.width, b.height);
    ctx.fill();
  }
  outline(ctx, [...byKind.values()].flat().filter((b) => marks.problems.has(b.node.id)), '#dc2626', Math.max(8, 3 / view.zoom));
  outline(ctx, [...byKind.values()].flat().filter((b) => marks.selected.has(b.node.id)), marks.dark ? '#93c5fd' : '#1d4ed8', Math.max(10, 4 / view.zoom));
  return { boxes: drawn, lines };
}

/** The curve React Flow draws from a card's output to the next card's input (getBezierPath, curvature 0.25). */
function curve(ctx: MapContext, s: Box, t: Box): void {
  const sx = s.x + s.width + HANDLE_HIT_PX / 2;
  const sy = s.y + s.height / 2;
  const tx = t.x - HANDLE_HIT_PX / 2;
  const ty = t.y + t.height / 2;
  const offset = (d: number) => (d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d));
  ctx.moveTo(sx, sy);
  ctx.bezierCurveTo(sx + offset(tx - sx), sy, tx - offset(tx - sx), ty, tx, ty);
}

function outline(ctx: MapContext, boxes: Box[], colour: string, width: number): void {
  if (!boxes.length) return;
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  for (const b of boxes) ctx.rect(b.x, b.y, b.width, b.height);
  ctx.stroke();
}
