/**
 * Design against reality: the log replayed through the journey open in the editor — how much of
 * it the printed route and the dynamic journey can place, where customers leave the route (the
 * pain points), what the journey has no event for, which connections nobody used. Export, keep
 * with the journey, show on the canvas, or replay in the simulator.
 */
import { useId } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEditor } from '../store/editor';
import { appDatabase } from '../app/app-database';
import { listConformance, deleteConformance } from '../db/conformance';
import { formatCount, formatShare, humanise } from '../mining/format';
import type { MiningCsvKind } from '../mining/exports';
import { button, heading, label, primary, section, select } from './styles';
import { cancelCheck, checkOpenJourney, exportCsv, keepConformance, replayInSimulator, showOnCanvas } from './controller';
import { readKeptCheck } from './figures';
import { useDiscover } from './store';

const EXPORTS: { kind: MiningCsvKind; text: string }[] = [
  { kind: 'fitness', text: 'Fitness' },
  { kind: 'deviations', text: 'Deviations' },
  { kind: 'missing', text: 'Missing' },
  { kind: 'unused', text: 'Unused' },
  { kind: 'customers', text: 'Customers' },
];

export function ConformancePanel() {
  const summary = useDiscover((s) => s.summary);
  const result = useDiscover((s) => s.conformance);
  const busy = useDiscover((s) => s.conformanceBusy);
  const persona = useDiscover((s) => s.conformancePersona);
  const journeyName = useEditor((s) => s.journey.name);
  const personaId = useId();
  if (!summary) return null;
  const r = result?.report;
  return (
    <section aria-labelledby="discover-check" className={section}>
      <h3 id="discover-check" className={heading}>
        Check the open journey against the log
      </h3>
      <div className="mt-2 flex flex-col gap-1">
        <label htmlFor={personaId} className={label}>
          Customers' personas from
        </label>
        <select id={personaId} className={select} value={persona ?? ''} onChange={(e) => useDiscover.getState().set({ conformancePersona: e.target.value || null })}>
          <option value="">(the best match of the journey's personas)</option>
          {summary.caseAttributes.map((a) => (
            <option key={a.name} value={a.name}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-2 flex items-center gap-2">
        <button type="button" className={primary} disabled={busy !== null} onClick={() => void checkOpenJourney()}>
          Check “{journeyName}”
        </button>
        {busy !== null && (
          <>
            <progress className="w-24 accent-blue-700" max={1} value={busy} aria-label="Replaying the log" />
            <button type="button" className={button} onClick={cancelCheck}>
              Cancel
            </button>
          </>
        )}
      </div>
      {r && result && (
        <div className="mt-3 space-y-3 text-sm" aria-live="polite">
          <p data-replay-ms={Math.round(result.replayMs)}>
            {formatCount(r.customers)} customers, {formatCount(r.events)} customer events replayed through “{result.journeyName}” in {Math.round(result.replayMs)} ms
            {r.brandActions > 0 ? ` (${formatCount(r.brandActions)} brand actions not replayed: the journey decides those)` : ''}.
          </p>
          <dl className="grid grid-cols-2 gap-2" aria-label="Fitness">
            <Fitness title="Static route" value={r.static.fitness} detail={`${formatCount(r.static.placed)} placed · ${formatCount(r.static.perfect)} customers fully on the route`} />
            <Fitness title="Dynamic journey" value={r.dynamic.fitness} detail={`${formatCount(r.dynamic.placed)} placed · ${formatCount(r.dynamic.perfect)} customers fully placed`} />
          </dl>
          <div>
            <h4 className="font-bold">Where customers leave the printed route</h4>
            {r.deviations.length === 0 ? (
              <p>Nobody left the route.</p>
            ) : (
              <ol tabIndex={0} className="mt-1 max-h-52 space-y-1 overflow-y-auto" aria-label="Deviation points, most customers first">
                {r.deviations.slice(0, 15).map((d, i) => (
                  <li key={i} className="rounded border-l-4 border-red-700 bg-red-50 px-2 py-1 dark:border-red-400 dark:bg-red-950">
                    <strong className="tabular-nums">{formatCount(d.customers)} customers</strong> at “{d.atName}”{d.expected ? ` (the route expects “${d.expected}”)` : ''}:{' '}
                    {d.instead === null ? 'stopped there' : <>did “{humanise(d.instead)}” instead</>}
                    {d.events > d.customers ? ` · ${formatCount(d.events)} off-route events here` : ''}
                  </li>
                ))}
              </ol>
            )}
          </div>
          <div>
            <h4 className="font-bold">Activities the journey has no event for</h4>
            {r.missing.length === 0 ? (
              <p>None: every customer activity has an event.</p>
            ) : (
              <ul tabIndex={0} className="mt-1 max-h-32 list-disc overflow-y-auto pl-5" aria-label="Activities with no event">
                {r.missing.slice(0, 20).map((m) => (
                  <li key={m.activity}>
                    {humanise(m.activity)} — {formatCount(m.events)} events, {formatCount(m.cases)} customers
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h4 className="font-bold">Connections nobody used</h4>
            {r.unusedEdges.length === 0 ? (
              <p>None: every connection was taken.</p>
            ) : (
              <ul tabIndex={0} className="mt-1 max-h-32 list-disc overflow-y-auto pl-5" aria-label="Unused connections">
                {r.unusedEdges.slice(0, 20).map((e) => (
                  <li key={e.edgeId}>
                    {e.from} → {e.to}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {r.warnings.length > 0 && <p className="text-xs">Note: {r.warnings.slice(0, 2).join(' ')}</p>}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={primary} onClick={showOnCanvas}>
              Show real traffic on the journey
            </button>
            <button type="button" className={button} onClick={() => void keepConformance()}>
              Keep these figures
            </button>
            <button type="button" className={button} onClick={() => void replayInSimulator()}>
              Replay in the simulator
            </button>
          </div>
          <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Export as CSV">
            <span className={label}>CSV:</span>
            {EXPORTS.map((e) => (
              <button key={e.kind} type="button" className={button} aria-label={`Export ${e.text.toLowerCase()} as CSV`} onClick={() => void exportCsv(e.kind)}>
                {e.text}
              </button>
            ))}
          </div>
        </div>
      )}
      <MapExports />
      <KeptChecks />
    </section>
  );
}

function Fitness({ title, value, detail }: { title: string; value: number; detail: string }) {
  return (
    <div className="rounded-md border border-slate-300 p-2 dark:border-slate-600">
      <dt className="font-semibold">{title}</dt>
      <dd className="text-3xl font-black tabular-nums">{formatShare(value)}</dd>
      <dd className="text-xs">{detail}</dd>
    </div>
  );
}

function MapExports() {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-1" role="group" aria-label="Export the map as CSV">
      <span className={label}>Map CSV:</span>
      {(['activities', 'transitions', 'variants'] as const).map((k) => (
        <button key={k} type="button" className={button} aria-label={`Export the map's ${k} as CSV`} onClick={() => void exportCsv(k)}>
          {k[0]!.toUpperCase() + k.slice(1)}
        </button>
      ))}
    </div>
  );
}

/** Checks kept with the open journey, newest first; a record that no longer reads says so. */
function KeptChecks() {
  const journeyId = useEditor((s) => s.journey.id);
  const db = appDatabase();
  const kept = useLiveQuery(() => (db ? listConformance(db, journeyId).catch(() => []) : Promise.resolve([])), [db, journeyId]);
  if (!kept || kept.length === 0) return null;
  return (
    <div className="mt-3 text-sm">
      <h4 className="font-bold">Kept checks of this journey</h4>
      <ul className="mt-1 space-y-1">
        {kept.map((k) => {
          const f = readKeptCheck(k.data);
          return (
            <li key={k.id} className="flex items-start gap-2">
              <span className="flex-1">
                {new Date(k.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })} · {k.name}:{' '}
                {f ? `static ${formatShare(f.staticFitness)}, dynamic ${formatShare(f.dynamicFitness)} of ${formatCount(f.events)} events` : 'this record can no longer be read'}
              </span>
              <button type="button" className={`${button} h-7 px-2 text-xs`} aria-label={`Remove the check of ${k.name}`} onClick={() => db && void deleteConformance(db, k.id)}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
