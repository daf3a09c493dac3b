/**
 * The whole journey as a picture for slides and handouts: a real SVG drawn from the model —
 * cards, connections, labels, the static route with its numbered steps, notes — under a title.
 * Every node is in it, however large the journey (the canvas draws only what is on screen).
 * Only native shapes and `<text>`: it opens in browsers, rsvg, ImageMagick, Inkscape and slide
 * tools, and its words stay selectable and searchable. The app rasterises the same SVG for PNG.
 */
import type { Journey } from '../model/journey';
import { edgeLabel } from '../model/labels';
import { nodeKindSummary } from '../model/preview';
import { nodeBox, nodeCard, type NodeBox } from './picture-cards';
import { edgeCurve, edgeLabelBounds, edgeLabelBox, edgeLine, type EdgeCurve } from './picture-edges';
import { FIXED, hex } from './picture-palette';
import { baselineOffset, SANS, wrapText, type TextStyle } from './picture-text';
import { el, svgDocument } from './svg-markup';

export interface PictureOptions {
  /** Shown in the subtitle, as the user reads dates (the caller formats it: the core has no clock or locale). */
  date?: string;
}

export interface JourneyPicture {
  /** The SVG file's text. */
  svg: string;
  /** Its size in pixels at 100 %. */
  width: number;
  height: number;
}

/** Space around the journey, and the least width, so a one-card journey still has room for its title. */
const MARGIN = 40;
const MIN_WIDTH = 480;
const TITLE: TextStyle = { size: 24, weight: 'bold' };
const TITLE_LINE = 30;
const SUBTITLE: TextStyle = { size: 13, weight: 'regular' };
const SUBTITLE_LINE = 18;
/** Between the title block and the journey. */
const TITLE_GAP = 28;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 persona, 3 events, … · 12 connections · static route of 7 steps · 3 December 2026". */
export function pictureSubtitle(journey: Journey, date?: string): string {
  const parts = [nodeKindSummary(journey), plural(journey.edges.length, 'connection')];
  if (journey.staticRoute.length > 0) parts.push(`static route of ${plural(journey.staticRoute.length, 'step')}`);
  if (date) parts.push(date);
  return parts.join(' · ');
}

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function grow(e: Extent, x: number, y: number, width = 0, height = 0): void {
  e.minX = Math.min(e.minX, x);
  e.minY = Math.min(e.minY, y);
  e.maxX = Math.max(e.maxX, x + width);
  e.maxY = Math.max(e.maxY, y + height);
}

/** The journey drawn as an SVG picture, with its name as the title. */
export function journeyPicture(journey: Journey, options: PictureOptions = {}): JourneyPicture {
  const boxes = new Map<string, NodeBox>(journey.nodes.map((n) => [n.id, nodeBox(n)]));
  const routeStep = new Map(journey.staticRoute.map((id, i) => [id, i + 1]));
  const routeNodes = new Set<string>();
  const branchCounts = new Map<string, number>();
  const curves: { curve: EdgeCurve; step: number; label: string }[] = [];
  for (const edge of journey.edges) {
    branchCounts.set(edge.source, (branchCounts.get(edge.source) ?? 0) + 1);
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    // A connection to a node that is not there cannot be drawn; validation reports it in the app.
    if (!source || !target) continue;
    const step = routeStep.get(edge.id) ?? 0;
    if (step > 0) routeNodes.add(edge.source).add(edge.target);
    curves.push({ curve: edgeCurve(source, target), step, label: edgeLabel(edge) });
  }

  // The frame holds every card (with its route ring), every curve and every label box.
  const extent: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const b of boxes.values()) grow(extent, b.x - 4, b.y - 4, b.width + 8, b.height + 8);
  for (const { curve, step, label } of curves) {
    grow(extent, Math.min(curve.sx, curve.c2x, curve.c1x, curve.tx), Math.min(curve.sy, curve.ty));
    grow(extent, Math.max(curve.sx, curve.c2x, curve.c1x, curve.tx), Math.max(curve.sy, curve.ty));
    if (label || step > 0) {
      const l = edgeLabelBounds(curve);
      grow(extent, l.x, l.y, l.width, l.height);
    }
  }
  if (extent.minX === Infinity) grow(extent, 0, 0);

  const width = Math.ceil(Math.max(MIN_WIDTH, extent.maxX - extent.minX + 2 * MARGIN));
  const left = extent.minX - MARGIN;
  const titleLines = wrapText(journey.name || 'Untitled journey', width - 2 * MARGIN, TITLE, 2);
  const subtitleLines = wrapText(pictureSubtitle(journey, options.date), width - 2 * MARGIN, SUBTITLE, 2);
  const titleHeight = titleLines.length * TITLE_LINE + 4 + subtitleLines.length * SUBTITLE_LINE + TITLE_GAP;
  const top = extent.minY - MARGIN - titleHeight;
  const height = Math.ceil(extent.maxY + MARGIN - top);
  const titleX = left + MARGIN;
  const titleTop = top + MARGIN;
  const subtitleTop = titleTop + titleLines.length * TITLE_LINE + 4;

  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `${round(left)} ${round(top)} ${width} ${height}`,
      'font-family': SANS,
      // The SVG default, said out loud: ImageMagick's own renderer otherwise outlines every shape and letter in black.
      stroke: 'none',
      role: 'img',
    },
    el('title', {}, journey.name || 'Untitled journey'),
    el('desc', {}, `A customer journey drawn by Journey Designer: ${pictureSubtitle(journey, options.date)}.`),
    // Light theme always: a picture for a slide or a printout, whatever the screen's theme.
    el('rect', { x: left, y: top, width, height, fill: hex('white') }),
    el(
      'text',
      { 'font-size': TITLE.size, 'font-weight': 700, fill: hex(FIXED.title) },
      ...titleLines.map((t, i) => el('tspan', { x: titleX, y: titleTop + baselineOffset(TITLE.size, TITLE_LINE) + i * TITLE_LINE }, t)),
    ),
    el(
      'text',
      { 'font-size': SUBTITLE.size, fill: hex(FIXED.subtitle) },
      ...subtitleLines.map((t, i) => el('tspan', { x: titleX, y: subtitleTop + baselineOffset(SUBTITLE.size, SUBTITLE_LINE) + i * SUBTITLE_LINE }, t)),
    ),
    // As on the canvas: connections under their labels, labels under the cards; the route above other connections.
    el('g', {}, ...curves.filter((c) => c.step === 0).map((c) => edgeLine(c.curve, false))),
    el('g', {}, ...curves.filter((c) => c.step > 0).map((c) => edgeLine(c.curve, true))),
    el('g', {}, ...curves.map((c) => edgeLabelBox(c.curve, c.step, c.label))),
    el('g', {}, ...journey.nodes.map((n) => nodeCard(n, routeNodes.has(n.id), branchCounts.get(n.id) ?? 0))),
  );
  return { svg: svgDocument(root), width, height };
}

const round = (n: number) => Math.round(n * 100) / 100;
