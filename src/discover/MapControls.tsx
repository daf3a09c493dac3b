/**
 * The two Disco sliders — how many activities, how many paths — and the filters: a case
 * attribute's value, when the cases started, the top variants. Sliders redraw the map as they
 * move (the worker recounts; a newer position replaces an older request).
 */
import { useEffect, useId, useRef } from 'react';
import { activitiesKept } from '../mining/discover';
import { heading, label, section, select } from './styles';
import { refreshMap } from './controller';
import { useDiscover } from './store';

/** Redraws shortly after the last change, so dragging a slider does not queue a map per pixel. */
function useRedraw() {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void refreshMap(), 120);
  };
}

const dateInput = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function MapControls() {
  const sliders = useDiscover((s) => s.sliders);
  const map = useDiscover((s) => s.map);
  const summary = useDiscover((s) => s.summary);
  const filter = useDiscover((s) => s.filter);
  const redraw = useRedraw();
  const ids = { act: useId(), paths: useId(), attr: useId(), value: useId(), from: useId(), to: useId(), top: useId() };
  if (!sliders || !map || !summary) return null;
  const total = map.ranking.length;
  const setSliders = (patch: Partial<typeof sliders>) => {
    useDiscover.getState().set({ sliders: { ...sliders, ...patch } });
    redraw();
  };
  const setFilter = (patch: Partial<typeof filter>) => {
    useDiscover.getState().set({ filter: { ...filter, ...patch } });
    void refreshMap();
  };
  const attribute = summary.caseAttributes.find((a) => a.name === filter.attribute?.name) ?? null;
  const kept = activitiesKept(total, sliders.activitiesPercent);
  return (
    <section aria-labelledby="discover-map" className={section}>
      <h3 id="discover-map" className={heading}>
        Map
      </h3>
      <div className="mt-2 flex flex-col gap-1">
        <label htmlFor={ids.act} className={label}>
          Activities: {sliders.activitiesPercent}% — {kept} of {total}
        </label>
        <input id={ids.act} type="range" min={0} max={100} step={1} value={sliders.activitiesPercent} aria-valuetext={`${sliders.activitiesPercent}%, ${kept} of ${total} activities`} className="accent-blue-700" onChange={(e) => setSliders({ activitiesPercent: Number(e.target.value) })} />
        <label htmlFor={ids.paths} className={label}>
          Paths: {sliders.pathsPercent}%
        </label>
        <input id={ids.paths} type="range" min={0} max={100} step={1} value={sliders.pathsPercent} aria-valuetext={`${sliders.pathsPercent}% of the paths`} className="accent-blue-700" onChange={(e) => setSliders({ pathsPercent: Number(e.target.value) })} />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.attr} className={label}>
            Only cases where
          </label>
          <select id={ids.attr} className={select} value={filter.attribute?.name ?? ''} onChange={(e) => setFilter({ attribute: e.target.value ? { name: e.target.value, values: [summary.caseAttributes.find((a) => a.name === e.target.value)?.values[0]?.value ?? ''] } : null })}>
            <option value="">(all cases)</option>
            {summary.caseAttributes.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.value} className={label}>
            is
          </label>
          <select id={ids.value} className={select} disabled={!attribute} value={filter.attribute?.values[0] ?? ''} onChange={(e) => setFilter({ attribute: { name: attribute!.name, values: [e.target.value] } })}>
            {!attribute && <option value="">—</option>}
            {attribute?.values.map((v) => (
              <option key={v.value} value={v.value}>
                {v.value} ({v.cases.toLocaleString('en-US')} cases)
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.from} className={label}>
            Started from
          </label>
          <input id={ids.from} type="date" className={select} value={dateInput(filter.window?.from ?? summary.from)} min={dateInput(summary.from)} max={dateInput(summary.to)} onChange={(e) => {
            const t = Date.parse(`${e.target.value}T00:00:00Z`);
            if (!Number.isNaN(t)) setFilter({ window: { from: t, to: filter.window?.to ?? summary.to } });
          }} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.to} className={label}>
            until
          </label>
          <input id={ids.to} type="date" className={select} value={dateInput(filter.window?.to ?? summary.to)} min={dateInput(summary.from)} max={dateInput(summary.to)} onChange={(e) => {
            const t = Date.parse(`${e.target.value}T23:59:59.999Z`);
            if (!Number.isNaN(t)) setFilter({ window: { from: filter.window?.from ?? summary.from, to: t } });
          }} />
        </div>
        <div className="col-span-2 flex flex-col gap-1">
          <label htmlFor={ids.top} className={label}>
            Variants
          </label>
          <select id={ids.top} className={select} value={filter.topVariants ?? ''} onChange={(e) => setFilter({ topVariants: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">Every variant</option>
            {[1, 3, 5, 10, 20].map((n) => (
              <option key={n} value={n}>
                Only the {n === 1 ? 'most frequent variant' : `${n} most frequent variants`}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
