import { describe, expect, it } from 'vitest';
import { readTimer, settledTimer, textFor, unitFor } from './timer-units';

describe('timer units', () => {
  it('first shows a timer in the largest unit that keeps it whole', () => {
    expect([unitFor(45), unitFor(120), unitFor(1440), unitFor(14_700)]).toEqual(['min', 'h', 'd', 'h']);
  });

  it('reads what is typed in the chosen unit, never in another one', () => {
    expect(readTimer('2', 'h')).toEqual({ ok: true, minutes: 120, rounded: false });
    expect(readTimer('24', 'h')).toEqual({ ok: true, minutes: 1440, rounded: false });
    expect(readTimer('245', 'h')).toEqual({ ok: true, minutes: 14_700, rounded: false });
    expect(readTimer('1.5', 'd')).toEqual({ ok: true, minutes: 2160, rounded: false });
  });

  it('rounds to whole minutes, at least one, and says so', () => {
    expect(readTimer('0.01', 'h')).toEqual({ ok: true, minutes: 1, rounded: true });
    expect(readTimer('2.4', 'min')).toEqual({ ok: true, minutes: 2, rounded: true });
  });

  it('refuses what is not a duration', () => {
    expect(readTimer('', 'h')).toEqual({ ok: false, error: 'Enter a number.' });
    expect(readTimer('-', 'h')).toEqual({ ok: false, error: 'Enter a number.' });
    expect(readTimer('0', 'h')).toEqual({ ok: false, error: 'More than 0.' });
  });

  it('writes minutes in a unit only when that is exact to two decimals', () => {
    expect(textFor(90, 'h')).toBe('1.5');
    expect(textFor(80, 'h')).toBeNull();
    expect(textFor(1440, 'h')).toBe('24');
  });

  it('leaves exact text alone on blur, and shows the stored minutes after rounding', () => {
    expect(settledTimer('24', 'h', 1440)).toEqual({ text: '24', unit: 'h' });
    expect(settledTimer('1.3333', 'h', 80)).toEqual({ text: '80', unit: 'min' });
    expect(settledTimer('0.001', 'd', 1)).toEqual({ text: '1', unit: 'min' });
    expect(settledTimer('2.4', 'min', 2)).toEqual({ text: '2', unit: 'min' });
  });
});
