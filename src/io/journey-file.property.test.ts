import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJourneyFile, importJourneyFile } from './journey-file';
import { journeyArb } from './journey-file.fixtures';

describe('journey file round trip (property)', () => {
  it('any valid journey exports and re-imports identically, without warnings', () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const result = importJourneyFile(exportJourneyFile(journey));
        expect(result).toEqual({ ok: true, journey, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('export → import → export gives identical bytes', () => {
    fc.assert(
      fc.property(journeyArb, fc.option(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('9999-12-31') }), { nil: undefined }), (journey, exportedAt) => {
        const first = exportJourneyFile(journey, { exportedAt });
        const result = importJourneyFile(first);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(exportJourneyFile(result.journey, { exportedAt: result.exportedAt })).toBe(first);
      }),
      { numRuns: 300 },
    );
  });
});
