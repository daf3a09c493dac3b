/**
 * The import under way, under the toolbar: which file, how far (bytes read, then checking, then
 * adding to the library) and Cancel. The canvas stays usable meanwhile — the work is in a worker.
 */
import { Loader2 } from 'lucide-react';
import { formatBytes } from '../io/safe-json';
import { useImport, type RunningImport } from './import-export';

/** Reading is most of the wait for a big file; checking and saving share the rest of the bar. */
function percentOf(running: RunningImport): number {
  if (running.phase === 'reading') return Math.round((running.total > 0 ? running.done / running.total : 0) * 70);
  return running.phase === 'checking' ? 75 : 95;
}

function describe(running: RunningImport): string {
  switch (running.phase) {
    case 'reading':
      return `Reading the file: ${formatBytes(running.done)} of ${formatBytes(running.total)}`;
    case 'checking':
      return 'Checking the journey';
    case 'saving':
      return 'Adding it to your library';
  }
}

export function ImportProgress() {
  const running = useImport((s) => s.running);
  if (!running) return null;
  const text = describe(running);
  return (
    <section aria-label={`Importing ${running.source}`} className="flex items-center gap-3 border-b border-blue-300 bg-blue-50 px-3 py-2 text-sm text-slate-900 dark:border-blue-800 dark:bg-blue-950 dark:text-slate-50">
      <Loader2 aria-hidden className="h-4 w-4 shrink-0 animate-spin motion-reduce:animate-none" />
      <span className="min-w-0 truncate font-semibold">Importing {running.source}</span>
      <span className="shrink-0" aria-hidden>
        {text}…
      </span>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percentOf(running)}
        aria-valuetext={text}
        className="h-2 w-48 shrink-0 overflow-hidden rounded-full bg-blue-200 dark:bg-blue-900"
      >
        <div className="h-full bg-blue-700 transition-[width] dark:bg-blue-400" style={{ width: `${percentOf(running)}%` }} />
      </div>
      <button
        type="button"
        className="ml-auto rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-50"
        onClick={() => running.cancel?.()}
        disabled={running.cancel === null}
        title={running.cancel === null ? 'Almost done: it is being added to your library' : undefined}
      >
        Cancel
      </button>
    </section>
  );
}
