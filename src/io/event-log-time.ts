/**
 * Timestamps as event-log exports write them: ISO 8601, epoch seconds or milliseconds, and the
 * day/month forms of spreadsheets and CRMs (`07/03/2025 14:05`, `3/7/2025 2:05 PM`,
 * `2025/03/07 14:05`). Which one a column uses is detected from its values; when both day-first
 * and month-first read every value (no day above 12), the user chooses. A time without a zone is
 * read as UTC, so a file gives the same figures on every machine.
 */
import { parseIsoInstant } from './log-time';

export const TIMESTAMP_FORMATS = ['iso', 'dmy', 'mdy', 'ymd', 'epoch-s', 'epoch-ms'] as const;
export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

export const TIMESTAMP_LABELS: Record<TimestampFormat, string> = {
  iso: 'ISO 8601 (2025-03-07T14:05:00Z)',
  dmy: 'Day first (07/03/2025 14:05)',
  mdy: 'Month first (03/07/2025 14:05)',
  ymd: 'Year first (2025/03/07 14:05)',
  'epoch-s': 'Seconds since 1970 (1741356300)',
  'epoch-ms': 'Milliseconds since 1970 (1741356300000)',
};

/** An example of each format, for messages. */
export const TIMESTAMP_EXAMPLES: Record<TimestampFormat, string> = {
  iso: '2025-03-07T14:05:00Z',
  dmy: '07/03/2025 14:05',
  mdy: '03/07/2025 14:05',
  ymd: '2025/03/07 14:05',
  'epoch-s': '1741356300',
  'epoch-ms': '1741356300000',
};

const SLASHED = /^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?m\.?)?)?$/i;
const INTEGER = /^\d+(\.\d+)?$/;

/** Epoch seconds from 1973 to 2286; milliseconds over the same span — other numbers are not timestamps. */
const EPOCH_S_MIN = 1e8;
const EPOCH_S_MAX = 1e10;

/** Milliseconds since 1970 for `text` in `format`, or null when it is not one. */
export function parseTimestamp(text: string, format: TimestampFormat): number | null {
  const s = text.trim();
  if (s === '') return null;
  switch (format) {
    case 'iso':
      return fastIso(s) ?? parseIsoInstant(s);
    case 'epoch-s':
    case 'epoch-ms': {
      if (!INTEGER.test(s)) return null;
      const v = Number(s);
      const seconds = format === 'epoch-s' ? v : v / 1000;
      return seconds >= EPOCH_S_MIN && seconds < EPOCH_S_MAX ? seconds * 1000 : null;
    }
    default:
      return parseSlashed(s, format);
  }
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * The export's usual form, `2025-03-07T14:05:00(.123)(Z|+01:00)`, read character by character —
 * a million of them per file, so no regular expression and no Date object per value. Anything
 * else (or anything odd) goes to the general ISO reader.
 */
function fastIso(s: string): number | null {
  if (s.length < 19 || s[4] !== '-' || s[7] !== '-' || (s[10] !== 'T' && s[10] !== ' ') || s[13] !== ':' || s[16] !== ':') return null;
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  if (day > DAYS[month - 1]! || (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))) return null;
  let i = 19;
  let ms = 0;
  if (s[i] === '.') {
    let scale = 100;
    for (i++; i < s.length && digit(s, i) >= 0 && digit(s, i) <= 9; i++) {
      ms += digit(s, i) * scale;
      scale /= 10;
    }
    ms = Math.round(ms);
  }
  let offset = 0;
  if (i === s.length) offset = 0;
  else if (s[i] === 'Z' && i === s.length - 1) offset = 0;
  else if ((s[i] === '+' || s[i] === '-') && (s.length === i + 6 ? s[i + 3] === ':' : s.length === i + 5)) {
    const h = two(s, i + 1);
    const m = two(s, s.length - 2);
    if (h < 0 || m < 0) return null;
    offset = (s[i] === '-' ? -1 : 1) * (h * 60 + m);
  } else return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}

function parseSlashed(s: string, format: 'dmy' | 'mdy' | 'ymd'): number | null {
  const m = SLASHED.exec(s);
  if (!m) return null;
  const [, a, b, c, hh, mi = '0', ss = '0', frac = '0', meridiem] = m;
  let year: number;
  let month: number;
  let day: number;
  if (format === 'ymd') {
    if (a!.length !== 4) return null;
    [year, month, day] = [+a!, +b!, +c!];
  } else {
    if (a!.length > 2 || (c!.length !== 4 && c!.length !== 2)) return null;
    year = c!.length === 2 ? 2000 + +c! : +c!;
    [day, month] = format === 'dmy' ? [+a!, +b!] : [+b!, +a!];
  }
  let hour = hh === undefined ? 0 : +hh;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem[0]!.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || +mi > 59 || +ss > 59) return null;
  const ms = Math.round(+`0.${frac}` * 1000);
  const t = Date.UTC(year, month - 1, day, hour, +mi, +ss, ms);
  const check = new Date(t);
  // 31/02 rolls over to March in Date.UTC: refuse what does not round-trip.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  return t;
}

export interface TimestampDetection {
  /** Formats that read every non-empty sample, most likely first. */
  formats: TimestampFormat[];
  /** Day-first and month-first both read every sample: the user has to say which. */
  ambiguous: boolean;
  /** Share of the non-empty samples the best format reads (0–1). */
  share: number;
}

/** Which formats read the samples of a column. */
export function detectTimestampFormat(samples: readonly string[]): TimestampDetection {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return { formats: [], ambiguous: false, share: 0 };
  const reads = (f: TimestampFormat) => values.filter((v) => parseTimestamp(v, f) !== null).length;
  const scores = TIMESTAMP_FORMATS.map((f) => ({ f, n: reads(f) }));
  const best = Math.max(...scores.map((s) => s.n));
  const formats = best === 0 ? [] : scores.filter((s) => s.n === best).map((s) => s.f);
  return { formats, ambiguous: formats.includes('dmy') && formats.includes('mdy'), share: best / values.length };
}
