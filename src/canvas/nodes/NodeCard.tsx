/** The card every journey node is drawn with: icon, kind, name, one or two facts, badges and handles. */
import { memo, type ReactNode } from 'react';
import { Handle, Position, useStore, type ReactFlowState } from '@xyflow/react';
import { AlertTriangle, Route } from 'lucide-react';
import type { NodeKind } from '../../model/journey';
import { KIND_LABELS } from '../../model/factory';
import { KIND_STYLES } from '../kinds';
import { NodeOverlayBadges, overlayRing, useNodeOverlay } from '../../simulation/overlay-view';
import { CARD_HANDLE } from '../declared-handles';

/** Below this zoom the canvas draws simplified nodes: readable names, no details. */
export const DETAIL_ZOOM = 0.45;
/** Below this zoom the simplified names grow again, so a whole journey stays legible on a projector. */
const FAR_ZOOM = 0.25;
/** 0 = full detail, 1 = simplified, 2 = simplified with large names. A number, so nodes re-render only when it flips. */
const detailLevel = (s: ReactFlowState) => (s.transform[2] >= DETAIL_ZOOM ? 0 : s.transform[2] >= FAR_ZOOM ? 1 : 2);

export interface NodeCardProps {
  kind: NodeKind;
  name: string;
  selected: boolean;
  onRoute: boolean;
  problems: number;
  facts?: ReactNode;
  badge?: ReactNode;
  /** A connection may end here / start here (declared-handles.ts `portsOf`, which also places the handles). */
  input: boolean;
  output: boolean;
}

export const NodeCard = memo(function NodeCard({ kind, name, selected, onRoute, problems, facts, badge, input, output }: NodeCardProps) {
  const level = useStore(detailLevel);
  // Playback: what happened here at the playhead (a narrow selector: only this node's overlay).
  const sim = useNodeOverlay();
  const style = KIND_STYLES[kind];
  const Icon = style.icon;
  const ring = overlayRing(sim) ?? (selected ? 'ring-4 ring-blue-500/70' : onRoute ? 'ring-4 ring-orange-400/80' : '');
  // Zoomed out, badges are gone: a thick red border still says this node has a problem.
  const problemBorder = level > 0 && problems > 0 ? '!border-8 !border-red-600' : '';
  return (
    // A fixed size in every level of detail: switching level never makes React Flow re-measure
    // a thousand nodes mid-zoom. No shadow when zoomed out: software rasterisers pay for each one.
    // A column: during playback the overlay band takes the facts' place at the bottom (never the title's).
    <>
    <div
      className={`group/card flex h-28 w-56 flex-col overflow-hidden rounded-lg border-2 px-3 py-2 ${level === 0 ? 'shadow-sm' : ''} ${style.card} ${ring} ${problemBorder}`}
      data-kind={kind}
      data-on-route={onRoute || undefined}
    >
      {level > 0 ? (
        <div className={`flex min-h-0 shrink items-center gap-2 font-semibold leading-tight ${level === 1 ? 'text-2xl' : 'text-4xl'}`}>
          <span className="line-clamp-2 break-words" data-node-title>
            {name}
          </span>
        </div>
      ) : (
        <>
          <div className="flex shrink-0 items-center gap-1.5 text-xs font-medium">
            <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 ${style.badge}`}>
              <Icon aria-hidden className="h-3.5 w-3.5" />
              {KIND_LABELS[kind]}
            </span>
            {badge}
            <span className="ml-auto flex items-center gap-1">
              {onRoute && (
                <span title="On the static route" className="inline-flex items-center rounded bg-orange-600 px-1 py-0.5 text-white">
                  <Route aria-hidden className="h-3.5 w-3.5" />
                  <span className="sr-only">On the static route</span>
                </span>
              )}
              {problems > 0 && (
                <span title={`${problems} problem${problems > 1 ? 's' : ''}`} className="inline-flex items-center gap-0.5 rounded bg-red-700 px-1 py-0.5 text-white">
                  <AlertTriangle aria-hidden className="h-3.5 w-3.5" />
                  {problems}
                  <span className="sr-only">problem{problems > 1 ? 's' : ''}</span>
                </span>
              )}
            </span>
          </div>
          <div className="mt-1 line-clamp-2 min-h-0 shrink-0 break-words text-sm font-semibold leading-snug" data-node-title>
            {name}
          </div>
          {facts && <div className="mt-1 space-y-0.5 text-xs opacity-90 group-has-[[data-overlay]]/card:hidden">{facts}</div>}
        </>
      )}
      {sim && <NodeOverlayBadges overlay={sim} level={level} />}
    </div>
    {/* Handles outside the card's clipping, with a touchpad-sized hit area (index.css). The
        second input covers the whole card and only takes part while a connection is dragged:
        a connection dropped anywhere on the card connects (or is refused, with the reason). */}
    {input && <Handle type="target" position={Position.Left} className="journey-handle" />}
    {input && <Handle type="target" id={CARD_HANDLE} position={Position.Left} isConnectableStart={false} className="journey-card-target" />}
    {output && <Handle type="source" position={Position.Right} className="journey-handle" />}
    </>
  );
});
