/** Whose interactions to replay: a built-in scenario, an imported log, or a generated population. */
import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Trash2, Upload } from 'lucide-react';
import { SCENARIOS } from '../../samples/scenarios';
import { appDatabase } from '../../app/app-database';
import { listLogs } from '../../db/logs';
import { chooseSource, forgetSavedLog, importLogFile, openSavedLog } from '../controller';
import { useSimulation } from '../store';
import type { SourceChoice } from '../types';
import { formatCount } from '../format';
import { Popover } from './Popover';
import { button, label, select } from './styles';

const valueOf = (s: SourceChoice) => (s.kind === 'scenario' ? `scenario:${s.scenarioId}` : s.kind === 'log' && s.savedId ? `saved:${s.savedId}` : s.kind);

const NO_LOGS: { id: string; name: string; importedAt: number }[] = [];

/** Logs imported earlier and kept in this browser, newest first (names only; the events load when chosen). */
function useSavedLogs() {
  return (
    useLiveQuery(async () => {
      const db = appDatabase();
      if (!db) return NO_LOGS;
      return (await listLogs(db).catch(() => NO_LOGS)).map(({ id, name, importedAt }) => ({ id, name, importedAt }));
    }) ?? NO_LOGS
  );
}

export function SourcePicker() {
  const id = useId();
  const source = useSimulation((s) => s.source);
  const population = useSimulation((s) => s.population);
  const file = useRef<HTMLInputElement>(null);
  const importedName = source.kind === 'log' && !source.savedId ? source.name : null;
  const saved = useSavedLogs();
  const chosenSaved = source.kind === 'log' && source.savedId ? saved.find((l) => l.id === source.savedId) : undefined;
  // Choosing a population opens its options at once: the size is the next thing to set.
  const [optionsOpen, setOptionsOpen] = useState(false);

  const onChange = (value: string) => {
    if (value.startsWith('saved:')) void openSavedLog(value.slice('saved:'.length));
    else if (value.startsWith('scenario:')) chooseSource({ kind: 'scenario', scenarioId: value.slice('scenario:'.length) });
    else if (value === 'population') {
      chooseSource({ kind: 'population', ...population });
      setOptionsOpen(true);
    }
    else if (value === 'log') file.current?.click();
    else chooseSource({ kind: 'none' });
  };

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className={label}>
        Replay
      </label>
      <select id={id} className={`${select} w-48 xl:w-56`} value={valueOf(source)} onChange={(e) => onChange(e.target.value)}>
        <option value="none">Choose customers…</option>
        <optgroup label="Workshop scenarios">
          {SCENARIOS.map((s) => (
            <option key={s.id} value={`scenario:${s.id}`}>
              {s.title}
            </option>
          ))}
        </optgroup>
        {saved.length > 0 && (
          <optgroup label="Logs kept in this browser">
            {saved.map((l) => (
              <option key={l.id} value={`saved:${l.id}`}>
                {l.name} · {new Date(l.importedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="With the journey in the editor">
          <option value="log">{importedName ? `Imported log: ${importedName}` : 'An imported log…'}</option>
          <option value="population">A generated population</option>
        </optgroup>
      </select>
      {chosenSaved && (
        <button
          type="button"
          className={`${button} shrink-0 px-2`}
          aria-label={`Remove ${chosenSaved.name} from this browser`}
          title={`Remove ${chosenSaved.name} from this browser`}
          onClick={() => void forgetSavedLog(chosenSaved.id, chosenSaved.name)}
        >
          <Trash2 aria-hidden className="h-4 w-4" />
        </button>
      )}
      {/* Below 1280 px the icon alone, so the bar stays within the screen. */}
      <button type="button" className={`${button} shrink-0 whitespace-nowrap`} aria-label="Import log…" title="Import an interaction log (CSV or JSON)" onClick={() => file.current?.click()}>
        <Upload aria-hidden className="h-4 w-4" />
        <span className="hidden xl:inline">Import log…</span>
      </button>
      <input
        ref={file}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Interaction log file (CSV or JSON)"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void importLogFile(f);
        }}
      />
      {source.kind === 'population' && (
        <Popover
          open={optionsOpen}
          onOpenChange={setOptionsOpen}
          label={`Population options: ${formatCount(population.size)} customers`}
          summary={`${formatCount(population.size)} customers`}
          title="Generated population"
          buttonClass="shrink-0 whitespace-nowrap"
          panelClass="w-72"
        >
          <h3 className="mb-2 text-sm font-bold">Generated population</h3>
          <div className="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-2">
            <PopulationFields />
          </div>
        </Popover>
      )}
    </div>
  );
}

function PopulationFields() {
  const sizeId = useId();
  const deviationId = useId();
  const dropOffId = useId();
  const population = useSimulation((s) => s.population);
  const update = (patch: Partial<typeof population>) => {
    const next = { ...population, ...patch };
    useSimulation.getState().setPopulation(next);
    useSimulation.getState().chooseSource({ kind: 'population', ...next });
  };
  return (
    <>
      <label htmlFor={sizeId} className={label}>
        Customers
      </label>
      <input
        id={sizeId}
        type="number"
        min={1}
        max={1_000_000}
        step={1}
        className={`${select} w-28`}
        value={population.size}
        onChange={(e) => update({ size: Math.max(1, Math.min(1_000_000, Math.round(Number(e.target.value) || 1))) })}
      />
      <label htmlFor={deviationId} className={label}>
        Deviation %
      </label>
      <input
        id={deviationId}
        type="number"
        min={0}
        max={100}
        step={1}
        className={`${select} w-16`}
        value={Math.round(population.deviationRate * 100)}
        onChange={(e) => update({ deviationRate: Math.max(0, Math.min(100, Number(e.target.value) || 0)) / 100 })}
      />
      <label htmlFor={dropOffId} className={label} title="After every action, the chance a customer leaves for good">
        Drop-off %
      </label>
      <input
        id={dropOffId}
        type="number"
        min={0}
        max={100}
        step={1}
        className={`${select} w-16`}
        value={Math.round(population.dropOffRate * 100)}
        onChange={(e) => update({ dropOffRate: Math.max(0, Math.min(100, Number(e.target.value) || 0)) / 100 })}
      />
    </>
  );
}
