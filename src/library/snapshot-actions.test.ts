import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import type { JourneyDesignerDB } from '../db/database';
import { createJourney } from '../db/journeys';
import { createSnapshot, getSnapshot, listSnapshots } from '../db/snapshots';
import { freshDb } from '../db/testing';
import { undo, useEditor } from '../store/editor';
import { beforeRestoringName, restoreSnapshotIntoEditor, saveSnapshotOfOpenJourney } from './snapshot-actions';

let db: JourneyDesignerDB;
let now = 1_000;
beforeEach(async () => {
  now = 1_000;
  db = freshDb({ clock: () => now++ });
  await createJourney(db, sampleModelJourney());
  useEditor.getState().loadJourney(sampleModelJourney());
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('snapshots of the open journey', () => {
  it('saves the journey as the editor shows it, unsaved edits included', async () => {
    useEditor.getState().renameJourney('Not yet autosaved');
    const record = await saveSnapshotOfOpenJourney(db, 'Before the workshop');
    expect(record).toMatchObject({ journeyId: 'journey-cart', name: 'Before the workshop' });
    expect((await getSnapshot(db, record.id))?.journey.name).toBe('Not yet autosaved');
  });

  it('restores a snapshot as one undoable edit, keeping what it replaced as a snapshot too', async () => {
    const original = await createSnapshot(db, 'journey-cart', 'Original');
    const edited = useEditor.getState().journey.nodes.slice(1);
    useEditor.getState().replaceJourney({ ...useEditor.getState().journey, nodes: edited, edges: [], staticRoute: [] });

    await restoreSnapshotIntoEditor(db, original.id);
    expect(useEditor.getState().journey).toEqual(sampleModelJourney());
    const names = (await listSnapshots(db, 'journey-cart')).map((s) => s.name);
    expect(names).toEqual([beforeRestoringName('Original'), 'Original']);

    undo();
    expect(useEditor.getState().journey.nodes).toEqual(edited);
  });

  it('refuses a snapshot of another journey, or one that is gone, and changes nothing', async () => {
    const other = { ...sampleModelJourney(), id: 'journey-other', name: 'Other' };
    await createJourney(db, other);
    const theirs = await createSnapshot(db, 'journey-other', 'Theirs');
    await expect(restoreSnapshotIntoEditor(db, theirs.id)).rejects.toMatchObject({ userMessage: 'This snapshot belongs to another journey: open that journey to restore it.' });
    await expect(restoreSnapshotIntoEditor(db, 'gone')).rejects.toMatchObject({ kind: 'not-found' });
    expect(useEditor.getState().journey).toEqual(sampleModelJourney());
    expect(await listSnapshots(db, 'journey-cart')).toEqual([]);
  });
});
