import { describe, expect, it } from 'vitest';
import { exportLibraryFile, importLibraryFile, planRestore, type LibraryFile, type LibraryJourney, type LibrarySnapshot } from './backup';
import { sampleJourney, sampleModelJourney } from './journey-file.fixtures';

const entry = (id: string, name = id): LibraryJourney => ({
  journey: { ...sampleJourney(), id, name },
  viewport: { x: 10, y: 20, zoom: 1.5 },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-02-01T00:00:00.000Z',
});
const snapshot = (id: string, journeyId: string): LibrarySnapshot => ({ id, journeyId, name: `Snapshot ${id}`, createdAt: '2025-01-15T00:00:00.000Z', journey: { ...sampleModelJourney(), id: journeyId } });

function backup(journeys: LibraryJourney[], snapshots: LibrarySnapshot[]): LibraryFile {
  const read = importLibraryFile(exportLibraryFile({ journeys, snapshots }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.library;
}

let ids = 0;
const newId = (prefix: string) => `${prefix}-new${++ids}`;

describe('library backup file', () => {
  it('round-trips: export → import → export gives the same bytes', () => {
    const text = exportLibraryFile({ journeys: [entry('j1'), entry('j2')], snapshots: [snapshot('s1', 'j1')] }, { exportedAt: '2025-03-01T00:00:00.000Z' });
    const read = importLibraryFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.library.journeys).toEqual([entry('j1'), entry('j2')]);
    expect(exportLibraryFile(read.library, { exportedAt: read.library.exportedAt })).toBe(text);
  });

  it('checks every journey and snapshot, with paths into the backup', () => {
    const file = JSON.parse(exportLibraryFile({ journeys: [entry('j1'), entry('j1')], snapshots: [snapshot('s1', 'j1')] }));
    file.journeys[0].journey.edges[0].target = 'gone';
    file.snapshots[0].journey.nodes[0].kind = 'robot';
    const read = importLibraryFile(JSON.stringify(file));
    expect(read.ok ? [] : read.problems.map((p) => p.path)).toEqual(['snapshots[0].journey.nodes[0].kind']);
    file.snapshots[0].journey.nodes[0].kind = 'persona';
    const again = importLibraryFile(JSON.stringify(file));
    expect(again.ok ? [] : again.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'journeys[0].journey.edges[0].target: node "gone" does not exist',
      'journeys[1].journey.id: another journey already has the id "j1" (journeys[0])',
    ]);
  });

  it('tells a journey file apart from a backup', () => {
    const read = importLibraryFile('{"format": "journey-designer/journey", "version": 1}');
    expect(read.ok ? '' : read.problems[0]!.message).toBe('This is not a Journey Designer library backup: it is a single journey — open it with “Import journey”.');
  });
});

describe('planRestore', () => {
  const file = () => backup([entry('j1', 'Cart'), entry('j2', 'Onboarding')], [snapshot('s1', 'j1'), snapshot('s2', 'j2'), snapshot('s3', 'gone')]);

  it('adds everything into an empty library, except snapshots of journeys that exist nowhere', () => {
    const plan = planRestore(file(), { journeyIds: new Set(), snapshotIds: new Set() }, { onExisting: 'skip', newId });
    expect(plan.journeys.map((j) => j.journey.id)).toEqual(['j1', 'j2']);
    expect(plan.snapshots.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(plan.report).toEqual({ added: [{ id: 'j1', name: 'Cart' }, { id: 'j2', name: 'Onboarding' }], copied: [], skipped: [], snapshotsAdded: 2, snapshotsSkipped: 1 });
  });

  it('skips journeys whose id exists, and snapshots already present', () => {
    const plan = planRestore(file(), { journeyIds: new Set(['j1']), snapshotIds: new Set(['s1']) }, { onExisting: 'skip', newId });
    expect(plan.journeys.map((j) => j.journey.id)).toEqual(['j2']);
    expect(plan.snapshots.map((s) => s.id)).toEqual(['s2']);
    expect(plan.report.skipped).toEqual([{ id: 'j1', name: 'Cart', reason: 'already in your library' }]);
    expect(plan.report).toMatchObject({ snapshotsAdded: 1, snapshotsSkipped: 2 });
  });

  it('adds a journey whose id exists as a copy, taking its snapshots along under new ids', () => {
    ids = 0;
    const plan = planRestore(file(), { journeyIds: new Set(['j1']), snapshotIds: new Set(['s1']) }, { onExisting: 'copy', newId });
    expect(plan.journeys.map((j) => [j.journey.id, j.journey.name])).toEqual([
      ['journey-new1', 'Cart (restored copy)'],
      ['j2', 'Onboarding'],
    ]);
    expect(plan.snapshots.map((s) => [s.id, s.journeyId, s.journey.id])).toEqual([
      ['snapshot-new2', 'journey-new1', 'journey-new1'],
      ['s2', 'j2', 'j2'],
    ]);
    expect(plan.report.copied).toEqual([{ id: 'journey-new1', name: 'Cart (restored copy)', fromId: 'j1' }]);
  });
});
