/** The figures that prove it: per mode and the difference, large; export as CSV. */
import { Download, Save } from 'lucide-react';
import { METRIC_LABELS, type ComparedMetric, type ModeSummary } from '../../sim';
import { exportResults, keepResults } from '../controller';
import { formatCount, formatDifference, formatMetric, HIGHER_IS_BETTER } from '../format';
import { useSimulation } from '../store';
import { button, heading } from './styles';

const NO_WARNINGS: string[] = [];
// "Dropped off" only when someone did (a generated population's drop-off, or a log that says so).
const SHOWN: ComparedMetric[] = ['goalRate', 'medianTimeToGoal', 'medianStepsToGoal', 'offRoute', 'stalls', 'reroutes', 'cost', 'satisfaction', 'droppedOff'];

/** A figure may wrap between its parts ("8 h" / "22 min"), never inside one, so the table fits the panel. */
const keepTogether = (text: string) => text.replace(/(\d) (?=[a-z%]|pts)/g, '$1\u00a0');

function tone(metric: ComparedMetric, diff: number | null): string {
  const better = HIGHER_IS_BETTER[metric];
  if (diff === null || diff === 0 || better === null) return '';
  return diff > 0 === better ? 'text-emerald-800 dark:text-emerald-300' : 'text-red-800 dark:text-red-300';
}

export function ResultsPanel() {
  const summary = useSimulation((s) => s.shown?.reply.summary ?? null);
  const comparison = useSimulation((s) => s.shown?.reply.comparison ?? null);
  const warnings = useSimulation((s) => s.shown?.reply.warnings ?? NO_WARNINGS);
  if (!summary) return <p className="px-3 py-2 text-sm">Choose whose interactions to replay in the bar below; the results appear here.</p>;
  const s = summary.static;
  const d = summary.dynamic;
  return (
    <div className="px-3 pb-3">
      <Headline s={s} d={d} />
      <table className="mt-2 w-full border-collapse text-right text-base tabular-nums">
        <caption className="sr-only">Results per mode and the difference, dynamic minus static</caption>
        <thead>
          <tr className="border-b border-slate-400 text-sm dark:border-slate-600">
            <th scope="col" className="py-1 text-left font-semibold">
              Measure
            </th>
            <th scope="col" className="py-1 pl-2 font-semibold">
              Static
            </th>
            <th scope="col" className="py-1 pl-2 font-semibold">
              Dynamic
            </th>
            <th scope="col" className="py-1 pl-2 font-semibold">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {SHOWN.filter((m) => m !== 'droppedOff' || (s?.droppedOff ?? 0) + (d?.droppedOff ?? 0) > 0).map((m) => (
            <tr key={m} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 text-left text-sm font-medium">
                {METRIC_LABELS[m]}
              </th>
              <td className="py-1 pl-2 font-semibold">{keepTogether(formatMetric(m, s ? s[m] : null))}</td>
              <td className="py-1 pl-2 font-semibold">{keepTogether(formatMetric(m, d ? d[m] : null))}</td>
              <td className={`py-1 pl-2 font-bold ${tone(m, comparison?.difference[m] ?? null)}`}>{keepTogether(formatDifference(m, comparison?.difference[m] ?? null))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warnings.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-semibold">
            {warnings.length} warning{warnings.length === 1 ? '' : 's'}
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label="Export results">
        {(['summary', 'customers', 'traffic'] as const).map((kind) => (
          <button key={kind} type="button" className={button} onClick={() => void exportResults(kind)}>
            <Download aria-hidden className="h-4 w-4" />
            {kind[0]!.toUpperCase() + kind.slice(1)} CSV
          </button>
        ))}
        <button type="button" className={button} onClick={() => void keepResults()}>
          <Save aria-hidden className="h-4 w-4" />
          Keep these results
        </button>
      </div>
    </div>
  );
}

/** The one figure for the back of the room: goal rate, static → dynamic. */
function Headline({ s, d }: { s: ModeSummary | null; d: ModeSummary | null }) {
  return (
    <div className="flex items-end justify-between gap-2">
      <div>
        <h3 className={heading}>Goal rate</h3>
        <p className="text-4xl font-black tabular-nums leading-tight" aria-label={`Goal rate: static ${formatMetric('goalRate', s?.goalRate ?? null)}, dynamic ${formatMetric('goalRate', d?.goalRate ?? null)}`}>
          <span className="text-orange-800 dark:text-orange-300">{formatMetric('goalRate', s?.goalRate ?? null)}</span>
          <span aria-hidden className="px-1 text-slate-600 dark:text-slate-400">
            →
          </span>
          <span className="text-emerald-800 dark:text-emerald-300">{formatMetric('goalRate', d?.goalRate ?? null)}</span>
        </p>
      </div>
      <p className="text-right text-sm">
        {formatCount(s?.goalCount ?? 0)} → {formatCount(d?.goalCount ?? 0)} goals
        <br />
        of {formatCount(s?.customers ?? d?.customers ?? 0)} customers
      </p>
    </div>
  );
}
