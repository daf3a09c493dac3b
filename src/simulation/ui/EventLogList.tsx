/** The event log that follows the playhead: what happened so far, the latest highlighted, a few still to come. */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { buildEventLog, entriesAround } from '../event-log';
import { formatClock } from '../format';
import { useSimulation } from '../store';
import { SIDE_LABELS, SIDES, type Side } from '../types';

const KIND_CLASS: Record<string, string> = {
  stall: 'text-red-800 dark:text-red-300 font-semibold',
  'off-route': 'text-red-800 dark:text-red-300',
  're-route': 'text-violet-800 dark:text-violet-300 font-semibold',
};

export function EventLogList() {
  const shown = useSimulation((s) => s.shown);
  const customer = useSimulation((s) => s.customer);
  const mode = useSimulation((s) => s.mode);
  const t = useSimulation((s) => s.clock.t);
  const sides: Side[] = mode === 'compare' ? [...SIDES] : [mode];
  const key = sides.join();
  const log = useMemo(() => {
    if (!shown) return null;
    const timelines = key.split(',').flatMap((side) => shown.timelines[side as Side] ?? []);
    return timelines.length ? buildEventLog(shown.journey, timelines, customer) : null;
  }, [shown, customer, key]);
  const list = useRef<HTMLOListElement>(null);
  const around = log ? entriesAround(log, t) : null;
  const currentKey = around?.shown[around.current]?.key;

  // Keep the current entry in view, scrolling the list only (never the page).
  useLayoutEffect(() => {
    const el = list.current;
    const item = el?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!el || !item) return;
    const top = item.offsetTop - el.offsetTop;
    if (top < el.scrollTop || top + item.offsetHeight > el.scrollTop + el.clientHeight) el.scrollTop = top - el.clientHeight + item.offsetHeight + 8;
  }, [currentKey]);

  if (!shown) return null;
  if (!log || !around) return <p className="px-3 text-sm">This run is too large to play back customer by customer; the canvas shows its traffic.</p>;
  const names = shown.reply.customers?.ids ?? [];
  return (
    <ol ref={list} aria-label="Event log" className="min-h-0 flex-1 overflow-y-auto px-3 pb-2 text-sm" tabIndex={0}>
      {around.shown.length === 0 && <li className="text-slate-700 dark:text-slate-300">Nothing yet — press play.</li>}
      {around.shown.map((e, i) => (
        <li
          key={e.key}
          aria-current={i === around.current ? 'true' : undefined}
          className={`flex gap-2 border-l-4 py-0.5 pl-2 ${i === around.current ? 'border-blue-700 bg-blue-100 dark:border-blue-300 dark:bg-blue-950' : 'border-transparent'} ${i > around.current ? 'opacity-60' : ''}`}
        >
          <span className="w-24 shrink-0 tabular-nums">{formatClock(e.at, shown.log?.start).replace(/^\w+ /, '')}</span>
          <span className="min-w-0">
            {customer === null && <span className="font-semibold">{names[e.customer]} · </span>}
            {sides.length > 1 && <span className="font-semibold">{SIDE_LABELS[e.side]} · </span>}
            <span className={KIND_CLASS[e.kind] ?? ''}>{e.text}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
