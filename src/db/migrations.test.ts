/**
 * Database upgrades: a database written by each earlier schema version must open in the current
 * app with nothing lost. The pattern (docs/storage.md): write rows with `writeAsVersion` exactly
 * as that version stored them, open with JourneyDesignerDB, compare.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import { JourneyDesignerDB, SCHEMA_V1, SCHEMA_V2, type JourneyContent, type JourneyMeta, type SnapshotRecord } from './database';
import { getJourney, listJourneys, saveJourney } from './journeys';
import { listSnapshots } from './snapshots';
import { dumpDatabase, uniqueName, writeAsVersion } from './testing';

/** Rows as version 1 of the app wrote them, in primary-key order. Keep this fixture as it is when adding version 2. */
const V1_ROWS = {
  journeys: [
    { id: 'binned', name: 'Old', description: '', tags: [], createdAt: 1, updatedAt: 1, nodeCount: 0, edgeCount: 0, revision: 1, size: 10, deletedAt: 5 },
    { id: 'journey-cart', name: sampleModelJourney().name, description: '', tags: ['retail'], createdAt: 1, updatedAt: 2, nodeCount: 9, edgeCount: 7, revision: 4, size: 100 },
  ] satisfies JourneyMeta[],
  journeyContents: [
    { id: 'binned', journey: { id: 'binned', name: 'Old', description: '', nodes: [], edges: [], staticRoute: [] }, viewport: { x: 0, y: 0, zoom: 1 } },
    { id: 'journey-cart', journey: sampleModelJourney(), viewport: { x: 1, y: 2, zoom: 0.5 } },
  ] satisfies JourneyContent[],
  snapshots: [{ id: 's1', journeyId: 'journey-cart', name: 'Workshop', createdAt: 3, journey: sampleModelJourney() }] satisfies SnapshotRecord[],
  logs: [{ id: 'log1', name: 'March export', importedAt: 3, data: { rows: [['c1', 'cart_abandoned']] } }],
  results: [{ id: 'r1', journeyId: 'journey-cart', name: 'Run 1', createdAt: 4, data: { goalRate: 0.4 } }],
  settings: [{ key: 'lastOpenedJourneyId', value: 'journey-cart' }],
};

describe('database versions', () => {
  it('v1: an empty database opens, is written, closed and reopened with everything in it', async () => {
    const name = uniqueName('v1-roundtrip');
    const first = new JourneyDesignerDB(name);
    await first.open();
    expect(first.verno).toBe(2);
    await first.transaction('rw', first.tables, async () => {
      for (const [table, rows] of Object.entries(V1_ROWS)) await first.table(table).bulkAdd(rows);
    });
    const written = await dumpDatabase(first);
    first.close();

    const reopened = new JourneyDesignerDB(name);
    expect(await dumpDatabase(reopened)).toBe(written);
    expect((await getJourney(reopened, 'journey-cart'))?.journey).toEqual(sampleModelJourney());
    reopened.close();
    await reopened.delete();
  });

  it('v1 → current: a database written by version 1 opens with nothing lost and keeps working', async () => {
    const name = uniqueName('from-v1');
    await writeAsVersion(name, 1, SCHEMA_V1, V1_ROWS);
    const db = new JourneyDesignerDB(name);
    const dump = JSON.parse(await dumpDatabase(db));
    // Every row survives. When a later version changes row shapes, compare with the upgraded form here.
    for (const [table, rows] of Object.entries(V1_ROWS)) expect(dump[table]).toEqual(rows);
    // Version 2 adds the conformance table, empty.
    expect(dump.conformance).toEqual([]);
    expect((await listJourneys(db)).map((m) => m.id)).toEqual(['journey-cart']);
    expect((await listSnapshots(db, 'journey-cart')).map((s) => s.id)).toEqual(['s1']);
    expect(await saveJourney(db, sampleModelJourney(), { x: 0, y: 0, zoom: 1 }, 4)).toEqual({ ok: true, revision: 5 });
    db.close();
    await db.delete();
  });

  it('v1 → v2: the conformance table is added, empty, and kept checks are listed per journey', async () => {
    const name = uniqueName('v1-v2');
    await writeAsVersion(name, 1, SCHEMA_V1, V1_ROWS);
    const db = new JourneyDesignerDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(Object.keys(SCHEMA_V2)).toEqual([...Object.keys(SCHEMA_V1), 'conformance']);
    const { saveConformance, listConformance } = await import('./conformance');
    await saveConformance(db, 'journey-cart', 'March export', { fitness: 0.8 });
    expect((await listConformance(db, 'journey-cart')).map((r) => r.data)).toEqual([{ fitness: 0.8 }]);
    // Simulation results are a list of their own.
    expect((await db.results.toArray()).map((r) => r.id)).toEqual(['r1']);
    db.close();
    await db.delete();
  });
});
