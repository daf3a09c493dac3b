/** While the editor's canvas shows the log's real traffic: what it is, and how to hide it or go back to Discover. */
import { useEditor } from '../store/editor';
import { EDITOR_LAYER, useOverlaySlot } from '../canvas/overlay-slot';
import { formatCount, formatShare } from '../mining/format';
import { button } from './styles';
import { hideFromCanvas } from './controller';
import { openDiscover } from './open';
import { useDiscover } from './store';

export function TrafficChip() {
  const shown = useOverlaySlot((s) => s.layers[EDITOR_LAYER] !== undefined);
  const result = useDiscover((s) => s.conformance);
  const journeyId = useEditor((s) => s.journey.id);
  if (!shown || !result) return null;
  const stale = result.report.journeyId !== journeyId;
  return (
    <div role="region" aria-label="Real traffic" className="fixed left-1/2 top-14 z-20 flex -translate-x-1/2 items-center gap-2 rounded-lg border-2 border-blue-700 bg-white px-3 py-1.5 text-sm shadow-lg dark:border-blue-300 dark:bg-slate-900">
      <span>
        <strong>Real traffic</strong> from {result.report.logName}: {formatCount(result.report.customers)} customers · static {formatShare(result.report.static.fitness)}, dynamic {formatShare(result.report.dynamic.fitness)} placed
        {stale ? ' — checked on another journey' : ''}. Red: customers who left the printed route there.
      </span>
      <button type="button" className={button} onClick={openDiscover}>
        Back to Discover
      </button>
      <button type="button" className={button} onClick={hideFromCanvas}>
        Hide
      </button>
    </div>
  );
}
