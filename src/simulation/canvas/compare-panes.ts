/**
 * The compare view's two canvases, for whoever must read or move their camera from outside
 * (a presentation's stops). Both panes share one viewport, so one size and one viewport do.
 */
import type { Viewport } from '@xyflow/react';

export interface ComparePanes {
  /** The pane's canvas element (each pane has the same size). */
  element: () => HTMLElement | null;
  getViewport: () => Viewport | null;
  setViewport: (viewport: Viewport, options?: { duration?: number }) => Promise<void>;
}

let shown: ComparePanes | null = null;

/** Called by the compare view while it is on screen; returns the function that unregisters it. */
export function registerComparePanes(panes: ComparePanes): () => void {
  shown = panes;
  return () => {
    if (shown === panes) shown = null;
  };
}

/** The compare view's canvases, or null when it is not on screen. */
export function comparePanes(): ComparePanes | null {
  return shown;
}
