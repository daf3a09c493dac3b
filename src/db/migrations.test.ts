/**
 * Database upgrades: a database written by each earlier schema version must open in the current
 * app with nothing lost. The pattern (docs/storage.md): write rows with `writeAsVersion` exactly
 * as that version stored them, open with JourneyDesignerDB, compare.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import { JourneyDesignerDB, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type JournalEntry, type JourneyContent, type JourneyMeta, type SnapshotRecord } from './database';
import { recoverJournal } from './journal';
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
    { id: 'binned', journey: { id: 'binned', name: 'Old', description: '', nodes: [], edges: [], staticRoute: [], stops: [] }, viewport: { x: 0, y: 0, zoom: 1 } },
    { id: 'journey-cart', journey: sampleModelJourney(), viewport: { x: 1, y: 2, zoom: 0.5 } },
  ] satisfies JourneyContent[],
  snapshots: [{ id: 's1', journeyId: 'journey-cart', name: 'Workshop', createdAt: 3, journey: sampleModelJourney() }] satisfies SnapshotRecord[],
  logs: [{ id: 'log1', name: 'March export', importedAt: 3, data: { rows: [['c1', 'cart_abandoned']] } }],
  results: [{ id: 'r1', journeyId: 'journey-cart', name: 'Run 1', createdAt: 4, data: { goalRate: 0.4 } }],
  settings: [{ key: 'lastOpenedJourneyId', value: 'journey-cart' }],
};

/** Rows as version 2 wrote them: version 1's, a journey saved by an editor tab, and that tab's journal. Keep as it is when adding version 3. */
const V2_ROWS = {
  ...V1_ROWS,
  journeys: [V1_ROWS.journeys[0]!, { ...V1_ROWS.journeys[1]!, savedFrom: { tabId: 'tab-1', seq: 7 } }] satisfies JourneyMeta[],
  journal: [
    { tabId: 'tab-1', journeyId: 'journey-cart', seq: 8, prevSeq: 7, chainStart: 1, baseRevision: 3, patch: { set: { name: 'Renamed after the save' } }, at: 5 },
  ] satisfies JournalEntry[],
};

/** Rows as version 3 writes them: version 2's and a kept conformance check. */
const V3_ROWS = {
  ...V2_ROWS,
  conformance: [{ id: 'k1', journeyId: 'journey-cart', name: 'Contact centre, March', createdAt: 6, data: { fitness: { static: 0.7, dynamic: 0.92 } } }],
};

describe('database versions', () => {
  it('current: an empty database opens, is written, closed and reopened with everything in it', async () => {
    const name = uniqueName('v3-roundtrip');
    const first = new JourneyDesignerDB(name);
    await first.open();
    expect(first.verno).toBe(3);
    await first.transaction('rw', first.tables, async () => {
      for (const [table, rows] of Object.entries(V3_ROWS)) await first.table(table).bulkAdd(rows);
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
    // Version 2 only adds the edit journal, version 3 the conformance table, both empty.
    expect(dump.journal).toEqual([]);
    expect(dump.conformance).toEqual([]);
    expect(db.verno).toBe(3);
    expect((await listJourneys(db)).map((m) => m.id)).toEqual(['journey-cart']);
    expect((await listSnapshots(db, 'journey-cart')).map((s) => s.id)).toEqual(['s1']);
    expect(await saveJourney(db, sampleModelJourney(), { x: 0, y: 0, zoom: 1 }, 4)).toEqual({ ok: true, revision: 5 });
    db.close();
    await db.delete();
  });

  it('v2 → current: a database written by version 2 opens with its journal, which still recovers', async () => {
    const name = uniqueName('from-v2');
    await writeAsVersion(name, 2, SCHEMA_V2, V2_ROWS);
    const db = new JourneyDesignerDB(name);
    const dump = JSON.parse(await dumpDatabase(db));
    for (const [table, rows] of Object.entries(V2_ROWS)) expect(dump[table]).toEqual(rows);
    expect(await recoverJournal(db, 'tab-1')).toMatchObject([{ kind: 'saved', name: 'Renamed after the save' }]);
    expect((await getJourney(db, 'journey-cart'))?.meta.revision).toBe(5);
    db.close();
    await db.delete();
  });

  it('v2 → v3: the conformance table is added, empty, and kept checks are listed per journey', async () => {
    const name = uniqueName('v2-v3');
    await writeAsVersion(name, 2, SCHEMA_V2, V2_ROWS);
    const db = new JourneyDesignerDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(Object.keys(SCHEMA_V3)).toEqual([...Object.keys(SCHEMA_V2), 'conformance']);
    const { saveConformance, listConformance } = await import('./conformance');
    await saveConformance(db, 'journey-cart', 'March export', { fitness: 0.8 });
    expect((await listConformance(db, 'journey-cart')).map((r) => r.data)).toEqual([{ fitness: 0.8 }]);
    // Simulation results are a list of their own.
    expect((await db.results.toArray()).map((r) => r.id)).toEqual(V2_ROWS.results.map((r) => r.id));
    db.close();
    await db.delete();
  });
});
