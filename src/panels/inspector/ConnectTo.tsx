/** Creates a connection without a mouse: pick a node the grammar allows after this one. */
import { useId, useMemo, useState } from 'react';
import { Link } from 'lucide-react';
import type { Journey, JourneyNode } from '../../model/journey';
import { nodeLabel } from '../../model/journey';
import { connectionTargets } from '../../model/grammar';
import { KIND_LABELS } from '../../model/factory';
import { useEditor } from '../../store/editor';
import { buttonClass, inputClass, Section } from '../fields';

/**
 * Above this many candidates the list shows the nearest ones and a search field finds the rest:
 * a list of 3,000 options took a quarter of a second to appear on every selection at 5,000 nodes,
 * and nobody scrolls through it.
 */
export const LONG_LIST = 100;

/** The candidates to offer: all of a short list; of a long one, those matching `query`, nearest to `from` first. */
export function offeredTargets(candidates: readonly JourneyNode[], from: JourneyNode, query: string): { shown: JourneyNode[]; matching: number } {
  if (candidates.length <= LONG_LIST) return { shown: [...candidates], matching: candidates.length };
  const words = query.trim().toLowerCase();
  const matches = words ? candidates.filter((n) => `${KIND_LABELS[n.kind]}: ${nodeLabel(n)}`.toLowerCase().includes(words)) : [...candidates];
  const distance = (n: JourneyNode) => Math.hypot(n.position.x - from.position.x, n.position.y - from.position.y);
  const nearest = matches.map((n) => ({ n, d: distance(n) })).sort((a, b) => a.d - b.d);
  return { shown: nearest.slice(0, LONG_LIST).map(({ n }) => n), matching: matches.length };
}

export function ConnectTo({ node, journey }: { node: JourneyNode; journey: Journey }) {
  const id = useId();
  const [target, setTarget] = useState('');
  const [query, setQuery] = useState('');
  const candidates = useMemo(() => connectionTargets(journey, node.id), [journey, node.id]);
  const long = candidates.length > LONG_LIST;
  const { shown, matching } = useMemo(() => offeredTargets(candidates, node, query), [candidates, node, query]);
  const outgoing = journey.edges.filter((e) => e.source === node.id);
  if (node.kind === 'note') return null;
  if (node.kind === 'action' && node.outcome !== 'none') {
    return (
      <Section title="Connections">
        <p className="text-xs text-slate-600 dark:text-slate-300">A {node.outcome} action ends the journey: nothing follows it.</p>
      </Section>
    );
  }
  return (
    <Section title="Connect to…">
      {long && (
        <div>
          <label htmlFor={`${id}-find`} className="mb-0.5 block text-xs font-medium text-slate-700 dark:text-slate-200">
            Find by name
          </label>
          <input
            id={`${id}-find`}
            type="search"
            className={inputClass}
            value={query}
            placeholder={`${candidates.length.toLocaleString('en')} can follow`}
            onChange={(e) => {
              setQuery(e.target.value);
              setTarget('');
            }}
          />
          <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-300" aria-live="polite">
            {matching === 0
              ? 'No node of that name can follow.'
              : matching > shown.length
                ? `The nearest ${shown.length} of ${matching.toLocaleString('en')}${query.trim() ? ' matching' : ''}: type a name to narrow.`
                : `${matching.toLocaleString('en')} matching, nearest first.`}
          </p>
        </div>
      )}
      <div className="flex items-end gap-1">
        <div className="min-w-0 flex-1">
          <label htmlFor={id} className="sr-only">
            Connect {nodeLabel(node)} to
          </label>
          <select
            id={id}
            className="w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{candidates.length ? 'Choose what comes next…' : 'Nothing can follow yet — add a node first'}</option>
            {shown.map((n) => (
              <option key={n.id} value={n.id}>
                {KIND_LABELS[n.kind]}: {nodeLabel(n)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={buttonClass}
          disabled={!target}
          onClick={() => {
            useEditor.getState().connect(node.id, target);
            setTarget('');
          }}
        >
          <Link aria-hidden className="h-4 w-4" /> Connect
        </button>
      </div>
      {outgoing.length > 0 && (
        <ul className="space-y-0.5 text-xs text-slate-700 dark:text-slate-200" aria-label="Leads to">
          {outgoing.map((e) => {
            const t = journey.nodes.find((n) => n.id === e.target);
            return (
              <li key={e.id}>
                <button type="button" className="underline" onClick={() => useEditor.getState().select({ nodeIds: [], edgeIds: [e.id] })}>
                  → {t ? nodeLabel(t) : e.target}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
