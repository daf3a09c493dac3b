/**
 * A connection as the canvas draws it, in SVG: a bezier from the source card's right side to the
 * target card's left side (React Flow's `getBezierPath`, Right → Left), an arrowhead, and the
 * label box with the branch label or likelihood and, on the static route, the step number
 * (src/canvas/JourneyEdgeView.tsx).
 */
import { EDGE, FIXED, hex } from './picture-palette';
import { baselineOffset, textWidth, truncate, type TextStyle } from './picture-text';
import type { NodeBox } from './picture-cards';
import { el, fragment, num, type Markup } from './svg-markup';

const XS: TextStyle = { size: 12, weight: 'regular' };
const XS_BOLD: TextStyle = { size: 12, weight: 'bold' };

/** A connection's curve: its ends, control points and the point where its label sits. */
export interface EdgeCurve {
  sx: number;
  sy: number;
  c1x: number;
  c2x: number;
  tx: number;
  ty: number;
  labelX: number;
  labelY: number;
}

/** React Flow's control offset for a handle facing the other end (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** The curve between two cards, as React Flow's `getBezierPath` draws it from a right handle to a left one. */
export function edgeCurve(source: NodeBox, target: NodeBox): EdgeCurve {
  const sx = source.x + source.width;
  const sy = source.y + source.height / 2;
  const tx = target.x;
  const ty = target.y + target.height / 2;
  const c1x = sx + controlOffset(tx - sx);
  const c2x = tx - controlOffset(tx - sx);
  // The curve at t = 0.5, where React Flow puts the label.
  return { sx, sy, c1x, c2x, tx, ty, labelX: (sx + tx) * 0.125 + (c1x + c2x) * 0.375, labelY: (sy + ty) / 2 };
}

/**
 * The line and its arrowhead. The head is React Flow's closed arrow (a 12.5-unit marker scaled
 * by the stroke width), drawn as a shape of its own rather than an SVG `<marker>`: slide tools
 * drop markers, a path they all draw. The curve always arrives horizontally, so the head points right.
 */
export function edgeLine(curve: EdgeCurve, onRoute: boolean): Markup {
  const stroke = onRoute ? EDGE.routeStroke : EDGE.stroke;
  const width = onRoute ? EDGE.routeWidth : EDGE.width;
  const { sx, sy, c1x, c2x, tx, ty } = curve;
  const k = (12.5 / 20) * width;
  return fragment(
    el('path', { d: `M${num(sx)},${num(sy)} C${num(c1x)},${num(sy)} ${num(c2x)},${num(ty)} ${num(tx)},${num(ty)}`, fill: 'none', stroke, 'stroke-width': width }),
    el('path', {
      d: `M${num(tx - 5 * k)},${num(ty - 4 * k)} L${num(tx)},${num(ty)} L${num(tx - 5 * k)},${num(ty + 4 * k)} Z`,
      fill: stroke,
      stroke,
      'stroke-width': k,
      'stroke-linejoin': 'round',
    }),
  );
}

/** `max-w-52 px-1.5 py-0.5 border text-xs rounded`: 208 px at most, 22 px high. */
const LABEL = { maxWidth: 208, padX: 6, height: 22, line: 16 } as const;

/** The box on a connection: its step on the static route (1-based, 0 when off it) and its label. */
export function edgeLabelBox(curve: EdgeCurve, step: number, label: string): Markup | null {
  if (!label && step === 0) return null;
  const stepText = step > 0 ? String(step) : '';
  const stepWidth = stepText ? textWidth(stepText, XS_BOLD) + 8 : 0;
  const gap = stepText && label ? 4 : 0;
  const room = LABEL.maxWidth - 2 - 2 * LABEL.padX - stepWidth - gap;
  const text = label ? truncate(label, room, XS) : '';
  const width = 2 + 2 * LABEL.padX + stepWidth + gap + (text ? textWidth(text, XS) : 0);
  const x = curve.labelX - width / 2;
  const y = curve.labelY - LABEL.height / 2;
  const lineTop = y + 3;
  const baseline = lineTop + baselineOffset(12, LABEL.line);
  const left = x + 1 + LABEL.padX;
  return el(
    'g',
    {},
    label && el('title', {}, label),
    el('rect', { x, y: y + 1, width, height: LABEL.height, rx: 4, fill: '#000000', 'fill-opacity': 0.06 }),
    el('rect', { x: x + 0.5, y: y + 0.5, width: width - 1, height: LABEL.height - 1, rx: 4, fill: hex('white'), stroke: hex(FIXED.labelBorder), 'stroke-width': 1 }),
    stepText && el('rect', { x: left, y: lineTop, width: stepWidth, height: LABEL.line, rx: 4, fill: hex(FIXED.routeStep) }),
    stepText && el('text', { x: left + 4, y: baseline, 'font-size': 12, 'font-weight': 700, fill: hex('white') }, stepText),
    text && el('text', { x: left + stepWidth + gap, y: baseline, 'font-size': 12, fill: hex(FIXED.labelText) }, text),
  );
}

/** The label box's extent, so the picture's frame can include it. */
export function edgeLabelBounds(curve: EdgeCurve): { x: number; y: number; width: number; height: number } {
  return { x: curve.labelX - LABEL.maxWidth / 2, y: curve.labelY - LABEL.height / 2, width: LABEL.maxWidth, height: LABEL.height };
}
