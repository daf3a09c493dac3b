/**
 * The fields of one generated attribute's distribution: uniform, normal or a weighted choice.
 * Every change keeps the distribution valid (min ≤ max, a weight above 0), so the journey can
 * always be saved and exported; a value that would break that is shown with its reason instead.
 */
import { useEffect, useId, useState } from 'react';
import { Plus, Trash2 } from 'lucide-react';
import type { AttributeDistribution, AttributeValue } from '../../model/journey';
import { buttonClass, iconButtonClass, NumberField, SelectField } from '../fields';

type Choice = Extract<AttributeDistribution, { kind: 'choice' }>;
type Props<D> = { name: string; value: D; onChange: (next: D) => void };

const DECIMALS = Array.from({ length: 7 }, (_, d) => ({ value: String(d), label: d === 0 ? 'Whole numbers' : d === 1 ? '1 decimal' : `${d} decimals` }));

const compactInput =
  'w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

export function UniformFields({ value, onChange }: Props<Extract<AttributeDistribution, { kind: 'uniform' }>>) {
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <NumberField label="From" value={value.min} max={value.max} onChange={(min) => onChange({ ...value, min })} />
        <NumberField label="To" value={value.max} min={value.min} onChange={(max) => onChange({ ...value, max })} />
      </div>
      <SelectField label="Rounded to" value={String(value.decimals)} options={DECIMALS} onChange={(d) => onChange({ ...value, decimals: Number(d) })} />
    </>
  );
}

export function NormalFields({ value, onChange }: Props<Extract<AttributeDistribution, { kind: 'normal' }>>) {
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <NumberField label="Average" value={value.mean} onChange={(mean) => onChange({ ...value, mean })} />
        <NumberField label="Spread (sd)" min={0} value={value.sd} onChange={(sd) => onChange({ ...value, sd })} />
        <OptionalNumber label="At least" value={value.min} max={value.max} onChange={(min) => onChange({ ...value, min })} />
        <OptionalNumber label="At most" value={value.max} min={value.min} onChange={(max) => onChange({ ...value, max })} />
      </div>
      <SelectField label="Rounded to" value={String(value.decimals)} options={DECIMALS} onChange={(d) => onChange({ ...value, decimals: Number(d) })} />
      <p className="text-xs text-slate-600 dark:text-slate-300">
        About two in three between {round(value.mean - value.sd)} and {round(value.mean + value.sd)}, nineteen in twenty between {round(value.mean - 2 * value.sd)} and{' '}
        {round(value.mean + 2 * value.sd)}
        {value.min !== null || value.max !== null ? ', held within the limits' : ''}.
      </p>
    </>
  );
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Typed values, as in persona attributes: numbers and true/false are stored as such so conditions can compare them. */
export function parseAttributeValue(text: string): AttributeValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

export function ChoiceFields({ name, value, onChange }: Props<Choice>) {
  const [error, setError] = useState<string | null>(null);
  const total = value.options.reduce((a, o) => a + o.weight, 0);
  const setOption = (i: number, patch: Partial<Choice['options'][number]>) =>
    onChange({ ...value, options: value.options.map((o, k) => (k === i ? { ...o, ...patch } : o)) });
  const setWeight = (i: number, raw: string) => {
    const w = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(w) || w < 0) return setError('A weight is a number, 0 or more.');
    if (total - value.options[i]!.weight + w <= 0) return setError('At least one value needs a weight above 0.');
    setError(null);
    setOption(i, { weight: w });
  };
  return (
    <div className="space-y-1">
      <div className="grid grid-cols-[1fr_5rem_1.75rem] gap-1 text-xs font-semibold text-slate-700 dark:text-slate-200" aria-hidden>
        <span>Value</span>
        <span>Weight</span>
      </div>
      <ul className="space-y-1">
        {value.options.map((o, i) => (
          <li key={i} className="grid grid-cols-[1fr_5rem_1.75rem] items-center gap-1">
            <input aria-label={`${name}: value ${i + 1}`} className={compactInput} value={String(o.value)} onChange={(e) => setOption(i, { value: parseAttributeValue(e.target.value) })} />
            <WeightInput label={`${name}: weight of value ${i + 1}`} weight={o.weight} onChange={(raw) => setWeight(i, raw)} />
            <button
              type="button"
              className={iconButtonClass}
              aria-label={`${name}: remove value ${i + 1}`}
              disabled={value.options.length === 1 || (o.weight === total && o.weight > 0)}
              title={value.options.length === 1 ? 'A choice needs at least one value' : undefined}
              onClick={() => onChange({ ...value, options: value.options.filter((_, k) => k !== i) })}
            >
              <Trash2 aria-hidden className="h-4 w-4" />
            </button>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        {value.options.map((o) => `${String(o.value) || '(empty)'} ${total > 0 ? Math.round((o.weight / total) * 100) : 0} %`).join(' · ')}
      </p>
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
      <button type="button" className={buttonClass} onClick={() => onChange({ ...value, options: [...value.options, { value: '', weight: 1 }] })}>
        <Plus aria-hidden className="h-4 w-4" /> Add a value
      </button>
    </div>
  );
}

/** A weight the user may type freely; only a valid one reaches the journey. */
function WeightInput({ label, weight, onChange }: { label: string; weight: number; onChange: (raw: string) => void }) {
  const [text, setText] = useState(String(weight));
  useEffect(() => setText((old) => (Number(old) === weight ? old : String(weight))), [weight]);
  return (
    <input
      aria-label={label}
      type="number"
      min={0}
      step="any"
      className={compactInput}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value);
      }}
    />
  );
}

/** A number or nothing (no bound); an empty box means none. */
function OptionalNumber(props: { label: string; value: number | null; min?: number | null; max?: number | null; onChange: (v: number | null) => void }) {
  const id = useId();
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText((old) => {
      const shown = old.trim() === '' ? null : Number(old);
      return shown === props.value ? old : props.value === null ? '' : String(props.value);
    });
  }, [props.value]);
  const commit = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') {
      setError(null);
      return props.onChange(null);
    }
    const n = Number(raw);
    if (!Number.isFinite(n)) return setError('Enter a number, or leave it empty.');
    if (props.min !== undefined && props.min !== null && n < props.min) return setError(`At least ${props.min}.`);
    if (props.max !== undefined && props.max !== null && n > props.max) return setError(`At most ${props.max}.`);
    setError(null);
    props.onChange(n);
  };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold text-slate-700 dark:text-slate-200">
        {props.label}
      </label>
      <input id={id} type="number" step="any" placeholder="no limit" className={compactInput} value={text} aria-invalid={error ? true : undefined} onChange={(e) => commit(e.target.value)} />
      {error && (
        <p role="alert" className="text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
