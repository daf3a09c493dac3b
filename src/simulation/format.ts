/** Times and figures as the room reads them. */
import type { ComparedMetric } from '../sim';

const MINUTE_MS = 60_000;
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * A clock time: the date and hour when the log has dates (`Tue 4 Mar 09:35`), otherwise the
 * day and hour since minute 0 (`Day 2 · 09:35`). Times in logs without a zone are UTC.
 */
export function formatClock(minutes: number, start: string | undefined): string {
  const base = start ? Date.parse(start) : NaN;
  if (Number.isFinite(base)) {
    const d = new Date(base + Math.round(minutes) * MINUTE_MS);
    return `${WEEKDAY.format(d).replace(',', '')} ${hhmm(d.getUTCHours(), d.getUTCMinutes())}`;
  }
  const whole = Math.max(0, Math.round(minutes));
  const day = Math.floor(whole / 1440);
  const rest = whole % 1440;
  return `Day ${day + 1} · ${hhmm(Math.floor(rest / 60), rest % 60)}`;
}

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** A duration in minutes as `45 min`, `2 h 5 min`, `1 d 3 h`. */
export function formatDuration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  const sign = minutes < 0 ? '−' : '';
  if (m < 60) return `${sign}${m} min`;
  if (m < 1440) return `${sign}${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
  const h = Math.round((m % 1440) / 60);
  return `${sign}${Math.floor(m / 1440)} d${h ? ` ${h} h` : ''}`;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

export const formatCount = (n: number) => integer.format(n);

/** A measure's value, in the unit the room reads it in. */
export function formatMetric(metric: ComparedMetric, value: number | null): string {
  if (value === null) return '—';
  switch (metric) {
    case 'goalRate':
      return `${integer.format(value * 100)}%`;
    case 'medianTimeToGoal':
      return formatDuration(value);
    case 'medianStepsToGoal':
    case 'satisfaction':
      return oneDecimal.format(value);
    case 'cost':
    case 'costPerCustomer':
      // Cents matter on small sums; on thousands they are noise that crowds the table (the CSV keeps them).
      return Math.abs(value) >= 1000 ? integer.format(value) : money.format(value);
    default:
      return integer.format(value);
  }
}

/** A difference dynamic − static, signed, with percentage points for the goal rate. */
export function formatDifference(metric: ComparedMetric, value: number | null): string {
  if (value === null) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const abs = Math.abs(value);
  if (metric === 'goalRate') return `${sign}${integer.format(abs * 100)} pts`;
  return `${sign}${formatMetric(metric, abs)}`;
}

/** Whether a higher value of the measure is better for the customer and the brand (null: neither). */
export const HIGHER_IS_BETTER: Record<ComparedMetric, boolean | null> = {
  goalRate: true,
  medianTimeToGoal: false,
  medianStepsToGoal: false,
  offRoute: false,
  stalls: false,
  reroutes: null,
  actions: null,
  cost: false,
  costPerCustomer: false,
  satisfaction: true,
  droppedOff: false,
};
