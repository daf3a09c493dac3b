/**
 * A large journey zoomed far out, drawn as a map (journey-map.ts) on one <canvas> over the pane,
 * redrawn once per frame when the view or the journey changes. React Flow keeps the pan and
 * zoom; it draws no card or line meanwhile (JourneyCanvas hands it none), so zooming and
 * panning over 5,000 nodes costs one canvas redraw a frame, not thousands of cards.
 */
import { useEffect, useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useEditor } from '../store/editor';
import { problemsOf } from '../store/derived';
import { drawJourneyMap, type MapMarks } from './journey-map';
import type { JourneyFlowEdge, JourneyFlowNode } from './flow-types';
import type { Journey } from '../model/journey';

const darkScheme = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** The marks the map draws for one journey and selection (problems and route, kept per journey). */
function marksOf(journey: Journey, selection: { nodeIds: string[]; edgeIds: string[] }, sizes: ReadonlyMap<string, { width: number; height: number }>): MapMarks {
  const problems = new Set<string>();
  for (const p of problemsOf(journey)) if (p.nodeId) problems.add(p.nodeId);
  return {
    selected: new Set([...selection.nodeIds, ...selection.edgeIds]),
    route: new Set(journey.staticRoute),
    problems,
    sizeOf: (id) => sizes.get(id),
    dark: darkScheme(),
  };
}

export function JourneyMap({ sizes }: { sizes: ReadonlyMap<string, { width: number; height: number }> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi<JourneyFlowNode, JourneyFlowEdge>();

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    let frame = 0;
    let marks: { journey: Journey; selection: unknown; value: MapMarks } | null = null;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = flow.getState();
      const { journey, selection } = useEditor.getState();
      if (!marks || marks.journey !== journey || marks.selection !== selection) marks = { journey, selection, value: marksOf(journey, selection, sizes) };
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(width * ratio);
      const h = Math.round(height * ratio);
      if (element.width !== w || element.height !== h) {
        element.width = w;
        element.height = h;
      }
      drawJourneyMap(ctx, journey, { x: transform[0], y: transform[1], zoom: transform[2], width, height }, marks.value, ratio);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    draw();
    const stopFlow = flow.subscribe((s, was) => {
      if (s.transform !== was.transform || s.width !== was.width || s.height !== was.height) schedule();
    });
    const stopEditor = useEditor.subscribe((s, was) => {
      if (s.journey !== was.journey || s.selection !== was.selection) schedule();
    });
    const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    const onScheme = () => {
      marks = null;
      schedule();
    };
    scheme?.addEventListener('change', onScheme);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      stopFlow();
      stopEditor();
      scheme?.removeEventListener('change', onScheme);
    };
  }, [flow, sizes]);

  return (
    <>
      <canvas ref={canvas} aria-hidden className="pointer-events-none absolute inset-0 z-[4] h-full w-full" data-journey-map />
      <p
        role="status"
        className="pointer-events-none absolute left-1/2 top-2 z-[5] -translate-x-1/2 rounded-full bg-slate-900/85 px-3 py-1 text-sm text-white shadow dark:bg-slate-100/90 dark:text-slate-900"
      >
        Map view: zoom in to read and edit the cards. Click a box to select it.
      </p>
    </>
  );
}
