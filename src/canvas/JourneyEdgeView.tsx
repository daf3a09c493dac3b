/** A journey connection: branch labels and likelihoods on the line; the static route drawn thick and orange. */
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import type { JourneyFlowEdge } from './flow-types';
import { DETAIL_ZOOM } from './nodes/NodeCard';
import { EdgeToken, edgePaint, useEdgeOverlay, useSpeed } from '../simulation/overlay-view';
import { curveOf, pointAt } from './edge-labels';

const zoomedOut = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;

export const JourneyEdgeView = memo(function JourneyEdgeView(props: EdgeProps<JourneyFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd } = props;
  const simple = useStore(zoomedOut);
  // Playback: this edge's traffic and the token's move (a narrow selector: only this edge's overlay).
  const sim = useEdgeOverlay(id);
  const speed = useSpeed();
  const [path, midX, midY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  // Off the middle when a card is there (computed from the journey, so it follows a drag only once dropped).
  const at = data?.labelAt ?? 0.5;
  const { x: labelX, y: labelY } = at === 0.5 ? { x: midX, y: midY } : pointAt(curveOf({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }), at);
  const onRoute = (data?.routeStep ?? 0) > 0;
  const stroke = selected ? '#2563eb' : data?.hasProblem ? '#dc2626' : onRoute ? '#ea580c' : '#64748b';
  const width = onRoute ? 4 : selected ? 3 : 1.75;
  const paint = edgePaint(sim, { stroke, width });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: paint.stroke, strokeWidth: paint.width, opacity: paint.opacity }} interactionWidth={18} />
      {sim && sim.hop >= 0 && <EdgeToken path={path} overlay={sim} speed={speed} />}
      {!simple && (data?.label || onRoute) && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute flex max-w-52 items-center gap-1 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-900 shadow-sm dark:border-slate-600 dark:bg-slate-800 dark:text-slate-50"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-edge-label={id}
          >
            {onRoute && (
              <span className="rounded bg-orange-700 px-1 font-semibold text-white" title="Step on the static route">
                {data!.routeStep}
              </span>
            )}
            {data?.label && <span className="truncate">{data.label}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { journey: JourneyEdgeView };
