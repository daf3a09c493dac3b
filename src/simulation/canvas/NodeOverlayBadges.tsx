/**
 * What happened at a node, in a band at the bottom of its card: the customer here, a stall or
 * off-route event in red with its reason, a re-route in violet — or, when everybody is shown,
 * counts. Inside the card, the band can never cover a neighbour's card or another card's band,
 * and the card gives it the room of its facts (NodeCard), so it never covers the card's title.
 * It scales with the canvas like the title does: a readable view (canvas/legibility.ts) keeps
 * both readable. Far out, only the card's ring is left (paint.ts).
 */
import { memo } from 'react';
import { AlertOctagon, CornerDownRight, MapPin, Slash } from 'lucide-react';
import type { NodeOverlay } from '../overlays';
import { formatCount } from '../format';
import { useFollowingOne } from '../hooks';

const pill = 'inline-flex min-w-0 max-w-full items-center gap-1 rounded px-1.5 font-semibold';
const NOTE_LABEL = { stall: 'Stall', 're-route': 'Re-route', 'off-route': 'Off-route' } as const;

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

export const NodeOverlayBadges = memo(function NodeOverlayBadges({ overlay: o, level }: { overlay: NodeOverlay; level: number }) {
  const single = useFollowingOne();
  const visible = single ? o.note !== null || o.here > 0 : o.here + o.visits + o.stalls + o.reroutes + o.offRoute > 0;
  // Nothing to say here, or too far out for words: no band, and the card keeps its facts.
  if (!visible || level > 1) return null;
  const icon = level === 0 ? 'h-3.5 w-3.5 shrink-0' : 'h-5 w-5 shrink-0';
  const NoteIcon = o.note?.kind === 'stall' ? AlertOctagon : o.note?.kind === 're-route' ? CornerDownRight : Slash;
  const note = o.note && `${NOTE_LABEL[o.note.kind]}: ${o.note.text}`;
  return (
    <div className={`mt-auto flex min-h-0 shrink flex-wrap gap-1 overflow-hidden pt-1 leading-snug ${level === 0 ? 'text-sm' : 'text-xl'}`} data-overlay>
      {single && o.note && (
        <span className={`${pill} ${o.note.kind === 're-route' ? 'bg-violet-700 text-white' : 'bg-red-700 text-white'}`} title={note!}>
          <NoteIcon aria-hidden className={icon} />
          {/* Zoomed out, the word alone; the event log and the tooltip have the reason. */}
          <span className="truncate">{level === 0 ? note : NOTE_LABEL[o.note.kind]}</span>
        </span>
      )}
      {o.here > 0 && (
        <span className={`${pill} bg-blue-700 text-white`}>
          <MapPin aria-hidden className={icon} />
          {single ? 'Customer here' : `${formatCount(o.here)} here`}
        </span>
      )}
      {!single && o.stalls > 0 && <span className={`${pill} bg-red-700 text-white`}>{plural(o.stalls, 'stall')}</span>}
      {!single && o.reroutes > 0 && <span className={`${pill} bg-violet-700 text-white`}>{plural(o.reroutes, 're-route')}</span>}
      {!single && o.offRoute > 0 && <span className={`${pill} bg-red-700 text-white`}>{formatCount(o.offRoute)} off-route</span>}
      {!single && o.visits > 0 && <span className={`${pill} bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900`}>{plural(o.visits, 'visit')}</span>}
    </div>
  );
});
