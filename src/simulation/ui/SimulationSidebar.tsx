/** The side panel while simulating: the results, road closures and the event log. */
import { useSimulation } from '../store';
import { ClosuresPanel } from './ClosuresPanel';
import { EventLogList } from './EventLogList';
import { ImportProblems } from './ImportProblems';
import { KeptResults } from './KeptResults';
import { ResultsPanel } from './ResultsPanel';
import { heading } from './styles';

export const SIDEBAR_ID = 'simulation-results';

export function SimulationSidebar() {
  const open = useSimulation((s) => s.panelOpen);
  if (!open) return null;
  return (
    <aside
      id={SIDEBAR_ID}
      aria-label="Simulation results"
      className="flex w-96 shrink-0 flex-col border-l border-slate-300 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-50"
    >
      <div className="max-h-[75%] shrink-0 overflow-y-auto pt-2">
        <ImportProblems />
        <section aria-labelledby="sim-results">
          <h2 id="sim-results" className={`${heading} px-3 pb-1`}>
            Results
          </h2>
          <ResultsPanel />
        </section>
        <section aria-labelledby="sim-closures" className="border-t border-slate-300 pt-2 dark:border-slate-700">
          <h2 id="sim-closures" className={`${heading} px-3 pb-1`}>
            Road closures
          </h2>
          <ClosuresPanel />
        </section>
        <section aria-labelledby="sim-kept" className="border-t border-slate-300 pt-2 dark:border-slate-700">
          <h2 id="sim-kept" className={`${heading} px-3 pb-1`}>
            Kept results
          </h2>
          <KeptResults />
        </section>
      </div>
      <section aria-labelledby="sim-events" className="flex min-h-24 flex-1 flex-col border-t border-slate-300 pt-2 dark:border-slate-700">
        <h2 id="sim-events" className={`${heading} px-3 pb-1`}>
          Event log
        </h2>
        <EventLogList />
      </section>
    </aside>
  );
}
