/**
 * The canvas a presentation looks through: the compare view's two panes while comparing,
 * otherwise the editor's canvas. Reads and moves its camera (src/model/camera.ts) in the
 * canvas's own size, so a stop saved on a laptop shows the same place on a projector.
 */
import type { Camera } from '../model/journey';
import { cameraOfViewport, viewportOfCamera, type Viewport } from '../model/camera';
import { comparePanes, type ComparePanes } from '../simulation/canvas/compare-panes';
import { useSimulation } from '../simulation/store';

export type CanvasHandle = ComparePanes;

let editor: CanvasHandle | null = null;

/** The editor's canvas registers itself here (PresenterMount, inside its React Flow provider). */
export function registerEditorCanvas(handle: CanvasHandle): () => void {
  editor = handle;
  return () => {
    if (editor === handle) editor = null;
  };
}

export const editorCanvas = (): CanvasHandle | null => editor;

/** The canvas on screen now. */
export function shownCanvas(): CanvasHandle | null {
  const s = useSimulation.getState();
  return s.open && s.mode === 'compare' ? comparePanes() : editor;
}

function sizeOf(handle: CanvasHandle, reserveBottom = 0): { width: number; height: number } | null {
  const el = handle.element();
  if (!el || el.clientWidth === 0 || el.clientHeight === 0) return null;
  return { width: el.clientWidth, height: Math.max(1, el.clientHeight - reserveBottom) };
}

/** Where the canvas on screen looks now (its centre and zoom), or null when no canvas is shown. */
export function currentCamera(): Camera | null {
  const handle = shownCanvas();
  const size = handle && sizeOf(handle);
  const viewport = handle?.getViewport();
  return handle && size && viewport ? cameraOfViewport(viewport, size) : null;
}

/**
 * Moves the canvas on screen to the camera, centred in its part above `reserveBottom` pixels
 * (the caption bar covers the rest). Resolves when the move is over.
 */
export async function showCamera(camera: Camera, options: { duration: number; reserveBottom: number }): Promise<boolean> {
  const handle = shownCanvas();
  const size = handle && sizeOf(handle, options.reserveBottom);
  if (!handle || !size) return false;
  await handle.setViewport(viewportOfCamera(camera, size), { duration: options.duration });
  return true;
}

export async function setViewportOf(handle: CanvasHandle, viewport: Viewport): Promise<void> {
  await handle.setViewport(viewport, { duration: 0 });
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Waits until the canvas on screen has measured its nodes and stopped moving: a canvas that
 * was just mounted fits itself to the journey once its nodes are measured, and a camera set
 * before that would be overridden. Gives up after `maxMs` (a canvas never shown).
 */
export async function whenCanvasSettled(maxMs = 3000): Promise<void> {
  const started = performance.now();
  let last: string | null = null;
  while (performance.now() - started < maxMs) {
    await frame();
    const handle = shownCanvas();
    const el = handle?.element();
    if (!handle || !el) continue;
    const root = el.closest('main') ?? el;
    const nodes = root.querySelectorAll<HTMLElement>('.react-flow__node');
    if ([...nodes].some((n) => n.style.visibility === 'hidden')) continue;
    const v = handle.getViewport();
    const key = v ? `${v.x},${v.y},${v.zoom}` : '';
    if (key !== '' && key === last) return;
    last = key;
  }
}
