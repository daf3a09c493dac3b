/**
 * As-is (mined) against to-be (designed): two read-only canvases side by side, the same real
 * customers on the same clock — the journey the map describes on the left, the journey open in
 * the editor on the right — with the compare view's controls: play, pause, speed, timeline.
 * Panning or zooming one canvas moves the other.
 */
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { Pause, Play } from 'lucide-react';
import type { Journey } from '../model/journey';
import { createEdgeAdapter, createNodeAdapter } from '../canvas/flow-adapters';
import type { JourneyFlowEdge, JourneyFlowNode } from '../canvas/flow-types';
import { nodeTypes } from '../canvas/nodes/nodes';
import { edgeTypes } from '../canvas/JourneyEdgeView';
import { OverlayLayerContext } from '../canvas/overlay-slot';
import { routeNodesOf } from '../store/derived';
import { SPEEDS } from '../simulation/clock';
import { formatClock } from '../simulation/format';
import { formatCount, formatShare } from '../mining/format';
import type { ModeSummary } from '../sim';
import { iconButton, label, primary, select } from './styles';
import { ViewSwitch } from './ViewSwitch';
import { AS_IS_LAYER, TO_BE_LAYER, playbackPause, playbackPlay, playbackSeek, playbackSpeed, playbackTick, startPlayback, usePlayback, type PaneSide } from './playback';

type Flow = ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>;

export function CompareMined() {
  const status = usePlayback((s) => s.status);
  const message = usePlayback((s) => s.message);
  const journeys = usePlayback((s) => s.journeys);
  const flows = useRef<Partial<Record<PaneSide, Flow>>>({});
  const onMove = useCallback((side: PaneSide, viewport: Viewport) => void flows.current[side === 'asIs' ? 'toBe' : 'asIs']?.setViewport(viewport), []);
  return (
    <div className="flex h-full flex-col">
      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-slate-300 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900">
        <ViewSwitch />
        <button type="button" className={primary} disabled={status === 'running'} onClick={() => void startPlayback()}>
          {status === 'idle' ? 'Replay the log through both' : status === 'running' ? 'Replaying…' : 'Replay again'}
        </button>
        <span role="status" className="text-sm">
          {message ?? (status === 'idle' ? 'The journey mined from the map beside the journey open in the editor, the same customers on one clock.' : '')}
        </span>
      </div>
      {journeys.asIs && journeys.toBe ? (
        <>
          <div className="grid min-h-0 flex-1 grid-cols-2 divide-x-2 divide-slate-400 dark:divide-slate-600">
            <Pane side="asIs" title="As-is" hint="mined from the log" journey={journeys.asIs} layer={AS_IS_LAYER} flows={flows} onMove={onMove} />
            <Pane side="toBe" title="To-be" hint={`designed: ${journeys.toBe.name}`} journey={journeys.toBe} layer={TO_BE_LAYER} flows={flows} onMove={onMove} />
          </div>
          <Controls2 />
        </>
      ) : (
        <div className="flex flex-1 items-center justify-center p-6 text-center text-sm">
          <p className="max-w-md">Press “Replay the log through both” to see where the real customers go in the journey the log describes and in the journey you designed.</p>
        </div>
      )}
    </div>
  );
}

function placed(summary: ModeSummary | null): string {
  if (!summary || summary.events === 0) return '—';
  return formatShare((summary.events - summary.offRoute - summary.ignored) / summary.events);
}

function Pane({ side, title, hint, journey, layer, flows, onMove }: { side: PaneSide; title: string; hint: string; journey: Journey; layer: string; flows: React.RefObject<Partial<Record<PaneSide, Flow>>>; onMove: (side: PaneSide, v: Viewport) => void }) {
  const summary = usePlayback((s) => s.summaries[side]);
  const nodeAdapter = useRef(createNodeAdapter()).current;
  const edgeAdapter = useRef(createEdgeAdapter()).current;
  const none = useMemo(() => new Set<string>(), []);
  const nodes = useMemo(() => nodeAdapter(journey, { selected: none, dragPositions: null, routeNodes: routeNodesOf(journey), problemsByNode: new Map(), sizes: new Map() }), [nodeAdapter, journey, none]);
  const edges = useMemo(() => edgeAdapter(journey, none, none), [edgeAdapter, journey, none]);
  return (
    <section aria-label={`${title} journey`} className="flex min-w-0 flex-col">
      <header className={`flex items-baseline gap-2 whitespace-nowrap px-3 py-1 ${side === 'asIs' ? 'bg-sky-100 dark:bg-sky-950' : 'bg-emerald-100 dark:bg-emerald-950'}`}>
        <h3 className="text-2xl font-black">{title}</h3>
        <span className="truncate text-base font-medium">{hint}</span>
        {summary && (
          <span className="ml-auto text-base font-semibold tabular-nums">
            <span className="text-2xl font-black">{placed(summary)}</span> of {formatCount(summary.events)} events placed
          </span>
        )}
      </header>
      <div className="relative min-h-0 flex-1">
        <ReactFlowProvider>
          <OverlayLayerContext.Provider value={layer}>
            <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
              id={`mined-${side}`}
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              edgesFocusable={false}
              deleteKeyCode={null}
              colorMode="system"
              minZoom={0.05}
              maxZoom={2.5}
              fitView
              fitViewOptions={{ padding: 0.12, maxZoom: 1 }}
              proOptions={{ hideAttribution: true }}
              aria-label={`${title} journey canvas`}
              onInit={(flow) => (flows.current[side] = flow)}
              onMove={(event, viewport) => {
                if (event) onMove(side, viewport);
              }}
            >
              <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
              <Controls showInteractive={false} aria-label={`Zoom controls, ${title.toLowerCase()}`} />
            </ReactFlow>
          </OverlayLayerContext.Provider>
        </ReactFlowProvider>
      </div>
    </section>
  );
}

/** Play, pause, speed and the timeline, as in the simulator's bar. */
function Controls2() {
  const clock = usePlayback((s) => s.clock);
  const start = usePlayback((s) => s.start);
  const hasTimeline = usePlayback((s) => s.timelines.asIs !== null || s.timelines.toBe !== null);
  const speedId = useId();
  useEffect(() => {
    if (!clock.playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function loop(now) {
      playbackTick(now - last);
      last = now;
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [clock.playing]);
  const disabled = !hasTimeline || clock.end <= clock.start;
  const text = disabled ? '—' : formatClock(clock.t, start ?? undefined);
  return (
    <div className="flex shrink-0 items-center gap-3 border-t-2 border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900">
      <button type="button" className={`${iconButton} h-11 w-11 !bg-blue-700 !text-white dark:!bg-blue-300 dark:!text-slate-950`} aria-label={clock.playing ? 'Pause' : 'Play'} disabled={disabled} onClick={() => (clock.playing ? playbackPause() : playbackPlay())}>
        {clock.playing ? <Pause aria-hidden className="h-6 w-6" /> : <Play aria-hidden className="h-6 w-6" />}
      </button>
      <label htmlFor={speedId} className={label}>
        Speed
      </label>
      <select id={speedId} className={select} value={clock.speed} disabled={disabled} onChange={(e) => playbackSpeed(Number(e.target.value))}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <div role="timer" aria-label="Clock" className="w-56 shrink-0 whitespace-nowrap text-xl font-bold tabular-nums">
        {text}
      </div>
      <input type="range" className="h-3 min-w-0 flex-1 accent-blue-700" aria-label="Timeline" aria-valuetext={text} min={clock.start} max={Math.max(clock.end, clock.start + 1)} step="any" value={clock.t} disabled={disabled} onChange={(e) => playbackSeek(Number(e.target.value))} />
    </div>
  );
}
