import { describe, expect, it } from 'vitest';
import { libraryTags, withTag } from './tags';

const journeys = [
  { name: 'Cart', tags: ['retail', 'Q3'] },
  { name: 'Onboarding', tags: ['bank'] },
  { name: 'Win-back', tags: ['Retail', 'churn'] },
  { name: 'Untagged', tags: [] },
];

describe('library tags', () => {
  it('lists each tag once, ignoring case, alphabetically', () => {
    expect(libraryTags(journeys)).toEqual(['bank', 'churn', 'Q3', 'retail']);
    expect(libraryTags([])).toEqual([]);
  });

  it('keeps the journeys filed under a tag, ignoring case; no tag keeps all', () => {
    expect(withTag(journeys, 'RETAIL').map((j) => j.name)).toEqual(['Cart', 'Win-back']);
    expect(withTag(journeys, 'q3').map((j) => j.name)).toEqual(['Cart']);
    expect(withTag(journeys, 'nothing')).toEqual([]);
    expect(withTag(journeys, null)).toEqual(journeys);
  });
});
