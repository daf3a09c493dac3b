/**
 * What happened at a node, above its card: the customer here, a stall or off-route event in
 * red with its reason, a re-route in violet — or, when everybody is shown, counts. Zoomed out,
 * the badges keep their size on screen (they are counter-scaled), so the back of the room can
 * read them even when a wide journey is fitted into one half of a compare view.
 */
import { memo } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { AlertOctagon, CornerDownRight, MapPin, Slash } from 'lucide-react';
import type { NodeOverlay } from '../overlays';
import { formatCount } from '../format';
import { useFollowingOne } from '../hooks';

/** The zoom, in steps of 0.05: badges re-render when it changes by a step, not on every frame of a zoom. */
const steppedZoom = (s: ReactFlowState) => Math.max(0.05, Math.round(s.transform[2] * 20) / 20);
/** Below this zoom the badges stop shrinking with the canvas. */
const READABLE_ZOOM = 1;
const pill = 'inline-flex items-center gap-1 rounded-md px-2 py-0.5 font-semibold shadow';
const NOTE_LABEL = { stall: 'Stall', 're-route': 'Re-route', 'off-route': 'Off-route' } as const;

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

export const NodeOverlayBadges = memo(function NodeOverlayBadges({ overlay: o, level }: { overlay: NodeOverlay; level: number }) {
  const single = useFollowingOne();
  const zoom = useStore(steppedZoom);
  const scale = Math.max(1, READABLE_ZOOM / zoom);
  const icon = 'h-4 w-4 shrink-0';
  const visible = single ? o.note !== null || o.here > 0 : o.here + o.visits + o.stalls + o.reroutes + o.offRoute > 0;
  // Nothing to say here: no element, so the node is not lifted above its neighbours (index.css).
  if (!visible) return null;
  const NoteIcon = o.note?.kind === 'stall' ? AlertOctagon : o.note?.kind === 're-route' ? CornerDownRight : Slash;
  return (
    <div
      className="pointer-events-none absolute bottom-full left-0 mb-1 flex w-max max-w-[18rem] origin-bottom-left flex-col items-start gap-1 text-base"
      style={scale > 1 ? { transform: `scale(${scale})` } : undefined}
      data-overlay
    >
      {single && o.note && (
        <span className={`${pill} ${o.note.kind === 're-route' ? 'bg-violet-700 text-white' : 'bg-red-700 text-white'}`}>
          <NoteIcon aria-hidden className={icon} />
          {/* Zoomed out, the word alone: the reason would cover the neighbours (the event log has it). */}
          <span>{level === 0 ? `${NOTE_LABEL[o.note.kind]}: ${o.note.text}` : NOTE_LABEL[o.note.kind]}</span>
        </span>
      )}
      <span className="flex w-max gap-1">
        {o.here > 0 && (
          <span className={`${pill} bg-blue-700 text-white`}>
            <MapPin aria-hidden className={icon} />
            {single ? 'Customer here' : `${formatCount(o.here)} here`}
          </span>
        )}
        {!single && o.visits > 0 && <span className={`${pill} bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900`}>{plural(o.visits, 'visit')}</span>}
        {!single && o.stalls > 0 && <span className={`${pill} bg-red-700 text-white`}>{plural(o.stalls, 'stall')}</span>}
        {!single && o.reroutes > 0 && <span className={`${pill} bg-violet-700 text-white`}>{plural(o.reroutes, 're-route')}</span>}
        {!single && o.offRoute > 0 && <span className={`${pill} bg-red-700 text-white`}>{formatCount(o.offRoute)} off-route</span>}
      </span>
    </div>
  );
});
