/** The most frequent paths through the log, with their share of the cases. */
import { formatCount, formatShare, humanise } from '../mining/format';
import { heading, section } from './styles';
import { useDiscover } from './store';

export function VariantsList() {
  const variants = useDiscover((s) => s.map?.variants);
  const activities = useDiscover((s) => s.summary?.activities);
  if (!variants || !activities) return null;
  return (
    <section aria-labelledby="discover-variants" className={section}>
      <h3 id="discover-variants" className={heading}>
        Variants ({variants.length === 30 ? 'top 30' : variants.length})
      </h3>
      <ol tabIndex={0} className="mt-1 max-h-56 space-y-1 overflow-y-auto text-sm" aria-label="Variants, most frequent first">
        {variants.slice(0, 30).map((v, i) => (
          <li key={i} className="rounded border border-slate-200 px-2 py-1 dark:border-slate-700">
            <div className="flex items-baseline gap-2 font-semibold tabular-nums">
              <span>{i + 1}.</span>
              <span>{formatShare(v.share)}</span>
              <span className="font-normal">({formatCount(v.cases)} cases)</span>
              <span aria-hidden className="ml-auto h-2 rounded bg-blue-700 dark:bg-blue-300" style={{ width: `${Math.max(2, v.share * 120)}px` }} />
            </div>
            <div className="break-words text-xs">{v.activities.map((a) => humanise(activities[a] ?? '')).join(' → ')}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
