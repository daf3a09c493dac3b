/**
 * Saving and restoring snapshots of the journey open in the editor. The editor stays the only
 * writer of the open journey: a restore replaces the editor's journey as one undoable edit
 * (Ctrl+Z brings back what was there) and the autosave stores it like any other edit.
 */
import { useEditor } from '../store/editor';
import { createSnapshot, getSnapshot } from '../db/snapshots';
import type { JourneyDesignerDB, SnapshotRecord } from '../db/database';
import { StorageError } from '../db/errors';
import { currentPersistence } from '../app/persistence';

/** Keeps the open journey, as the editor shows it now (unsaved edits included), under `name`. */
export async function saveSnapshotOfOpenJourney(db: JourneyDesignerDB, name: string): Promise<SnapshotRecord> {
  // A journey started moments ago gets its library entry from the autosave: wait for it.
  await currentPersistence()?.flush();
  const journey = useEditor.getState().journey;
  return createSnapshot(db, journey.id, name, journey);
}

/** The name of the snapshot a restore keeps of what it replaces. */
export const beforeRestoringName = (snapshotName: string) => `Before restoring “${snapshotName}”`;

/**
 * Makes a snapshot the open journey's current state. What it replaces is kept twice over: in
 * the editor's undo history and as a snapshot named "Before restoring …".
 */
export async function restoreSnapshotIntoEditor(db: JourneyDesignerDB, snapshotId: string): Promise<SnapshotRecord> {
  await currentPersistence()?.flush();
  const snapshot = await getSnapshot(db, snapshotId);
  if (!snapshot) throw new StorageError('not-found', `snapshot ${snapshotId}`, { userMessage: 'This snapshot is no longer in your library.' });
  const current = useEditor.getState().journey;
  if (snapshot.journeyId !== current.id) {
    throw new StorageError('not-found', `snapshot ${snapshotId} of ${snapshot.journeyId}`, { userMessage: 'This snapshot belongs to another journey: open that journey to restore it.' });
  }
  await createSnapshot(db, current.id, beforeRestoringName(snapshot.name), current);
  // The editor may have moved on while the snapshot was written; never replace another journey.
  if (useEditor.getState().journey.id !== current.id) throw new StorageError('unknown', 'journey changed during restore', { userMessage: 'Another journey was opened meanwhile; nothing was restored.' });
  useEditor.getState().replaceJourney({ ...snapshot.journey, id: current.id });
  return snapshot;
}
