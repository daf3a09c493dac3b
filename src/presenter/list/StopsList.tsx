/**
 * The stops list: a side panel over the canvas, in the editor and in the simulator alike.
 * Add the view on screen as a stop, reorder (drag, the arrow buttons, or Alt+↑/↓ on a stop),
 * edit the words, go to a stop, present from it. Every change goes through the editor store's
 * stop verbs, so Ctrl+Z undoes it.
 */
import { useEffect, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { ArrowDown, ArrowUp, GripVertical, MapPinPlus, Play, Presentation, Trash2, X } from 'lucide-react';
import { stopLabel } from '../../model/stops';
import { iconButtonClass } from '../../panels/fields';
import { useEditor } from '../../store/editor';
import { addStopHere, showStopInEditor } from '../controller';
import { present } from '../entry';
import { usePresenter } from '../store';
import { readabilityWarning } from './describe';
import { StopForm, smallButton } from './StopForm';

const STOP_DRAG_TYPE = 'application/x-journey-stop';

export function StopsList() {
  const stops = useEditor((s) => s.journey.stops);
  const index = usePresenter((s) => s.index);
  const [open, setOpen] = useState<string | null>(() => stops[index]?.id ?? null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const panel = useRef<HTMLElement>(null);
  const refocus = useRef<{ id: string; part: string } | null>(null);

  useEffect(() => panel.current?.querySelector<HTMLElement>('[data-focus-first]')?.focus(), []);
  // A stop that moved keeps the keyboard on the button that moved it.
  useLayoutEffect(() => {
    const want = refocus.current;
    if (!want) return;
    refocus.current = null;
    panel.current?.querySelector<HTMLElement>(`[data-stop="${CSS.escape(want.id)}"] [data-part="${want.part}"]`)?.focus();
  }, [stops]);

  const close = () => {
    usePresenter.getState().setListOpen(false);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-stops-toggle]')?.focus());
  };
  const move = (id: string, to: number, part: string) => {
    refocus.current = { id, part };
    useEditor.getState().moveStop(id, to);
    usePresenter.getState().pick(Math.max(0, Math.min(stops.length - 1, to)));
  };
  const remove = (id: string, i: number) => {
    useEditor.getState().removeStop(id);
    useEditor.getState().notify(`Stop ${i + 1} removed. Ctrl+Z brings it back.`);
  };
  const onRowKey = (e: KeyboardEvent, id: string, i: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(id, i + (e.key === 'ArrowUp' ? -1 : 1), 'title');
  };
  const onDrop = (e: DragEvent, to: number) => {
    const id = e.dataTransfer.getData(STOP_DRAG_TYPE);
    setDragOver(null);
    if (!id) return;
    e.preventDefault();
    const from = stops.findIndex((s) => s.id === id);
    move(id, from < to ? to - 1 : to, 'title');
  };
  const allowDrop = (e: DragEvent, at: number) => {
    if (!e.dataTransfer.types.includes(STOP_DRAG_TYPE)) return;
    e.preventDefault();
    setDragOver(at);
  };

  return (
    <aside
      ref={panel}
      aria-labelledby="stops-title"
      className="absolute inset-y-0 left-0 z-20 flex w-80 flex-col border-r border-slate-300 bg-white text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="flex items-center gap-1 border-b border-slate-300 px-2 py-2 dark:border-slate-700">
        <h2 id="stops-title" className="text-sm font-bold">
          Stops ({stops.length})
        </h2>
        <button type="button" className={`${smallButton} ml-auto`} onClick={addStopHere} title="Add the view on screen as a stop (Shift+S)" data-focus-first>
          <MapPinPlus aria-hidden className="h-3.5 w-3.5" />
          Add stop
        </button>
        <button type="button" className={smallButton} onClick={() => present(0)} disabled={stops.length === 0} title="Present from the first stop (P)">
          <Presentation aria-hidden className="h-3.5 w-3.5" />
          Present
        </button>
        <button type="button" className={iconButtonClass} aria-label="Close the stops list" title="Close (Esc)" onClick={close}>
          <X aria-hidden className="h-4 w-4" />
        </button>
      </div>
      {stops.length === 0 ? (
        <p className="p-3 text-sm">
          A stop is a view of the journey the room sees, with a caption — and, from the simulator, the customers replayed at that moment. Frame a
          view on the canvas, then <strong>Add stop</strong> (Shift+S). Press <kbd className="rounded border px-1">P</kbd> to present.
        </p>
      ) : (
        <ol aria-label="Stops, in the order they are presented" className="min-h-0 flex-1 overflow-y-auto py-1" onDragLeave={() => setDragOver(null)}>
          {stops.map((stop, i) => {
            const expanded = open === stop.id;
            const warning = readabilityWarning(stop);
            return (
              <li
                key={stop.id}
                data-stop={stop.id}
                aria-current={i === index ? 'step' : undefined}
                className={`border-y-2 ${dragOver === i ? 'border-t-blue-600' : 'border-transparent'} ${i === index ? 'bg-blue-50 dark:bg-slate-800' : ''}`}
                onDragOver={(e) => allowDrop(e, i)}
                onDrop={(e) => onDrop(e, i)}
                onKeyDown={(e) => onRowKey(e, stop.id, i)}
              >
                <div className="flex items-center gap-1 px-1 py-1">
                  <span
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.setData(STOP_DRAG_TYPE, stop.id);
                      e.dataTransfer.effectAllowed = 'move';
                    }}
                    className="cursor-grab text-slate-600 dark:text-slate-300"
                    title="Drag to reorder (or Alt+↑/↓)"
                    aria-hidden
                  >
                    <GripVertical className="h-4 w-4" />
                  </span>
                  <button
                    type="button"
                    data-part="title"
                    className="min-w-0 flex-1 rounded px-1 py-0.5 text-left text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:hover:bg-slate-700"
                    aria-expanded={expanded}
                    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                    onClick={() => {
                      setOpen(expanded ? null : stop.id);
                      if (!expanded) void showStopInEditor(i);
                    }}
                  >
                    <span className="font-semibold tabular-nums">{i + 1}.</span> <span className="font-semibold">{stopLabel(stop, i)}</span>
                    {stop.caption && stop.name && <span className="block truncate text-xs text-slate-700 dark:text-slate-300">{stop.caption}</span>}
                    {warning && <span className="block text-xs font-medium text-amber-800 dark:text-amber-300">Small titles</span>}
                  </button>
                  <button type="button" data-part="up" className={iconButtonClass} aria-label={`Move stop ${i + 1} up`} disabled={i === 0} onClick={() => move(stop.id, i - 1, 'up')}>
                    <ArrowUp aria-hidden className="h-4 w-4" />
                  </button>
                  <button type="button" data-part="down" className={iconButtonClass} aria-label={`Move stop ${i + 1} down`} disabled={i === stops.length - 1} onClick={() => move(stop.id, i + 1, 'down')}>
                    <ArrowDown aria-hidden className="h-4 w-4" />
                  </button>
                  <button type="button" className={iconButtonClass} aria-label={`Present from stop ${i + 1}`} title="Present from this stop" onClick={() => present(i)}>
                    <Play aria-hidden className="h-4 w-4" />
                  </button>
                  <button type="button" className={iconButtonClass} aria-label={`Remove stop ${i + 1}`} title="Remove (Ctrl+Z brings it back)" onClick={() => remove(stop.id, i)}>
                    <Trash2 aria-hidden className="h-4 w-4" />
                  </button>
                </div>
                {expanded && <StopForm stop={stop} number={i + 1} />}
              </li>
            );
          })}
          <li aria-hidden className={`h-6 border-t-2 ${dragOver === stops.length ? 'border-t-blue-600' : 'border-transparent'}`} onDragOver={(e) => allowDrop(e, stops.length)} onDrop={(e) => onDrop(e, stops.length)} />
        </ol>
      )}
    </aside>
  );
}
