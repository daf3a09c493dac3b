import { describe, expect, it } from 'vitest';
import { formatElapsed } from './Timer';

describe('the presenter view timer', () => {
  it('reads minutes and seconds, and hours past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
