/**
 * Fitting a canvas so its cards stay readable (model/readable-view.ts does the geometry): the
 * toolbar's Fit, Shift+1, the zoom controls' Fit View, the first view of a journey, and the
 * simulator's compare panes all go through here.
 */
import { useCallback } from 'react';
import { useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import type { Journey } from '../model/journey';
import { nodeSizeOf, type NodeSize } from '../model/node-size';
import { followViewport, readableViewport, type Viewport } from '../model/readable-view';
import { useEditor } from '../store/editor';
import { FIT_MAX_ZOOM, FIT_PADDING_PX, READABLE_ZOOM } from './legibility';
import type { JourneyFlowEdge, JourneyFlowNode } from './flow-types';

export const READABLE_VIEW = { minZoom: READABLE_ZOOM, maxZoom: FIT_MAX_ZOOM, padding: FIT_PADDING_PX };

type Flow = ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>;

/** Node sizes as the canvas measured them, else as cards are drawn. */
function sizesOf(flow: Flow, journey: Journey): (id: string) => NodeSize {
  const measured = new Map<string, NodeSize>();
  for (const n of flow.getNodes()) if (n.measured?.width && n.measured.height) measured.set(n.id, { width: n.measured.width, height: n.measured.height });
  const kinds = new Map(journey.nodes.map((n) => [n.id, n.kind]));
  return (id) => measured.get(id) ?? nodeSizeOf(kinds.get(id) ?? 'event');
}

/** The readable view of `journey` in a pane of this size (null: nothing to show). */
export function readableViewOf(flow: Flow, journey: Journey, pane: NodeSize): Viewport | null {
  return readableViewport(journey, sizesOf(flow, journey), pane, READABLE_VIEW);
}

/** The view that follows a customer standing at `here`, with their next steps. */
export function followViewOf(flow: Flow, journey: Journey, here: readonly string[], pane: NodeSize): Viewport | null {
  return followViewport(journey, here, sizesOf(flow, journey), pane, READABLE_VIEW);
}

/** A readable fit of the editor's canvas (inside its ReactFlowProvider); `duration` animates it. */
export function useReadableFit(): (duration?: number) => void {
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const store = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();
  return useCallback(
    (duration = 0) => {
      const { width, height } = store.getState();
      const view = readableViewOf(flow, useEditor.getState().journey, { width, height });
      if (view) void flow.setViewport(view, { duration });
    },
    [flow, store],
  );
}
