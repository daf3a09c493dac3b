/**
 * Camera maths for stops: a stop keeps the view's centre in journey coordinates and its zoom
 * (`Camera`); a canvas shows it as a viewport — the translation and scale React Flow applies —
 * which depends on the size of the screen. Pure functions, so they are tested without a DOM.
 */
import type { Camera, Journey, JourneyNode } from './journey';

/** React Flow's viewport: the journey is drawn at `zoom`, shifted by (x, y) screen pixels. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a node card is drawn at (NodeCard: `w-56 h-28`; notes `w-52`, at least `min-h-20`). */
export const CARD: Size = { width: 224, height: 112 };
const NOTE: Size = { width: 208, height: 80 };

/** Zoom limits of the canvas (JourneyCanvas's minZoom and maxZoom). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The camera of what a screen of `screen` size shows at `viewport`: the journey point at its centre, and the zoom. */
export function cameraOfViewport(viewport: Viewport, screen: Size): Camera {
  return {
    x: (screen.width / 2 - viewport.x) / viewport.zoom,
    y: (screen.height / 2 - viewport.y) / viewport.zoom,
    zoom: viewport.zoom,
  };
}

/** The viewport that puts the camera's centre in the middle of a screen of `screen` size, at the camera's zoom. */
export function viewportOfCamera(camera: Camera, screen: Size): Viewport {
  const zoom = clamp(camera.zoom, MIN_ZOOM, MAX_ZOOM);
  return { x: screen.width / 2 - camera.x * zoom, y: screen.height / 2 - camera.y * zoom, zoom };
}

/** The box around nodes, each drawn at its card size. Null for no nodes. */
export function boundsOf(nodes: readonly Pick<JourneyNode, 'kind' | 'position'>[]): Bounds | null {
  if (nodes.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    const size = n.kind === 'note' ? NOTE : CARD;
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + size.width);
    y1 = Math.max(y1, n.position.y + size.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The box around the nodes with these ids (ids not in the journey are skipped). */
export function boundsOfIds(journey: Pick<Journey, 'nodes'>, ids: readonly string[]): Bounds | null {
  const wanted = new Set(ids);
  return boundsOf(journey.nodes.filter((n) => wanted.has(n.id)));
}

export interface FrameOptions {
  /** Room left around the box on each side, in screen pixels. */
  padding: number;
  minZoom?: number;
  maxZoom?: number;
}

/** The camera that shows the whole box on a screen of `screen` size, zoom kept within the limits (a box too large for `minZoom` is centred). */
export function cameraToFrame(box: Bounds, screen: Size, options: FrameOptions): Camera {
  const fit = Math.min((screen.width - 2 * options.padding) / Math.max(1, box.width), (screen.height - 2 * options.padding) / Math.max(1, box.height));
  const zoom = clamp(fit, options.minZoom ?? MIN_ZOOM, options.maxZoom ?? MAX_ZOOM);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, zoom };
}

/** The part of the journey a screen of `screen` size shows at this camera. */
export function visibleBounds(camera: Camera, screen: Size): Bounds {
  const width = screen.width / camera.zoom;
  const height = screen.height / camera.zoom;
  return { x: camera.x - width / 2, y: camera.y - height / 2, width, height };
}

/** True when the box lies wholly inside what the camera shows. */
export function shows(camera: Camera, screen: Size, box: Bounds): boolean {
  const v = visibleBounds(camera, screen);
  const eps = 1e-6;
  return box.x >= v.x - eps && box.y >= v.y - eps && box.x + box.width <= v.x + v.width + eps && box.y + box.height <= v.y + v.height + eps;
}

/** The smallest zoom at which text of `fontPx` (journey pixels) is at least `targetPx` on screen. */
export function readableZoom(fontPx: number, targetPx: number): number {
  return targetPx / fontPx;
}

/** Presenter mode draws node titles at this size in journey pixels (presenter.css reads it as --presenter-title). */
export const PRESENTER_TITLE_PX = 26;
/** The smallest title the back row of a room reads on a 1280×720 projector. */
export const ROOM_TITLE_PX = 20;
/** The zoom below which presenter mode's titles are smaller than ROOM_TITLE_PX on screen. */
export const READABLE_ZOOM = readableZoom(PRESENTER_TITLE_PX, ROOM_TITLE_PX);
