/** The figures of the run, large, over the canvas: the stop where the story shows what it cost. */
import { METRIC_LABELS, type ComparedMetric } from '../../sim';
import { formatDifference, formatMetric } from '../../simulation/format';
import { useSimulation } from '../../simulation/store';

const SHOWN: ComparedMetric[] = ['goalRate', 'stalls', 'reroutes', 'offRoute', 'medianTimeToGoal'];

export function FiguresCard() {
  const summary = useSimulation((s) => s.shown?.reply.summary ?? null);
  const difference = useSimulation((s) => s.shown?.reply.comparison?.difference ?? null);
  if (!summary?.static || !summary.dynamic) return null;
  const s = summary.static;
  const d = summary.dynamic;
  return (
    <>
    {/* The canvas stays, subdued: the figures are what the room reads now. */}
    <div aria-hidden className="absolute inset-0 bg-white/70 dark:bg-slate-950/70" />
    <section aria-label="Figures" className="absolute left-1/2 top-16 w-[44rem] max-w-[calc(100%-2rem)] -translate-x-1/2 rounded-2xl border-4 border-slate-900 bg-white p-5 text-slate-950 shadow-2xl">
      <h2 className="sr-only">Figures</h2>
      <table className="w-full border-collapse text-right tabular-nums">
        <thead>
          <tr className="border-b-2 border-slate-900 text-xl">
            <th scope="col" className="pb-1 text-left font-bold">
              {s.customers} customers
            </th>
            <th scope="col" className="pb-1 pl-6 font-black text-orange-800">
              Static
            </th>
            <th scope="col" className="pb-1 pl-6 font-black text-emerald-800">
              Dynamic
            </th>
            <th scope="col" className="pb-1 pl-6 font-bold">
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {SHOWN.map((m, i) => (
            <tr key={m} className={i === 0 ? 'text-4xl' : 'text-2xl'}>
              <th scope="row" className="py-1 text-left text-xl font-semibold">
                {METRIC_LABELS[m]}
              </th>
              <td className="py-1 pl-6 font-black">{formatMetric(m, s[m])}</td>
              <td className="py-1 pl-6 font-black">{formatMetric(m, d[m])}</td>
              <td className="py-1 pl-6 font-bold">{formatDifference(m, difference?.[m] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
    </>
  );
}
