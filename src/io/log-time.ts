/**
 * Times in interaction-log files: a number of minutes since the log's start, or an ISO
 * date-time. A date-time without a zone is read as UTC, so a file gives the same minutes
 * on every machine.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Milliseconds since 1970 for an ISO date or date-time, or null when it is not one. */
export function parseIsoInstant(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  const year = +y!;
  const month = +mo! - 1;
  const day = +d!;
  const ms = Math.round(+`0.${frac}` * 1000);
  const utc = Date.UTC(year, month, day, +h, +mi, +s, ms);
  const check = new Date(utc);
  // Date.UTC rolls 2025-02-30 over to March: reject what does not round-trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day || +h > 23 || +mi > 59 || +s > 59) return null;
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * ((+digits.slice(0, 2) || 0) * 60 + (+digits.slice(2, 4) || 0));
  }
  return utc - offset * 60_000;
}

/** A time as written in a file: a number of minutes (also as text, "90"), or an ISO date-time. */
export type FileTime = { minutes: number } | { instant: number } | null;

export function readFileTime(value: unknown): FileTime {
  if (typeof value === 'number') return Number.isFinite(value) ? { minutes: value } : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (NUMBER.test(text)) return { minutes: Number(text) };
  const instant = parseIsoInstant(text);
  return instant === null ? null : { instant };
}
