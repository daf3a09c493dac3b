import { describe, expect, it } from 'vitest';
import { importJourneyFile, exportJourneyFile } from '../io/journey-file';
import { sampleJourney } from '../io/journey-file.fixtures';
import { importNotice } from './import-notice';

describe('the import notice', () => {
  it('says what came in, and nothing more for a clean file', () => {
    expect(importNotice('Cart', false, [])).toBe('Imported "Cart".');
    expect(importNotice('Cart', true, [])).toBe('Imported "Cart" as a new entry — a journey with the same id is already in your library.');
  });

  it('lists the fields the app did not know, with where they were in the file', () => {
    const file = JSON.parse(exportJourneyFile(sampleJourney()));
    file.journey.futureField = 1;
    file.journey.nodes[2].colour = 'red';
    const read = importJourneyFile(JSON.stringify(file));
    if (!read.ok) throw new Error('the file should import');
    expect(importNotice('Cart', false, read.warnings)).toBe(
      'Imported "Cart". 2 things in the file were not taken as written: unknown field, ignored — journey.nodes[2].colour, journey.futureField.',
    );
  });

  it('gives each kind of warning once, whatever the kind, and counts the places beyond six', () => {
    const warnings = [
      { path: '', message: 'This file was written in an older format (v0) and was upgraded to v1.' },
      ...Array.from({ length: 8 }, (_, i) => ({ path: `journey.edges[${i}].branch.condition`, message: 'condition rewritten to standard JsonLogic' })),
      { path: 'journey.nodes[0].__proto__', message: 'the key "__proto__" is not allowed in a journey file and was ignored' },
    ];
    expect(importNotice('Cart', false, warnings)).toBe(
      'Imported "Cart". 10 things in the file were not taken as written: This file was written in an older format (v0) and was upgraded to v1; ' +
        'condition rewritten to standard JsonLogic — journey.edges[0].branch.condition, journey.edges[1].branch.condition, journey.edges[2].branch.condition, ' +
        'journey.edges[3].branch.condition, journey.edges[4].branch.condition, journey.edges[5].branch.condition and 2 more; ' +
        'the key "__proto__" is not allowed in a journey file and was ignored — journey.nodes[0].__proto__.',
    );
  });
});
