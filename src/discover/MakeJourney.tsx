/**
 * "Make a journey from this": which activities the customer does (events) and which the brand
 * does (actions), which activity means success, which case attribute becomes the personas —
 * then the map becomes an ordinary, undoable journey in the editor and the library.
 */
import { useId, useState } from 'react';
import type { ActivityKind } from '../mining/classify';
import { humanise } from '../mining/format';
import { heading, label, primary, section, select } from './styles';
import { makeJourney, setCustomerActors } from './controller';
import { useDiscover } from './store';

export function MakeJourney() {
  const summary = useDiscover((s) => s.summary);
  const map = useDiscover((s) => s.map);
  const kinds = useDiscover((s) => s.kinds);
  const goal = useDiscover((s) => s.goal);
  const personaAttribute = useDiscover((s) => s.personaAttribute);
  const customers = useDiscover((s) => s.customerActors);
  const [busy, setBusy] = useState(false);
  const ids = { goal: useId(), persona: useId() };
  if (!summary || !map) return null;
  const onMap = map.activities;
  const events = onMap.filter((a) => kinds[a.activity] !== 'action').length;
  const setKind = (activity: number, kind: ActivityKind) => {
    const next = [...kinds];
    next[activity] = kind;
    useDiscover.getState().set({ kinds: next });
  };
  return (
    <section aria-labelledby="discover-make" className={section}>
      <h3 id="discover-make" className={heading}>
        Make a journey from this map
      </h3>
      <div className="mt-2 grid grid-cols-2 gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.goal} className={label}>
            Success is
          </label>
          <select id={ids.goal} className={select} value={goal ?? ''} onChange={(e) => useDiscover.getState().set({ goal: Number(e.target.value) })}>
            {onMap.map((a) => (
              <option key={a.activity} value={a.activity}>
                {humanise(a.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.persona} className={label}>
            Personas from
          </label>
          <select id={ids.persona} className={select} value={personaAttribute ?? ''} onChange={(e) => useDiscover.getState().set({ personaAttribute: e.target.value || null })}>
            <option value="">(one persona for everybody)</option>
            {summary.caseAttributes.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name} ({a.values.length} values)
              </option>
            ))}
          </select>
        </div>
      </div>
      {summary.actors.length > 0 && (
        <fieldset className="mt-2">
          <legend className={label}>Who is the customer? (the rest is the brand)</legend>
          <div tabIndex={0} role="group" aria-label="Actor values" className="mt-1 flex max-h-24 flex-wrap gap-x-3 gap-y-1 overflow-y-auto text-sm">
            {summary.actors.slice(0, 40).map((a) => (
              <label key={a.value} className="inline-flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={customers.includes(a.value)}
                  onChange={(e) => void setCustomerActors(e.target.checked ? [...customers, a.value] : customers.filter((v) => v !== a.value))}
                />
                {a.value}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-semibold">
          Who does what: {events} customer events, {onMap.length - events} brand actions
        </summary>
        <ul tabIndex={0} aria-label="Who does each activity" className="mt-1 max-h-48 space-y-1 overflow-y-auto">
          {onMap.map((a) => (
            <li key={a.activity} className="flex items-center gap-2">
              <select aria-label={`${humanise(a.name)} is`} className={`${select} h-8 w-40 shrink-0`} value={kinds[a.activity] ?? 'event'} onChange={(e) => setKind(a.activity, e.target.value as ActivityKind)}>
                <option value="event">the customer (event)</option>
                <option value="action">the brand (action)</option>
              </select>
              <span className="truncate">{humanise(a.name)}</span>
            </li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        className={`${primary} mt-3`}
        disabled={busy || goal === null}
        onClick={() => {
          setBusy(true);
          void makeJourney().finally(() => setBusy(false));
        }}
      >
        {busy ? 'Making the journey…' : 'Make a journey from this map'}
      </button>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">It opens in the editor as a new journey in your library; Ctrl+Z brings back the one you had.</p>
    </section>
  );
}
