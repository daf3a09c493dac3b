/**
 * A timer's duration as the inspector shows it: a number in a unit the user chose. Timers are
 * stored in whole minutes; the unit is only how they are shown, so it is never derived again
 * from the stored minutes while the user types (typing 24 in hours must not turn into 1 day).
 */
export const TIMER_UNITS = [
  { value: 'min', label: 'minutes', factor: 1 },
  { value: 'h', label: 'hours', factor: 60 },
  { value: 'd', label: 'days', factor: 1440 },
] as const;

export type TimerUnit = (typeof TIMER_UNITS)[number]['value'];

const factorOf = (unit: TimerUnit) => TIMER_UNITS.find((u) => u.value === unit)!.factor;

/** The largest unit that shows `minutes` as a whole number — how a timer first appears. */
export function unitFor(minutes: number): TimerUnit {
  return [...TIMER_UNITS].reverse().find((u) => minutes % u.factor === 0)?.value ?? 'min';
}

/** `minutes` written in `unit`, with at most two decimals (null when that would not be exact). */
export function textFor(minutes: number, unit: TimerUnit): string | null {
  const n = minutes / factorOf(unit);
  const rounded = Math.round(n * 100) / 100;
  return Math.abs(rounded * factorOf(unit) - minutes) < 1e-9 ? String(rounded) : null;
}

export type TimerReading = { ok: true; minutes: number; rounded: boolean } | { ok: false; error: string };

/** What the typed text means in `unit`: whole minutes, at least one. */
export function readTimer(text: string, unit: TimerUnit): TimerReading {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return { ok: false, error: 'Enter a number.' };
  if (n <= 0) return { ok: false, error: 'More than 0.' };
  const exact = n * factorOf(unit);
  const minutes = Math.max(1, Math.round(exact));
  return { ok: true, minutes, rounded: Math.abs(minutes - exact) > 1e-9 };
}

/**
 * How the field reads after the user leaves it: unchanged when the text says exactly what is
 * stored; otherwise the stored minutes, in the same unit when that is exact, else in minutes.
 */
export function settledTimer(text: string, unit: TimerUnit, minutes: number): { text: string; unit: TimerUnit } {
  const reading = readTimer(text, unit);
  if (reading.ok && !reading.rounded) return { text, unit };
  const same = textFor(minutes, unit);
  return same !== null ? { text: same, unit } : { text: String(minutes), unit: 'min' };
}
