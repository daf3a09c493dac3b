/**
 * An event's generated attributes: what a generated customer's event carries (`value`,
 * `sentiment`…), each drawn from a distribution, read by conditions as `event.<name>`.
 * Interaction logs bring their own; these only shape generated populations.
 */
import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import { EventAttributeName, type AttributeDistribution, type EventNode } from '../../model/journey';
import { useEditor } from '../../store/editor';
import { buttonClass, iconButtonClass, Section, SelectField } from '../fields';
import { ChoiceFields, NormalFields, UniformFields } from './DistributionFields';

type Kind = AttributeDistribution['kind'];
const KINDS: { value: Kind; label: string }[] = [
  { value: 'uniform', label: 'Anywhere in a range' },
  { value: 'normal', label: 'Around an average' },
  { value: 'choice', label: 'One of a few values' },
];

const inputClass =
  'min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

/** The same attribute drawn another way, keeping what carries over (a range becomes an average and a spread). */
function convert(d: AttributeDistribution, kind: Kind): AttributeDistribution {
  const range = d.kind === 'uniform' ? [d.min, d.max] : d.kind === 'normal' ? [d.min ?? d.mean - 2 * d.sd, d.max ?? d.mean + 2 * d.sd] : [0, 100];
  const [lo, hi] = range as [number, number];
  const decimals = d.kind === 'choice' ? 2 : d.decimals;
  if (kind === 'uniform') return { kind, min: lo, max: hi, decimals };
  if (kind === 'normal') return { kind, mean: (lo + hi) / 2, sd: (hi - lo) / 4, min: null, max: null, decimals };
  return { kind, options: [{ value: true, weight: 1 }, { value: false, weight: 1 }] };
}

export function EventAttributesEditor({ node }: { node: EventNode }) {
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const attributes = node.attributes ?? {};
  const entries = Object.entries(attributes);
  // No attributes left: the field goes away, so the journey file stays as it was before any.
  const set = (next: Record<string, AttributeDistribution>) => useEditor.getState().updateNode(node.id, { attributes: Object.keys(next).length > 0 ? next : undefined });
  const add = () => {
    const name = newName.trim();
    const checked = EventAttributeName.safeParse(name);
    if (!checked.success) return setError(`“${name}”: ${checked.error.issues[0]!.message}.`);
    if (name in attributes) return setError(`“${name}” is already an attribute of this event.`);
    setError(null);
    set({ ...attributes, [name]: { kind: 'uniform', min: 0, max: 100, decimals: 2 } });
    setNewName('');
  };

  if (node.timer) {
    return (
      <Section title="Generated attributes">
        <p className="text-xs text-slate-600 dark:text-slate-300">A timer event carries the attributes of the customer’s last event, so it has none of its own.</p>
        {entries.length > 0 && (
          <button type="button" className={buttonClass} onClick={() => set({})}>
            <Trash2 aria-hidden className="h-4 w-4" /> Remove {entries.length === 1 ? 'its generated attribute' : `its ${entries.length} generated attributes`}
          </button>
        )}
      </Section>
    );
  }
  return (
    <Section title="Generated attributes">
      <p className="text-xs text-slate-600 dark:text-slate-300">
        What this event carries for a generated customer; conditions read it as event.&lt;name&gt;. Imported logs bring their own.
      </p>
      {entries.map(([name, d]) => (
        <fieldset key={name} className="space-y-2 rounded-md border border-slate-300 p-2 dark:border-slate-600">
          <legend className="px-1 font-mono text-xs font-semibold text-slate-800 dark:text-slate-100">{name}</legend>
          <div className="flex items-end gap-1">
            <div className="min-w-0 flex-1">
              <SelectField label="Drawn as" value={d.kind} options={KINDS} onChange={(kind) => set({ ...attributes, [name]: convert(d, kind) })} />
            </div>
            <button
              type="button"
              className={iconButtonClass}
              aria-label={`Remove generated attribute ${name}`}
              onClick={() => {
                const next = { ...attributes };
                delete next[name];
                set(next);
              }}
            >
              <Trash2 aria-hidden className="h-4 w-4" />
            </button>
          </div>
          <DistributionFields name={name} value={d} onChange={(next) => set({ ...attributes, [name]: next })} />
        </fieldset>
      ))}
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input aria-label="New generated attribute name" placeholder="new name, e.g. value" className={inputClass} value={newName} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" className={buttonClass}>
          <Plus aria-hidden className="h-4 w-4" /> Add
        </button>
      </form>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </Section>
  );
}

function DistributionFields({ name, value, onChange }: { name: string; value: AttributeDistribution; onChange: (next: AttributeDistribution) => void }) {
  switch (value.kind) {
    case 'uniform':
      return <UniformFields name={name} value={value} onChange={onChange} />;
    case 'normal':
      return <NormalFields name={name} value={value} onChange={onChange} />;
    case 'choice':
      return <ChoiceFields name={name} value={value} onChange={onChange} />;
  }
}
