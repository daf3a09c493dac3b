/**
 * "No response within [24] [hours]": the number stays as typed and the unit as chosen. The
 * stored minutes follow each keystroke; only when the user leaves the field does a rounded
 * value get written back, with a line that says so.
 */
import { useId, useState } from 'react';
import { Field, inputClass } from '../fields';
import { formatMinutes } from '../../model/labels';
import { readTimer, settledTimer, textFor, TIMER_UNITS, unitFor, type TimerUnit } from './timer-units';

interface Shown {
  text: string;
  unit: TimerUnit;
  /** The stored minutes this text was last in step with. */
  minutes: number;
}

const shownFor = (minutes: number): Shown => {
  const unit = unitFor(minutes);
  return { text: textFor(minutes, unit) ?? String(minutes), unit, minutes };
};

export function TimerField({ minutes, onChange }: { minutes: number; onChange: (minutes: number) => void }) {
  const numberId = useId();
  const unitId = useId();
  const [shown, setShown] = useState<Shown>(() => shownFor(minutes));
  const [note, setNote] = useState<string | null>(null);
  // The stored value changed from elsewhere (undo, another tab): show it as a timer first appears.
  if (shown.minutes !== minutes) {
    const reading = readTimer(shown.text, shown.unit);
    if (!reading.ok || reading.minutes !== minutes) {
      setShown(shownFor(minutes));
      setNote(null);
    } else setShown({ ...shown, minutes });
  }
  const reading = readTimer(shown.text, shown.unit);

  const write = (text: string, unit: TimerUnit) => {
    const next = readTimer(text, unit);
    setShown({ text, unit, minutes: next.ok ? next.minutes : minutes });
    setNote(null);
    if (next.ok && next.minutes !== minutes) onChange(next.minutes);
  };
  const settle = () => {
    const settled = settledTimer(shown.text, shown.unit, minutes);
    if (settled.text === shown.text && settled.unit === shown.unit) return;
    setShown({ ...settled, minutes });
    setNote(`Rounded to ${formatMinutes(minutes)}: timers count whole minutes.`);
  };

  return (
    <div className="space-y-1">
      <div className="grid grid-cols-2 gap-2">
        <Field id={numberId} label="No response within" error={reading.ok ? null : reading.error}>
          <input
            id={numberId}
            type="number"
            inputMode="decimal"
            min={0}
            step="any"
            className={inputClass}
            value={shown.text}
            aria-invalid={reading.ok ? undefined : true}
            aria-describedby={`${numberId}-stored`}
            onChange={(e) => write(e.target.value, shown.unit)}
            onBlur={settle}
          />
        </Field>
        <Field id={unitId} label="Unit">
          <select id={unitId} className={inputClass} value={shown.unit} onChange={(e) => write(shown.text, e.target.value as TimerUnit)}>
            {TIMER_UNITS.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {/* What is stored, as the card shows it: a rounding on blur is said here, never done silently. */}
      <p id={`${numberId}-stored`} className="text-xs text-slate-600 dark:text-slate-300" aria-live="polite">
        {note ?? `On the card: ${formatMinutes(minutes)}`}
      </p>
    </div>
  );
}
