/** Run (or run again), cancel, and what the worker is doing: progress, time taken, problems. */
import { Loader2, Play, RotateCw, X } from 'lucide-react';
import { useEditor } from '../../store/editor';
import { cancelRun, startRun } from '../controller';
import { formatCount } from '../format';
import { useSimulation } from '../store';
import { button, primary } from './styles';

/** True when the editor's journey is no longer the one on screen. */
function useStale(): boolean {
  const shownJourney = useSimulation((s) => s.shown?.journey ?? null);
  const editorJourney = useEditor((s) => s.journey);
  return shownJourney !== null && shownJourney !== editorJourney;
}

export function RunButton() {
  const running = useSimulation((s) => s.run.state === 'running');
  const sourceChosen = useSimulation((s) => s.source.kind !== 'none');
  const ranBefore = useSimulation((s) => s.shown !== null);
  const stale = useStale();
  if (running) {
    return (
      <button type="button" className={`${button} w-32 shrink-0`} onClick={cancelRun}>
        <X aria-hidden className="h-4 w-4" />
        Cancel
      </button>
    );
  }
  return (
    <button type="button" className={`${primary} w-32 shrink-0`} disabled={!sourceChosen} onClick={() => startRun({ keepPlayhead: !stale })}>
      {ranBefore ? <RotateCw aria-hidden className="h-4 w-4" /> : <Play aria-hidden className="h-4 w-4" />}
      {ranBefore ? 'Run again' : 'Run'}
    </button>
  );
}

export function RunStatus() {
  const run = useSimulation((s) => s.run);
  const customers = useSimulation((s) => s.shown?.customerCount ?? 0);
  const workerMs = useSimulation((s) => s.shown?.reply.workerMs ?? 0);
  const stale = useStale();
  const percent = run.progress ? Math.round((100 * run.progress.done) / Math.max(1, run.progress.total)) : 0;
  // Two short lines, so the status needs little width in the bar.
  return (
    <div className="w-36 shrink-0 text-sm font-medium leading-tight">
      <div role="status" aria-live="polite">
        {run.state === 'running' && (
          <span className="flex flex-col gap-1">
            <span className="flex items-center gap-1.5">
              <Loader2 aria-hidden className="h-4 w-4 shrink-0 animate-spin" />
              {run.progress?.phase === 'generating' ? 'Generating' : 'Replaying'}… {percent}%
            </span>
            <progress className="h-2 w-full" max={100} value={percent} aria-label="Simulation progress" />
          </span>
        )}
        {run.state === 'done' &&
          (stale ? (
            <span className="text-amber-800 dark:text-amber-300">Journey changed — run again</span>
          ) : (
            <span data-run-ms={Math.round(run.durationMs ?? 0)} data-worker-ms={Math.round(workerMs)} title={`Replayed ${formatCount(customers)} customers in ${((run.durationMs ?? 0) / 1000).toFixed(2)} s`}>
              <span className="block">{formatCount(customers)} customers </span>
              <span className="block">in {((run.durationMs ?? 0) / 1000).toFixed(1)} s</span>
            </span>
          ))}
        {run.state === 'cancelled' && <span>Cancelled.</span>}
      </div>
      {run.state === 'failed' && (
        <p role="alert" className="line-clamp-2 font-semibold text-red-800 dark:text-red-300" title={run.problems.join('\n')}>
          {run.problems[0]}
          {run.problems.length > 1 ? ` (+${run.problems.length - 1} more)` : ''}
        </p>
      )}
    </div>
  );
}
