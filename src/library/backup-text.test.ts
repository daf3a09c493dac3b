import { describe, expect, it } from 'vitest';
import type { RestoreReport } from '../io/backup';
import { backupFileName, restoreDetails, restoreHeadline } from './backup-text';

const empty: RestoreReport = { added: [], copied: [], skipped: [], snapshotsAdded: 0, snapshotsSkipped: 0 };

describe('backups in words', () => {
  it('names the backup file after the day it was made', () => {
    expect(backupFileName(new Date(2027, 0, 5, 23, 59))).toBe('journey-designer-library-2027-01-05.json');
  });

  it('sums up journeys and snapshots in one line', () => {
    expect(restoreHeadline(empty)).toBe('0 journeys added · 0 snapshots added');
    expect(
      restoreHeadline({
        added: [{ id: 'a', name: 'A' }],
        copied: [{ id: 'c', name: 'B (restored copy)', fromId: 'b' }],
        skipped: [{ id: 'd', name: 'D', reason: 'already in your library' }],
        snapshotsAdded: 1,
        snapshotsSkipped: 2,
      }),
    ).toBe('2 journeys added, 1 skipped · 1 snapshot added, 2 skipped');
  });

  it('says what happened to each journey, and why one was skipped', () => {
    expect(
      restoreDetails({
        ...empty,
        added: [{ id: 'a', name: 'Winter sale' }],
        copied: [{ id: 'c', name: 'Cart (restored copy)', fromId: 'cart' }],
        skipped: [{ id: 'd', name: 'Onboarding', reason: 'already in your library' }],
        snapshotsSkipped: 1,
      }),
    ).toEqual([
      'Added “Winter sale”.',
      'Added “Cart (restored copy)” as a copy: a journey with the same id is already in your library.',
      'Skipped “Onboarding”: already in your library.',
      'Skipped 1 snapshot: already in your library, or of a journey that is in neither the backup nor the library.',
    ]);
    expect(restoreDetails(empty)).toEqual([]);
  });
});
