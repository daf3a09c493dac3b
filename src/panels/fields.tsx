/** Labelled form fields for the inspector: every control has a visible label and an accessible name. */
import { useEffect, useId, useState, type ReactNode } from 'react';

export const inputClass =
  'w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50';

export function Field({ label, hint, error, children, id }: { label: string; hint?: string; error?: string | null; children: ReactNode; id: string }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold text-slate-700 dark:text-slate-200">
        {label}
      </label>
      {children}
      {hint && !error && <p className="text-xs text-slate-600 dark:text-slate-300">{hint}</p>}
      {error && (
        <p className="text-xs font-medium text-red-700 dark:text-red-300" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField(props: { label: string; value: string; onChange: (v: string) => void; hint?: string; error?: string | null; placeholder?: string; mono?: boolean }) {
  const id = useId();
  return (
    <Field id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        className={`${inputClass} ${props.mono ? 'font-mono' : ''}`}
        value={props.value}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}

export function TextArea(props: { label: string; value: string; onChange: (v: string) => void; rows?: number; hint?: string }) {
  const id = useId();
  return (
    <Field id={id} label={props.label} hint={props.hint}>
      <textarea id={id} rows={props.rows ?? 3} className={inputClass} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </Field>
  );
}

/**
 * A number input that lets the user type freely (an empty box, a minus sign) and only
 * commits valid numbers within range; anything else shows why and keeps the last good value.
 */
export function NumberField(props: { label: string; value: number | null; onChange: (v: number) => void; min?: number; max?: number; step?: number; hint?: string; suffix?: string }) {
  const id = useId();
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText((old) => (Number(old) === props.value ? old : props.value === null ? '' : String(props.value)));
  }, [props.value]);
  const commit = (raw: string) => {
    setText(raw);
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) return setError('Enter a number.');
    if (props.min !== undefined && n < props.min) return setError(`At least ${props.min}.`);
    if (props.max !== undefined && n > props.max) return setError(`At most ${props.max}.`);
    setError(null);
    props.onChange(n);
  };
  return (
    <Field id={id} label={props.label} hint={props.hint} error={error}>
      <div className="flex items-center gap-1">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className={inputClass}
          value={text}
          min={props.min}
          max={props.max}
          step={props.step ?? 'any'}
          aria-invalid={error ? true : undefined}
          onChange={(e) => commit(e.target.value)}
        />
        {props.suffix && <span className="text-sm text-slate-700 dark:text-slate-200">{props.suffix}</span>}
      </div>
    </Field>
  );
}

export function SelectField<T extends string>(props: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (v: T) => void; hint?: string }) {
  const id = useId();
  return (
    <Field id={id} label={props.label} hint={props.hint}>
      <select id={id} className={inputClass} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" className="mt-0.5 h-4 w-4 accent-blue-600" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id} className="text-sm text-slate-800 dark:text-slate-100">
        {props.label}
        {props.hint && <span className="block text-xs text-slate-600 dark:text-slate-300">{props.hint}</span>}
      </label>
    </div>
  );
}

export const buttonClass =
  'inline-flex items-center justify-center gap-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-50 dark:hover:bg-slate-700';

export const primaryButtonClass =
  'inline-flex items-center justify-center gap-1 rounded-md bg-blue-700 px-2 py-1 text-sm font-semibold text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400 focus-visible:ring-offset-2 disabled:cursor-not-allowed disabled:opacity-50';

export const iconButtonClass =
  'inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-800 hover:bg-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:opacity-40 dark:text-slate-100 dark:hover:bg-slate-700';

export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700" aria-label={title}>
      <div className="flex items-center justify-between">
        <h3 className="text-xs font-bold uppercase tracking-wide text-slate-700 dark:text-slate-200">{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
