/**
 * Edits one branch condition: a text view (CEL-style, for power users) that is always there,
 * and a visual builder (react-querybuilder, loaded on demand) for everyone else.
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { JsonLogicRule } from '../../model/journey';
import { conditionToText } from '../../model/conditions';
import { useEditor } from '../../store/editor';
import { buttonClass } from '../fields';

const VisualConditionBuilder = lazy(() => import('./VisualConditionBuilder'));

export function ConditionEditor({ edgeId, condition, fields, branchName }: { edgeId: string; condition: JsonLogicRule | null; fields: string[]; branchName: string }) {
  const id = useId();
  const current = condition === null ? '' : conditionToText(condition);
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [visual, setVisual] = useState(false);
  useEffect(() => {
    setText(current);
    setError(null);
  }, [current]);

  const apply = async () => {
    if (text === current) return;
    // The parser is loaded on first use, so it stays out of the app's first load.
    const { parseConditionText } = await import('../../model/condition-parse');
    const parsed = parseConditionText(text);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    useEditor.getState().updateBranch(edgeId, { condition: parsed.rule });
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold text-slate-700 dark:text-slate-200">
        Condition of {branchName}
      </label>
      <textarea
        id={id}
        rows={2}
        spellCheck={false}
        className="w-full rounded-md border border-slate-400 bg-white px-2 py-1 font-mono text-xs text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50"
        value={text}
        aria-invalid={error ? true : undefined}
        placeholder='persona.tier == "gold" && event.value > 100'
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void apply()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void apply();
          }
        }}
      />
      {error ? (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-300">
          Press Enter to apply. Use &&, ||, ==, !=, &gt;, &lt;, in [..], .startsWith(".."), .endsWith(".."), .contains("..").
        </p>
      )}
      <button type="button" className={buttonClass} aria-expanded={visual} onClick={() => setVisual((v) => !v)}>
        {visual ? 'Hide visual builder' : 'Edit visually'}
      </button>
      {visual && (
        <Suspense fallback={<p className="text-xs">Loading the visual builder…</p>}>
          <VisualConditionBuilder condition={condition} fields={fields} onChange={(rule) => useEditor.getState().updateBranch(edgeId, { condition: rule })} />
        </Suspense>
      )}
    </div>
  );
}
