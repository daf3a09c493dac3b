import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createJourney as newJourney } from '../model/factory';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import type { JourneyDesignerDB } from './database';
import { StorageError } from './errors';
import {
  createJourney,
  deleteJourney,
  duplicateJourney,
  getJourney,
  listDeletedJourneys,
  listJourneys,
  purgeDeletedJourneys,
  renameJourney,
  restoreDeletedJourney,
  revisionTrackingSave,
  saveJourney,
  setJourneyTags,
  addJourneyTag,
  removeJourneyTag,
  normalizeTag,
} from './journeys';
import { getLastOpenedJourneyId, setLastOpenedJourneyId } from './settings';
import { freshDb } from './testing';

let now = 1_000;
let db: JourneyDesignerDB;
const open = () => {
  now = 1_000;
  db = freshDb({ clock: () => now });
  return db;
};
afterEach(async () => {
  db.close();
  await db.delete();
});

const viewport = { x: 5, y: 6, zoom: 0.8 };

describe('journey repository', () => {
  it('creates a journey and opens it with its metadata and viewport', async () => {
    open();
    const meta = await createJourney(db, sampleModelJourney(), { viewport, tags: ['retail'] });
    expect(meta).toMatchObject({ id: 'journey-cart', name: sampleModelJourney().name, tags: ['retail'], nodeCount: 9, edgeCount: 7, revision: 1, createdAt: 1000, updatedAt: 1000 });
    expect(meta.size).toBe(new TextEncoder().encode(JSON.stringify(sampleModelJourney())).length);
    expect(await getJourney(db, 'journey-cart')).toEqual({ meta, journey: sampleModelJourney(), viewport });
    expect(await getJourney(db, 'nope')).toBeNull();
  });

  it('refuses a second journey with the same id', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    await expect(createJourney(db, sampleModelJourney())).rejects.toMatchObject({ name: 'StorageError', kind: 'exists' });
  });

  it('lists by last edit or by name, and searches names and tags', async () => {
    open();
    await createJourney(db, newJourney('Onboarding', 'a'), { tags: ['B2B', 'welcome'] });
    now = 2_000;
    await createJourney(db, newJourney('churn rescue', 'b'), { tags: ['retention'] });
    now = 3_000;
    await createJourney(db, newJourney('Abandoned cart', 'c'), { tags: ['retail'] });
    now = 4_000;
    await renameJourney(db, 'a', 'Onboarding v2');
    expect((await listJourneys(db)).map((m) => m.id)).toEqual(['a', 'c', 'b']);
    expect((await listJourneys(db, { sort: 'name' })).map((m) => m.name)).toEqual(['Abandoned cart', 'churn rescue', 'Onboarding v2']);
    expect((await listJourneys(db, { search: 'CART' })).map((m) => m.id)).toEqual(['c']);
    expect((await listJourneys(db, { search: 'ret' })).map((m) => m.id)).toEqual(['c', 'b']);
    expect((await listJourneys(db, { search: ' b2b ' })).map((m) => m.id)).toEqual(['a']);
  });

  it('saves when the revision matches, and bumps it', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    now = 5_000;
    const edited = { ...sampleModelJourney(), name: 'Renamed in the editor', nodes: sampleModelJourney().nodes.slice(0, 2), edges: [], staticRoute: [] };
    expect(await saveJourney(db, edited, viewport, 1)).toEqual({ ok: true, revision: 2 });
    const stored = await getJourney(db, 'journey-cart');
    expect(stored).toMatchObject({ journey: edited, viewport, meta: { name: 'Renamed in the editor', nodeCount: 2, edgeCount: 0, revision: 2, updatedAt: 5_000, createdAt: 1_000 } });
  });

  it('never overwrites another tab’s save: a stale revision is a conflict carrying theirs', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    const tabA = revisionTrackingSave(db, 1);
    const tabB = revisionTrackingSave(db, 1);
    const mine = { ...sampleModelJourney(), name: 'Tab A' };
    expect(await tabA.save(mine, viewport)).toEqual({ ok: true, revision: 2 });
    expect(tabA.revision()).toBe(2);
    const result = await tabB.save({ ...sampleModelJourney(), name: 'Tab B' }, viewport);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.conflict.theirs).toMatchObject({ journey: mine, meta: { revision: 2 } });
    expect((await getJourney(db, 'journey-cart'))?.journey.name).toBe('Tab A');
    // "Keep mine": tab B adopts their revision and saves over it knowingly.
    tabB.setRevision(2);
    expect(await tabB.save({ ...sampleModelJourney(), name: 'Tab B' }, viewport)).toEqual({ ok: true, revision: 3 });
  });

  it('reports a conflict with nothing when the journey was deleted elsewhere, and does not resurrect it', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    await deleteJourney(db, 'journey-cart');
    expect(await saveJourney(db, sampleModelJourney(), viewport, 1)).toEqual({ ok: false, conflict: { theirs: null } });
    expect(await saveJourney(db, newJourney('never stored', 'x'), viewport, 1)).toEqual({ ok: false, conflict: { theirs: null } });
    expect(await listJourneys(db)).toEqual([]);
  });

  it('renames and tags from the library, keeping contents and metadata in step', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    await renameJourney(db, 'journey-cart', 'Cart recovery');
    const meta = await setJourneyTags(db, 'journey-cart', [' retail ', 'retail', '', 'q3']);
    expect(meta).toMatchObject({ name: 'Cart recovery', tags: ['retail', 'q3'], revision: 3 });
    expect((await getJourney(db, 'journey-cart'))?.journey.name).toBe('Cart recovery');
    await expect(renameJourney(db, 'missing', 'x')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('adds and removes single tags without a new revision, so the editor open on the journey saves on', async () => {
    open();
    await createJourney(db, sampleModelJourney(), { tags: ['retail'] });
    now = 5_000;
    expect(await addJourneyTag(db, 'journey-cart', '  Black   Friday ')).toMatchObject({ tags: ['retail', 'Black Friday'], revision: 1, updatedAt: 1_000 });
    // The same tag in another case is the same tag; an empty one is none.
    expect((await addJourneyTag(db, 'journey-cart', 'RETAIL')).tags).toEqual(['retail', 'Black Friday']);
    expect((await addJourneyTag(db, 'journey-cart', '   ')).tags).toEqual(['retail', 'Black Friday']);
    expect((await removeJourneyTag(db, 'journey-cart', 'black friday')).tags).toEqual(['retail']);
    // A save from the editor, which still holds revision 1, lands and keeps the tags.
    expect(await saveJourney(db, { ...sampleModelJourney(), name: 'Edited' }, viewport, 1)).toEqual({ ok: true, revision: 2 });
    expect((await getJourney(db, 'journey-cart'))?.meta.tags).toEqual(['retail']);
    await deleteJourney(db, 'journey-cart');
    await expect(addJourneyTag(db, 'journey-cart', 'x')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(removeJourneyTag(db, 'missing', 'x')).rejects.toBeInstanceOf(StorageError);
  });

  it('keeps tags short and tidy', () => {
    expect(normalizeTag('  q3\t 2027 ')).toBe('q3 2027');
    expect(normalizeTag('x'.repeat(60))).toHaveLength(40);
    expect(normalizeTag(' \n ')).toBe('');
  });

  it('duplicates under a new id and name, leaving the original alone', async () => {
    open();
    await createJourney(db, sampleModelJourney(), { tags: ['retail'], viewport });
    const copy = await duplicateJourney(db, 'journey-cart');
    expect(copy.id).not.toBe('journey-cart');
    expect(copy).toMatchObject({ name: `${sampleModelJourney().name} (copy)`, tags: ['retail'], revision: 1 });
    const stored = await getJourney(db, copy.id);
    expect(stored?.journey).toEqual({ ...sampleModelJourney(), id: copy.id, name: copy.name });
    expect(stored?.viewport).toEqual(viewport);
    expect(await listJourneys(db)).toHaveLength(2);
  });

  it('deletes to the bin, restores for undo, and purges after the retention time', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    await createJourney(db, newJourney('Keep', 'keep'));
    now = 10_000;
    await deleteJourney(db, 'journey-cart');
    expect((await listJourneys(db)).map((m) => m.id)).toEqual(['keep']);
    expect(await getJourney(db, 'journey-cart')).toBeNull();
    expect((await listDeletedJourneys(db)).map((m) => [m.id, m.deletedAt])).toEqual([['journey-cart', 10_000]]);
    await expect(deleteJourney(db, 'journey-cart')).rejects.toMatchObject({ kind: 'not-found' });

    const restored = await restoreDeletedJourney(db, 'journey-cart');
    expect(restored).not.toHaveProperty('deletedAt');
    expect(restored.revision).toBe(1);
    expect((await getJourney(db, 'journey-cart'))?.journey).toEqual(sampleModelJourney());
    // The editor that had it open can go on saving.
    expect((await saveJourney(db, sampleModelJourney(), viewport, 1)).ok).toBe(true);

    await deleteJourney(db, 'journey-cart');
    now = 10_000 + 999;
    expect(await purgeDeletedJourneys(db, 1_000)).toBe(0);
    now = 10_000 + 1_000;
    expect(await purgeDeletedJourneys(db, 1_000)).toBe(1);
    expect(await db.journeyContents.get('journey-cart')).toBeUndefined();
    await expect(restoreDeletedJourney(db, 'journey-cart')).rejects.toMatchObject({ kind: 'not-found' });
    expect((await listJourneys(db)).map((m) => m.id)).toEqual(['keep']);
  });

  it('fills defaults for fields a stored journey predates, and reports damaged data as corrupt', async () => {
    open();
    await createJourney(db, sampleModelJourney());
    const { description: _, staticRoute: __, ...older } = sampleModelJourney();
    await db.journeyContents.update('journey-cart', { journey: older as never });
    expect((await getJourney(db, 'journey-cart'))?.journey).toMatchObject({ description: '', staticRoute: [] });
    await db.journeyContents.update('journey-cart', { journey: { ...older, nodes: 'garbage' } as never });
    const error = await getJourney(db, 'journey-cart').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'corrupt', userMessage: expect.stringMatching(/could not be read/) });
  });

  it('remembers the last opened journey', async () => {
    open();
    expect(await getLastOpenedJourneyId(db)).toBeNull();
    await setLastOpenedJourneyId(db, 'journey-cart');
    expect(await getLastOpenedJourneyId(db)).toBe('journey-cart');
  });
});
