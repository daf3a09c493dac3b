/**
 * The process map: start, the activities and end, laid out left to right (ELK, in the worker);
 * boxes darker and lines thicker the more often they happened, each labelled with its count or
 * its median time. Zoom to fit or in; the same figures as tables for keyboards and screen readers.
 */
import { useMemo, useState } from 'react';
import { ZoomIn, ZoomOut, Maximize } from 'lucide-react';
import { END, START } from '../mining/discover';
import { formatCount, formatDuration, humanise } from '../mining/format';
import { iconButton, toggle } from './styles';
import { useDiscover } from './store';
import { ViewSwitch } from './ViewSwitch';
import { MAX_DRAWN } from '../mining/map-layout';

const ZOOMS = [0.5, 0.75, 1, 1.5, 2];

export function MapView() {
  const map = useDiscover((s) => s.map);
  const summary = useDiscover((s) => s.summary);
  const show = useDiscover((s) => s.show);
  const busy = useDiscover((s) => s.mapBusy);
  const [zoom, setZoom] = useState<number | null>(null);
  const [table, setTable] = useState(false);
  if (!map || !summary) return <p className="p-4">Drawing the map…</p>;
  // Paths count the starts and ends of cases too, on both sides of the “of”.
  const shownPaths = map.transitions.length;
  const allPaths = map.allTransitions;
  return (
    <div className="flex h-full flex-col">
      <div className="flex shrink-0 flex-wrap items-center gap-2 border-b border-slate-300 bg-white px-3 py-1.5 dark:border-slate-700 dark:bg-slate-900">
        <ViewSwitch />
        <div className="flex items-center gap-1" role="group" aria-label="Label the map with">
          {(['frequency', 'duration'] as const).map((s) => (
            <button key={s} type="button" className={toggle} aria-pressed={show === s} onClick={() => useDiscover.getState().set({ show: s })}>
              {s === 'frequency' ? 'Counts' : 'Median time'}
            </button>
          ))}
        </div>
        <span className="text-sm tabular-nums" aria-live="polite" data-discover-ms={Math.round(map.discoverMs)}>
          {map.activities.length} of {map.ranking.length} activities · {shownPaths} of {allPaths} paths · {formatCount(map.cases)} cases{busy ? ' · updating…' : ''}
        </span>
        <div className="ml-auto flex items-center gap-1">
          <button type="button" className={toggle} aria-pressed={table} onClick={() => setTable((t) => !t)}>
            Tables
          </button>
          <button type="button" className={`${iconButton} h-9 w-9`} aria-label="Zoom out" title="Zoom out" disabled={table} onClick={() => setZoom(ZOOMS[Math.max(0, ZOOMS.indexOf(zoom ?? 1) - 1)]!)}>
            <ZoomOut aria-hidden className="h-4 w-4" />
          </button>
          <button type="button" className={`${iconButton} h-9 w-9`} aria-label="Fit the map" title="Fit the map" disabled={table} onClick={() => setZoom(null)}>
            <Maximize aria-hidden className="h-4 w-4" />
          </button>
          <button type="button" className={`${iconButton} h-9 w-9`} aria-label="Zoom in" title="Zoom in" disabled={table} onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom ?? 0.75) + 1)]!)}>
            <ZoomIn aria-hidden className="h-4 w-4" />
          </button>
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-auto" tabIndex={0} role="region" aria-label="Process map, scrollable">
        {table ? (
          <MapTables />
        ) : map.layout ? (
          <MapPicture zoom={zoom} />
        ) : (
          <div className="p-4">
            <p role="status" className="mb-3 max-w-xl text-sm font-semibold">
              {map.activities.length} activities and {map.transitions.length} paths are too many to draw readably (at most {MAX_DRAWN.activities} and {MAX_DRAWN.paths}): move the sliders left. Here they are as tables.
            </p>
            <MapTables />
          </div>
        )}
      </div>
    </div>
  );
}

function MapPicture({ zoom }: { zoom: number | null }) {
  const map = useDiscover((s) => s.map)!;
  const summary = useDiscover((s) => s.summary)!;
  const show = useDiscover((s) => s.show);
  const kinds = useDiscover((s) => s.kinds);
  const layout = map.layout!;
  const counts = useMemo(() => new Map(map.activities.map((a) => [a.activity, a.count])), [map]);
  const maxCount = Math.max(1, ...counts.values());
  const maxPath = Math.max(1, ...map.transitions.map((t) => t.count));
  const pad = 16;
  const w = layout.width + 2 * pad;
  const h = layout.height + 2 * pad;
  // Fitted to the width, but never so small the names cannot be read: then it scrolls.
  const size = zoom === null ? { width: '100%', style: { minWidth: w * 0.8 } } : { width: w * zoom, height: h * zoom };
  const byId = new Map(map.transitions.map((t) => [`${t.from}>${t.to}`, t]));
  const name = (a: number) => summary.activities[a] ?? '';
  return (
    <svg role="img" aria-label={`Process map of ${summary.name}: ${map.activities.length} activities and ${map.transitions.length} paths. The Tables button lists them.`} viewBox={`${-pad} ${-pad} ${w} ${h}`} {...size} className="block text-slate-900 dark:text-slate-100">
      <defs>
        <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="fill-slate-600 dark:fill-slate-300" />
        </marker>
      </defs>
      {layout.lines.map((l) => {
        const [from, to] = l.id.split('>').map((x) => (x === 'start' ? START : x === 'end' ? END : Number(x.slice(1)))) as [number, number];
        const t = byId.get(`${from}>${to}`);
        if (!t || l.points.length < 2) return null;
        const d = l.points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
        const text = show === 'frequency' || t.medianMs === null ? formatCount(t.count) : formatDuration(t.medianMs);
        const pseudo = from === START || to === END;
        return (
          <g key={l.id}>
            <path d={d} fill="none" strokeWidth={1.5 + 8 * (t.count / maxPath)} markerEnd="url(#map-arrow)" className={pseudo ? 'stroke-slate-400 dark:stroke-slate-500' : 'stroke-slate-600 dark:stroke-slate-300'} strokeDasharray={pseudo ? '6 4' : undefined} strokeLinejoin="round" />
            {l.label && (
              <>
                <rect x={l.label.x} y={l.label.y} width={64} height={18} rx={4} className="fill-white stroke-slate-300 dark:fill-slate-900 dark:stroke-slate-600" />
                <text x={l.label.x + 32} y={l.label.y + 13} textAnchor="middle" className="fill-slate-900 text-[12px] font-semibold dark:fill-slate-50">
                  {text}
                </text>
              </>
            )}
          </g>
        );
      })}
      {layout.boxes.map((b) => {
        if (b.activity === START || b.activity === END) {
          return (
            <g key={b.id}>
              {b.activity === START ? (
                <circle cx={b.x + b.width / 2} cy={b.y + b.height / 2} r={b.width / 2} className="fill-emerald-700 dark:fill-emerald-400" />
              ) : (
                <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={4} className="fill-slate-800 dark:fill-slate-200" />
              )}
              <text x={b.x + b.width / 2} y={b.y + b.height + 14} textAnchor="middle" className="fill-slate-800 text-[12px] font-semibold dark:fill-slate-200">
                {b.activity === START ? 'Start' : 'End'}
              </text>
            </g>
          );
        }
        const count = counts.get(b.activity) ?? 0;
        const strong = count / maxCount > 0.5;
        const lines = wrap(humanise(name(b.activity)), Math.floor(b.width / 7.4));
        const action = kinds[b.activity] === 'action';
        return (
          <g key={b.id}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={8} strokeWidth={2} className={action ? 'stroke-emerald-800 dark:stroke-emerald-300' : 'stroke-blue-900 dark:stroke-blue-300'} style={{ fill: action ? `rgba(4, 120, 87, ${0.12 + 0.78 * (count / maxCount)})` : `rgba(29, 78, 216, ${0.12 + 0.78 * (count / maxCount)})` }} />
            {lines.map((line, i) => (
              <text key={i} x={b.x + b.width / 2} y={b.y + 20 + i * 15} textAnchor="middle" className={`text-[13px] font-semibold ${strong ? 'fill-white' : 'fill-slate-950 dark:fill-white'}`}>
                {line}
              </text>
            ))}
            <text x={b.x + b.width / 2} y={b.y + b.height - 8} textAnchor="middle" className={`text-[12px] ${strong ? 'fill-white' : 'fill-slate-900 dark:fill-slate-100'}`}>
              {formatCount(count)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Up to two lines of at most `width` characters, the second cut with an ellipsis. */
function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const cut = text.lastIndexOf(' ', width);
  const first = cut > 0 ? text.slice(0, cut) : text.slice(0, width);
  const rest = text.slice(first.length).trim();
  return [first, rest.length > width ? `${rest.slice(0, width - 1)}…` : rest];
}

function MapTables() {
  const map = useDiscover((s) => s.map)!;
  const summary = useDiscover((s) => s.summary)!;
  const name = (a: number) => (a === START ? 'Start' : a === END ? 'End' : humanise(summary.activities[a] ?? ''));
  const cell = 'px-2 py-1 text-left';
  return (
    <div className="grid grid-cols-2 gap-4 p-3 text-sm">
      <table className="w-full border-collapse">
        <caption className="text-left font-bold">Activities on the map</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className={cell}>Activity</th>
            <th scope="col" className={cell}>Events</th>
            <th scope="col" className={cell}>Cases</th>
          </tr>
        </thead>
        <tbody>
          {map.activities.map((a) => (
            <tr key={a.activity} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className={`${cell} font-medium`}>{name(a.activity)}</th>
              <td className={cell}>{formatCount(a.count)}</td>
              <td className={cell}>{formatCount(a.cases)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full border-collapse">
        <caption className="text-left font-bold">Paths on the map</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className={cell}>From → to</th>
            <th scope="col" className={cell}>Count</th>
            <th scope="col" className={cell}>Median time</th>
          </tr>
        </thead>
        <tbody>
          {map.transitions.map((t) => (
            <tr key={`${t.from}>${t.to}`} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className={`${cell} font-medium`}>
                {name(t.from)} → {name(t.to)}
              </th>
              <td className={cell}>{formatCount(t.count)}</td>
              <td className={cell}>{formatDuration(t.medianMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
