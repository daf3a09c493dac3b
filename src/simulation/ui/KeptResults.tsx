/**
 * Results kept with the journey in the editor: the headline figures of earlier runs, newest
 * first, so "before we changed the journey" sits beside "after". Removable one by one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Trash2 } from 'lucide-react';
import { appDatabase } from '../../app/app-database';
import { listResults } from '../../db/logs';
import { useEditor } from '../../store/editor';
import { forgetKeptResult } from '../controller';
import { readKeptResult, type KeptFigures } from '../kept-results';
import { formatMetric } from '../format';
import { button } from './styles';

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function useKeptResults(journeyId: string) {
  return useLiveQuery(async () => {
    const db = appDatabase();
    if (!db) return [];
    return (await listResults(db, journeyId).catch(() => [])).map((r) => ({ id: r.id, name: r.name, createdAt: r.createdAt, kept: readKeptResult(r.data) }));
  }, [journeyId]);
}

const pair = (s: KeptFigures | null, d: KeptFigures | null, metric: keyof KeptFigures) =>
  `${formatMetric(metric, s?.[metric] ?? null)} → ${formatMetric(metric, d?.[metric] ?? null)}`;

export function KeptResults() {
  const journeyId = useEditor((s) => s.journey.id);
  const rows = useKeptResults(journeyId);
  if (!rows) return null;
  if (rows.length === 0) return <p className="px-3 pb-3 text-sm">None yet for this journey — press “Keep these results” after a run to compare it with later ones.</p>;
  return (
    <ul aria-label="Kept results" className="space-y-1.5 px-3 pb-3 text-sm">
      {rows.map(({ id, name, createdAt, kept }) => (
        <li key={id} className="flex items-start gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-600">
          <div className="min-w-0 flex-1">
            <p className="truncate font-semibold" title={name}>
              {name}
            </p>
            <p className="text-slate-700 dark:text-slate-300">
              {WHEN.format(createdAt)}
              {kept && ` · ${kept.customers.toLocaleString('en-US')} customers`}
              {kept && kept.closures > 0 && ` · ${kept.closures} road${kept.closures === 1 ? '' : 's'} closed`}
            </p>
            {kept ? (
              <p className="tabular-nums">
                Goal rate <span className="font-bold">{pair(kept.static, kept.dynamic, 'goalRate')}</span> · stalls {pair(kept.static, kept.dynamic, 'stalls')} · cost{' '}
                {pair(kept.static, kept.dynamic, 'cost')}
              </p>
            ) : (
              <p className="font-semibold text-red-800 dark:text-red-300">This record cannot be read any more; remove it.</p>
            )}
          </div>
          <button type="button" className={`${button} shrink-0 px-2`} aria-label={`Remove the results of ${name}, ${WHEN.format(createdAt)}`} onClick={() => void forgetKeptResult(id)}>
            <Trash2 aria-hidden className="h-4 w-4" />
          </button>
        </li>
      ))}
    </ul>
  );
}
