/** The palette: drag a kind onto the canvas, or press it (click, Enter, Space) to add at the viewport centre. */
import type { DragEvent } from 'react';
import { NODE_KINDS, type NodeKind } from '../model/journey';
import { KIND_LABELS } from '../model/factory';
import { KIND_STYLES } from '../canvas/kinds';
import { KIND_DRAG_TYPE } from '../canvas/JourneyCanvas';

const HINTS: Record<NodeKind, string> = {
  persona: 'Who the customer is',
  event: 'What happens or what they do',
  decision: 'Rules that pick what is next',
  action: 'What the brand does',
  note: 'A workshop annotation',
};

export function Palette({ onAdd }: { onAdd: (kind: NodeKind) => void }) {
  const onDragStart = (kind: NodeKind) => (event: DragEvent) => {
    event.dataTransfer.setData(KIND_DRAG_TYPE, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav aria-label="Palette" className="flex flex-col gap-2 p-2">
      <h2 className="px-1 text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-200">Add</h2>
      {NODE_KINDS.map((kind, i) => {
        const Icon = KIND_STYLES[kind].icon;
        return (
          // The card is draggable and clickable as a whole; the button inside is what keyboards and
          // screen readers reach. Its name is its visible text (WCAG 2.5.3); the hint describes it.
          <div
            key={kind}
            draggable
            onDragStart={onDragStart(kind)}
            onClick={() => onAdd(kind)}
            title={`${HINTS[kind]} — drag onto the canvas, or press to add (key ${i + 1})`}
            className={`cursor-grab rounded-lg border-2 px-2 py-1.5 focus-within:ring-2 focus-within:ring-blue-500 ${KIND_STYLES[kind].card}`}
          >
            <button type="button" aria-describedby={`palette-hint-${kind}`} className="flex w-full items-center gap-2 text-left text-sm font-semibold focus:outline-none">
              <Icon aria-hidden className="h-4 w-4 shrink-0" />
              <span>
                <span className="sr-only">Add </span>
                {KIND_LABELS[kind]}
              </span>
            </button>
            <p id={`palette-hint-${kind}`} className="pl-6 text-xs font-normal">
              {HINTS[kind]}
            </p>
          </div>
        );
      })}
    </nav>
  );
}
