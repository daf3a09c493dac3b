/**
 * Compare: the printed route on the left, the GPS on the right — the same journey, the same
 * customers, the same clock. Panning or zooming one canvas moves the other with it.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { ReactFlowProvider, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import type { JourneyFlowEdge, JourneyFlowNode } from '../../canvas/flow-types';
import { useEditor } from '../../store/editor';
import { formatMetric } from '../format';
import { useSimulation } from '../store';
import { SIDES, type Side } from '../types';
import type { Journey } from '../../model/journey';
import { followNow, useOnCustomerMove } from './follow';
import { ReadOnlyCanvas } from './ReadOnlyCanvas';
import { registerComparePanes } from './compare-panes';

const PANES: { side: Side; title: string; hint: string }[] = [
  { side: 'static', title: 'Static', hint: 'the printed route' },
  { side: 'dynamic', title: 'Dynamic', hint: 're-routes around closures' },
];

export function CompareView() {
  const shownJourney = useSimulation((s) => s.shown?.journey ?? null);
  const editorJourney = useEditor((s) => s.journey);
  const journey = shownJourney ?? editorJourney;
  // A new journey or a new pane width: start the canvases afresh, with a first view of their own.
  const panelOpen = useSimulation((s) => s.panelOpen);
  const fitKey = `${versionOf(journey)}-${panelOpen}`;
  const flows = useRef<Partial<Record<Side, ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>>>>({});
  const paneRef = useRef<HTMLDivElement>(null);
  const follow = useFollowCustomer(flows, paneRef, journey);
  const onInit = useCallback(
    (side: Side, flow: ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>) => {
      flows.current[side] = flow;
      // The first view: the customer followed, or the journey's readable start.
      follow(false);
    },
    [follow],
  );
  useEffect(
    () =>
      registerComparePanes({
        element: () => paneRef.current,
        getViewport: () => (flows.current.static ?? flows.current.dynamic)?.getViewport() ?? null,
        setViewport: async (viewport, options) => void (await Promise.all(SIDES.map((side) => flows.current[side]?.setViewport(viewport, options)))),
      }),
    [],
  );
  const onUserMove = useCallback((side: Side, viewport: Viewport) => {
    void flows.current[side === 'static' ? 'dynamic' : 'static']?.setViewport(viewport);
  }, []);
  return (
    <div className="grid h-full grid-cols-2 divide-x-2 divide-slate-400 dark:divide-slate-600">
      {PANES.map(({ side, title, hint }) => (
        <section key={side} aria-label={`${title} journey`} className="flex min-w-0 flex-col">
          <PaneHeader side={side} title={title} hint={hint} />
          <div ref={side === 'static' ? paneRef : undefined} className="relative min-h-0 flex-1">
            <ReactFlowProvider key={fitKey}>
              <ReadOnlyCanvas side={side} journey={journey} label={`${title} journey canvas`} onInit={onInit} onUserMove={onUserMove} />
            </ReactFlowProvider>
          </div>
        </section>
      ))}
    </div>
  );
}

type Flows = RefObject<Partial<Record<Side, ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>>>>;

/** Both canvases follow the customer (follow.ts). */
function useFollowCustomer(flows: Flows, pane: RefObject<HTMLDivElement | null>, journey: Journey): (animate: boolean) => void {
  const follow = useCallback(
    (animate: boolean) => {
      const box = pane.current;
      if (!box) return;
      followNow(flows.current, journey, { width: box.clientWidth, height: box.clientHeight }, animate);
    },
    [flows, pane, journey],
  );
  useOnCustomerMove(useCallback(() => follow(true), [follow]));
  return follow;
}

const versions = new WeakMap<object, number>();
let lastVersion = 0;
/** A number per journey object (journeys are immutable: a new object is a new version). */
function versionOf(journey: object): number {
  let v = versions.get(journey);
  if (v === undefined) versions.set(journey, (v = ++lastVersion));
  return v;
}

function PaneHeader({ side, title, hint }: { side: Side; title: string; hint: string }) {
  const summary = useSimulation((s) => s.shown?.reply.summary[side] ?? null);
  const second = side === 'static' ? { value: summary?.stalls ?? 0, word: 'stall' } : { value: summary?.reroutes ?? 0, word: 're-route' };
  return (
    // In a narrow pane (1024 px, results open) the hint gives way first; nothing runs past the pane.
    <header className={`flex items-baseline gap-2 overflow-hidden whitespace-nowrap px-3 py-1 ${side === 'static' ? 'bg-orange-100 dark:bg-orange-950' : 'bg-emerald-100 dark:bg-emerald-950'}`}>
      <h2 className="shrink-0 text-2xl font-black">{title}</h2>
      <span className="min-w-0 flex-1 truncate text-base font-medium">{hint}</span>
      {summary && (
        <span className="shrink-0 text-sm font-semibold tabular-nums xl:text-base">
          <span className="text-2xl font-black">{formatMetric('goalRate', summary.goalRate)}</span>
          <span className="hidden xl:inline"> goal</span> · {second.value} {second.word}
          {second.value === 1 ? '' : 's'}
        </span>
      )}
    </header>
  );
}
