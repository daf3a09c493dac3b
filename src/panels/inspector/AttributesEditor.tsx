/** A persona's free attributes (`tier: gold`), referenced by conditions as `persona.<key>`. */
import { useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { AttributeValue } from '../../model/journey';
import { useEditor } from '../../store/editor';
import { buttonClass, iconButtonClass, Section } from '../fields';

const inputClass =
  'min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

/** Typed values: numbers and true/false are stored as such so conditions can compare them. */
function parseValue(text: string): AttributeValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

export function AttributesEditor({ personaId, attributes }: { personaId: string; attributes: Record<string, AttributeValue> }) {
  const [newKey, setNewKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = Object.entries(attributes);
  const set = (next: Record<string, AttributeValue>) => useEditor.getState().updateNode(personaId, { attributes: next });
  const add = () => {
    const key = newKey.trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return setError('A key starts with a letter and has only letters, digits and underscores.');
    if (key in attributes) return setError(`"${key}" is already an attribute.`);
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return setError('That key is reserved.');
    setError(null);
    set({ ...attributes, [key]: '' });
    setNewKey('');
  };
  return (
    <Section title="Attributes">
      {entries.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-300">No attributes yet. Conditions can read them as persona.&lt;key&gt;.</p>}
      <ul className="space-y-1">
        {entries.map(([key, value]) => (
          <li key={key} className="flex items-center gap-1">
            <span className="w-24 truncate font-mono text-xs text-slate-800 dark:text-slate-100" title={key}>
              {key}
            </span>
            <input
              aria-label={`Value of ${key}`}
              className={inputClass}
              value={String(value)}
              onChange={(e) => set({ ...attributes, [key]: parseValue(e.target.value) })}
            />
            <button
              type="button"
              className={iconButtonClass}
              aria-label={`Remove attribute ${key}`}
              onClick={() => {
                const next = { ...attributes };
                delete next[key];
                set(next);
              }}
            >
              <Trash2 aria-hidden className="h-4 w-4" />
            </button>
          </li>
        ))}
      </ul>
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input aria-label="New attribute key" placeholder="new key, e.g. tier" className={inputClass} value={newKey} onChange={(e) => setNewKey(e.target.value)} />
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
