import { describe, expect, it } from 'vitest';
import { formatDifference, formatMetric } from './format';

describe('figures as the room reads them', () => {
  it('shows cents on small sums and drops them from thousands', () => {
    expect(formatMetric('cost', 14.4)).toBe('14.40');
    expect(formatMetric('cost', 999.994)).toBe('999.99');
    expect(formatMetric('cost', 211_570.45)).toBe('211,570');
    expect(formatDifference('cost', -197_170.17)).toBe('−197,170');
  });

  it('gives the goal rate in percent and its difference in points', () => {
    expect(formatMetric('goalRate', 0.876)).toBe('88%');
    expect(formatDifference('goalRate', 0.52)).toBe('+52 pts');
  });
});
