import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import type { JourneyDesignerDB } from './database';
import { createJourney, deleteJourney, getJourney, saveJourney } from './journeys';
import { createSnapshot, deleteSnapshot, getSnapshot, listSnapshots, renameSnapshot, restoreDeletedSnapshot, restoreSnapshot } from './snapshots';
import { freshDb } from './testing';

let now = 1_000;
let db: JourneyDesignerDB;
afterEach(async () => {
  db.close();
  await db.delete();
});
const viewport = { x: 0, y: 0, zoom: 1 };

async function setUp() {
  now = 1_000;
  db = freshDb({ clock: () => now });
  await createJourney(db, sampleModelJourney(), { viewport });
}

describe('snapshots', () => {
  it('snapshots the stored journey, or the editor’s unsaved one, and lists them newest first', async () => {
    await setUp();
    const first = await createSnapshot(db, 'journey-cart', 'Before the workshop');
    now = 2_000;
    const unsaved = { ...sampleModelJourney(), name: 'Unsaved edit' };
    const second = await createSnapshot(db, 'journey-cart', 'After', unsaved);
    expect(first.journey).toEqual(sampleModelJourney());
    expect((await getSnapshot(db, second.id))?.journey.name).toBe('Unsaved edit');
    expect(await listSnapshots(db, 'journey-cart')).toEqual([
      { id: second.id, journeyId: 'journey-cart', name: 'After', createdAt: 2_000, nodeCount: 9, edgeCount: 7 },
      { id: first.id, journeyId: 'journey-cart', name: 'Before the workshop', createdAt: 1_000, nodeCount: 9, edgeCount: 7 },
    ]);
    await deleteSnapshot(db, first.id);
    expect((await listSnapshots(db, 'journey-cart')).map((s) => s.id)).toEqual([second.id]);
    expect(await getSnapshot(db, first.id)).toBeNull();
  });

  it('restores a snapshot as a new revision, keeping the replaced state as a snapshot', async () => {
    await setUp();
    const snap = await createSnapshot(db, 'journey-cart', 'Original');
    const edited = { ...sampleModelJourney(), name: 'Edited', nodes: [], edges: [], staticRoute: [] };
    await saveJourney(db, edited, viewport, 1);
    now = 3_000;
    const result = await restoreSnapshot(db, snap.id, 2);
    expect(result).toMatchObject({ ok: true, revision: 3, journey: sampleModelJourney() });
    expect((await getJourney(db, 'journey-cart'))?.journey).toEqual(sampleModelJourney());
    const list = await listSnapshots(db, 'journey-cart');
    expect(list.map((s) => s.name)).toEqual(['Before restoring “Original”', 'Original']);
    expect((await getSnapshot(db, list[0]!.id))?.journey).toEqual(edited);
  });

  it('reports a conflict rather than restoring over another tab’s newer save', async () => {
    await setUp();
    const snap = await createSnapshot(db, 'journey-cart', 'Original');
    await saveJourney(db, { ...sampleModelJourney(), name: 'Other tab' }, viewport, 1);
    const result = await restoreSnapshot(db, snap.id, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflict.theirs?.journey.name).toBe('Other tab');
    expect(await listSnapshots(db, 'journey-cart')).toHaveLength(1);
  });

  it('renames a snapshot, and puts a deleted one back as it was (undo)', async () => {
    await setUp();
    const snap = await createSnapshot(db, 'journey-cart', 'Draft');
    await renameSnapshot(db, snap.id, 'Before the workshop');
    expect((await listSnapshots(db, 'journey-cart')).map((s) => s.name)).toEqual(['Before the workshop']);
    const record = (await getSnapshot(db, snap.id))!;
    await deleteSnapshot(db, snap.id);
    await restoreDeletedSnapshot(db, record);
    expect(await getSnapshot(db, snap.id)).toEqual(record);
    await expect(renameSnapshot(db, 'nope', 'x')).rejects.toMatchObject({ kind: 'not-found', userMessage: 'This snapshot is no longer in your library.' });
    // Once its journey has gone to the bin, the snapshot has nowhere to come back to.
    await deleteSnapshot(db, snap.id);
    await deleteJourney(db, 'journey-cart');
    await expect(restoreDeletedSnapshot(db, record)).rejects.toMatchObject({ kind: 'not-found' });
    expect(await getSnapshot(db, snap.id)).toBeNull();
  });

  it('refuses to snapshot a journey in the bin, or to restore a missing snapshot', async () => {
    await setUp();
    await deleteJourney(db, 'journey-cart');
    await expect(createSnapshot(db, 'journey-cart', 'x')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(restoreSnapshot(db, 'nope', 1)).rejects.toMatchObject({ kind: 'not-found', userMessage: 'This snapshot is no longer in your library.' });
  });
});
