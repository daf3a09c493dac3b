/** On a blank journey, says what to do first. */
import { UserRound } from 'lucide-react';
import { useEditor } from '../store/editor';

export function EmptyHint() {
  const empty = useEditor((s) => s.journey.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center">
      <div className="max-w-md rounded-xl border border-slate-300 bg-white/95 p-5 text-center text-slate-800 shadow-lg dark:border-slate-600 dark:bg-slate-900/95 dark:text-slate-100">
        <UserRound aria-hidden className="mx-auto mb-2 h-8 w-8 text-violet-700 dark:text-violet-300" />
        <h2 className="text-lg font-semibold">Start with a persona</h2>
        <p className="mt-1 text-sm">
          Who is your customer? Drag a <strong>Persona</strong> from the palette onto the canvas, or press <kbd className="rounded border px-1">1</kbd>. Then add the
          event their journey starts with, and connect them.
        </p>
      </div>
    </div>
  );
}
