import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJourneyFile } from '../io/journey-file';
import { journeyArb, sampleJourney, sampleModelJourney } from '../io/journey-file.fixtures';
import { createJourney as newJourney } from '../model/factory';
import type { JourneyDesignerDB } from './database';
import { createJourney, deleteJourney, getJourney, listJourneys } from './journeys';
import { exportLibrary, exportStoredJourney, importIntoLibrary, restoreLibrary } from './library';
import { createSnapshot, listSnapshots } from './snapshots';
import { dumpDatabase, freshDb } from './testing';

let now = 1_700_000_000_000;
let db: JourneyDesignerDB;
const open = () => (db = freshDb({ clock: () => now }));
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('importIntoLibrary', () => {
  it('adds the file’s journey with its tags, and exports it back byte for byte', async () => {
    open();
    const text = exportJourneyFile(sampleJourney());
    const result = await importIntoLibrary(db, text);
    expect(result).toMatchObject({ ok: true, meta: { id: 'journey-cart', tags: ['retail', 'win-back'] }, warnings: [] });
    expect((await getJourney(db, 'journey-cart'))?.journey).toEqual(sampleModelJourney());
    expect(await exportStoredJourney(db, 'journey-cart')).toBe(text);
    expect(await exportStoredJourney(db, 'missing')).toBeNull();
  });

  it('imports a journey whose id is taken (even in the bin) as a copy, never replacing it', async () => {
    open();
    await createJourney(db, { ...sampleModelJourney(), name: 'Mine' });
    await deleteJourney(db, 'journey-cart');
    const result = await importIntoLibrary(db, exportJourneyFile(sampleJourney()));
    expect(result.ok && result.copiedFrom).toBe('journey-cart');
    expect(result.ok && result.meta.id).not.toBe('journey-cart');
    expect(result.ok && result.meta.name).toBe(`${sampleJourney().name} (copy)`);
    expect(await db.journeyContents.get('journey-cart')).toMatchObject({ journey: { name: 'Mine' } });
  });

  it('returns the importer’s problems and writes nothing for a bad file', async () => {
    open();
    await createJourney(db, newJourney('Existing', 'existing'));
    const before = await dumpDatabase(db);
    const result = await importIntoLibrary(db, '{"format": "journey-designer/journey", "version": 9}');
    expect(result).toEqual({ ok: false, problems: [{ path: 'version', message: expect.stringMatching(/newer version/) }] });
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('turns a storage failure into a problem, and leaves the database as it was', async () => {
    open();
    await createJourney(db, newJourney('Existing', 'existing'));
    const before = await dumpDatabase(db);
    vi.spyOn(db.journeyContents, 'add').mockImplementation(() => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    const result = await importIntoLibrary(db, exportJourneyFile(sampleJourney()));
    expect(result).toEqual({ ok: false, problems: [{ path: '', message: "Your browser's storage is full — your edits are kept in this tab; export the journey to keep a copy." }] });
    vi.restoreAllMocks();
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('fuzz: a failed import leaves the database byte-for-byte unchanged (1,000 hostile documents)', async () => {
    open();
    await createJourney(db, sampleModelJourney(), { tags: ['retail'] });
    await createSnapshot(db, 'journey-cart', 'Before');
    const before = await dumpDatabase(db);
    const valid = exportJourneyFile(sampleJourney());
    const hostile = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 4 })).map(([a, b, s]) => valid.slice(0, a % valid.length) + s + valid.slice((a % valid.length) + (b % 6))),
      journeyArb.map((j) => exportJourneyFile(j).replace(/"kind": "\w+"/, '"kind": "robot"')),
      journeyArb.map((j) => exportJourneyFile(j).replace('"version": 1', '"version": 2')),
      fc.integer({ min: 65, max: 5_000 }).map((n) => `{"format":"journey-designer/journey","version":1,"journey":${'['.repeat(n)}${']'.repeat(n)}}`),
      fc.constant('{"format":"journey-designer/journey","version":1,"journey":{"__proto__":{"polluted":true}}}'),
    );
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const result = await importIntoLibrary(db, text);
        if (result.ok) {
          // A mutation that stayed valid: take the journey out again so every run starts from the same library.
          await db.transaction('rw', db.journeys, db.journeyContents, () => Promise.all([db.journeys.delete(result.meta.id), db.journeyContents.delete(result.meta.id)]));
          return;
        }
        failed++;
        expect(result.problems.length).toBeGreaterThan(0);
        expect(await dumpDatabase(db)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
    expect(failed).toBeGreaterThan(900);
  }, 30_000);
});

describe('library backup and restore', () => {
  async function libraryWithTwo() {
    open();
    await createJourney(db, sampleModelJourney(), { tags: ['retail'], viewport: { x: 1, y: 2, zoom: 3 } });
    now += 1_000;
    await createJourney(db, newJourney('Onboarding', 'journey-onboarding'));
    await createSnapshot(db, 'journey-cart', 'Workshop');
    await createJourney(db, newJourney('Binned', 'journey-binned'));
    await deleteJourney(db, 'journey-binned');
  }

  it('backs up every journey outside the bin with its snapshots, and restores into an empty library', async () => {
    await libraryWithTwo();
    const text = await exportLibrary(db);
    const file = JSON.parse(text);
    expect(file.journeys.map((j: { journey: { id: string } }) => j.journey.id)).toEqual(['journey-cart', 'journey-onboarding']);
    expect(file.snapshots).toHaveLength(1);
    const original = await dumpDatabase(db);

    db.close();
    await db.delete();
    open();
    const result = await restoreLibrary(db, text);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      report: {
        added: [
          { id: 'journey-cart', name: sampleModelJourney().name },
          { id: 'journey-onboarding', name: 'Onboarding' },
        ],
        copied: [],
        skipped: [],
        snapshotsAdded: 1,
        snapshotsSkipped: 0,
      },
    });
    // Everything but the bin comes back as it was, timestamps and viewports included.
    const restored = JSON.parse(await dumpDatabase(db));
    const expected = JSON.parse(original);
    expected.journeys = expected.journeys.filter((j: { id: string }) => j.id !== 'journey-binned');
    expected.journeyContents = expected.journeyContents.filter((j: { id: string }) => j.id !== 'journey-binned');
    expect(restored.journeys).toEqual(expected.journeys);
    expect(restored.journeyContents).toEqual(expected.journeyContents);
    expect(restored.snapshots).toEqual(expected.snapshots);
    expect(await exportLibrary(db)).toBe(text);
  });

  it('merges without overwriting: existing journeys are skipped, or come in as copies', async () => {
    await libraryWithTwo();
    const text = await exportLibrary(db);
    await importIntoLibrary(db, exportJourneyFile({ ...sampleModelJourney(), id: 'journey-extra', name: 'Extra' }));
    const skip = await restoreLibrary(db, text);
    expect(skip.ok && skip.report).toMatchObject({ added: [], copied: [], snapshotsAdded: 0, snapshotsSkipped: 1 });
    expect(skip.ok && skip.report.skipped.map((s) => s.id)).toEqual(['journey-cart', 'journey-onboarding']);
    expect(await listJourneys(db)).toHaveLength(3);

    const copy = await restoreLibrary(db, text, { onExisting: 'copy' });
    expect(copy.ok && copy.report.copied.map((c) => c.name)).toEqual([`${sampleModelJourney().name} (restored copy)`, 'Onboarding (restored copy)']);
    expect(await listJourneys(db)).toHaveLength(5);
    const cartCopy = copy.ok ? copy.report.copied[0]!.id : '';
    expect((await listSnapshots(db, cartCopy)).map((s) => s.name)).toEqual(['Workshop']);
    expect((await getJourney(db, cartCopy))?.meta.tags).toEqual(['retail']);
  });

  it('refuses a broken backup as a whole and writes nothing', async () => {
    await libraryWithTwo();
    const file = JSON.parse(await exportLibrary(db));
    file.journeys.push({ ...file.journeys[0], journey: { ...file.journeys[0].journey, id: 'journey-new', edges: [{ id: 'e', source: 'x', target: 'y' }], staticRoute: [] } });
    const before = await dumpDatabase(db);
    const result = await restoreLibrary(db, JSON.stringify(file), { onExisting: 'copy' });
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['journeys[2].journey.edges[0].source', 'journeys[2].journey.edges[0].target']);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('leaves out a journey too large to open, with the reason, and restores the rest', async () => {
    await libraryWithTwo();
    const file = JSON.parse(await exportLibrary(db));
    const notes = Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, kind: 'note', position: { x: i, y: 0 } }));
    file.journeys.push({ ...file.journeys[1], journey: { ...file.journeys[1].journey, id: 'journey-huge', name: 'Huge', nodes: notes } });
    db.close();
    await db.delete();
    open();
    const result = await restoreLibrary(db, JSON.stringify(file));
    expect(result.ok && result.report.added.map((a) => a.id)).toEqual(['journey-cart', 'journey-onboarding']);
    expect(result.ok && result.report.skipped).toEqual([{ id: 'journey-huge', name: 'Huge', reason: expect.stringMatching(/^too large to open — This journey has 5,001 nodes/) }]);
    expect(await getJourney(db, 'journey-huge')).toBeNull();
  });
});
