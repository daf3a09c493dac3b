/** Creates a connection without a mouse: pick a node the grammar allows after this one. */
import { useId, useState } from 'react';
import { Link } from 'lucide-react';
import type { Journey, JourneyNode } from '../../model/journey';
import { nodeLabel } from '../../model/journey';
import { connectionTargets } from '../../model/grammar';
import { KIND_LABELS } from '../../model/factory';
import { useEditor } from '../../store/editor';
import { buttonClass, Section } from '../fields';

export function ConnectTo({ node, journey }: { node: JourneyNode; journey: Journey }) {
  const id = useId();
  const [target, setTarget] = useState('');
  const candidates = connectionTargets(journey, node.id);
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
            {candidates.map((n) => (
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
