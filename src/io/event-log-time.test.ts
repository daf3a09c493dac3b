import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectTimestampFormat, parseTimestamp } from './event-log-time';
import { parseIsoInstant } from './log-time';

describe('event-log timestamps', () => {
  it('reads the day/month forms, epoch seconds and milliseconds', () => {
    const t = Date.UTC(2025, 2, 7, 14, 5);
    expect(parseTimestamp('07/03/2025 14:05', 'dmy')).toBe(t);
    expect(parseTimestamp('3/7/2025 2:05 PM', 'mdy')).toBe(t);
    expect(parseTimestamp('07.03.25 14:05', 'dmy')).toBe(t);
    expect(parseTimestamp('2025/03/07 14:05', 'ymd')).toBe(t);
    expect(parseTimestamp('1741356300', 'epoch-s')).toBe(t);
    expect(parseTimestamp('1741356300000', 'epoch-ms')).toBe(t);
    expect(parseTimestamp('31/02/2025 10:00', 'dmy')).toBeNull();
    expect(parseTimestamp('13/13/2025', 'dmy')).toBeNull();
    expect(parseTimestamp('90', 'epoch-s')).toBeNull();
  });

  it('detects the format, and says when day and month first both fit', () => {
    expect(detectTimestampFormat(['07/03/2025 14:05', '08/03/2025 09:00'])).toEqual({ formats: ['dmy', 'mdy'], ambiguous: true, share: 1 });
    expect(detectTimestampFormat(['07/03/2025 14:05', '25/03/2025 09:00'])).toMatchObject({ formats: ['dmy'], ambiguous: false });
    expect(detectTimestampFormat(['2025-03-07T14:05:00Z', 'oops'])).toMatchObject({ formats: ['iso'], share: 0.5 });
    expect(detectTimestampFormat(['1741356300000'])).toMatchObject({ formats: ['epoch-ms'] });
  });

  it('reads ISO date-times exactly as the interaction-log reader does', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.record({ y: fc.integer({ min: 1970, max: 2100 }), mo: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }), s: fc.integer({ min: 0, max: 60 }), ms: fc.integer({ min: 0, max: 999 }) }),
        fc.constantFrom('', 'Z', '+01:00', '-05:30', '+0200'),
        fc.boolean(),
        ({ y, mo, d, h, mi, s, ms }, zone, fraction) => {
          const text = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${fraction ? `.${pad(ms, 3)}` : ''}${zone}`;
          expect(parseTimestamp(text, 'iso')).toBe(parseIsoInstant(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
