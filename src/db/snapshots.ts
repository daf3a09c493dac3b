/**
 * Snapshots: named copies of a journey at a moment ("Before the workshop"), to look back at
 * or return to. Restoring never loses the present: the current state is snapshotted first.
 */
import type { Journey } from '../model/journey';
import { newId } from '../model/factory';
import type { JourneyDesignerDB, SnapshotRecord } from './database';
import { StorageError, withStorage } from './errors';
import { describeJourney, normalizeStored, withoutSource, type SaveResult } from './journeys';

/** A snapshot without its journey, for lists. */
export type SnapshotSummary = Omit<SnapshotRecord, 'journey'> & { nodeCount: number; edgeCount: number };

/**
 * Snapshots a journey. Pass the editor's `journey` to include edits not yet autosaved;
 * without it the stored contents are used.
 */
export function createSnapshot(db: JourneyDesignerDB, journeyId: string, name: string, journey?: Journey): Promise<SnapshotRecord> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.journeyContents, db.snapshots, async () => {
      const meta = await db.journeys.get(journeyId);
      const content = await db.journeyContents.get(journeyId);
      if (!meta || !content || meta.deletedAt !== undefined) throw new StorageError('not-found', `journey ${journeyId}`);
      const record: SnapshotRecord = {
        id: newId('snapshot'),
        journeyId,
        name,
        createdAt: db.clock(),
        journey: structuredClone({ ...(journey ?? content.journey), id: journeyId }),
      };
      await db.snapshots.add(record);
      return record;
    }),
  );
}

/** A journey's snapshots, newest first. */
export function listSnapshots(db: JourneyDesignerDB, journeyId: string): Promise<SnapshotSummary[]> {
  return withStorage(async () => {
    const records = await db.snapshots.where('journeyId').equals(journeyId).toArray();
    return records
      .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id))
      .map(({ journey, ...rest }) => ({ ...rest, nodeCount: journey.nodes.length, edgeCount: journey.edges.length }));
  });
}

export function getSnapshot(db: JourneyDesignerDB, id: string): Promise<SnapshotRecord | null> {
  return withStorage(async () => {
    const record = await db.snapshots.get(id);
    return record ? { ...record, journey: normalizeStored(record.journey, record.journeyId) } : null;
  });
}

export function deleteSnapshot(db: JourneyDesignerDB, id: string): Promise<void> {
  return withStorage(() => db.snapshots.delete(id));
}

/**
 * Makes a snapshot the journey's current state. Like a save it needs the revision the editor
 * holds and reports a conflict instead of overwriting another tab's work; the state it replaces
 * is kept as a snapshot named "Before restoring …".
 */
export function restoreSnapshot(db: JourneyDesignerDB, snapshotId: string, expectedRevision: number): Promise<SaveResult & { journey?: Journey }> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.journeyContents, db.snapshots, async () => {
      const snapshot = await db.snapshots.get(snapshotId);
      if (!snapshot) throw new StorageError('not-found', `snapshot ${snapshotId}`, { userMessage: 'This snapshot is no longer in your library.' });
      const meta = await db.journeys.get(snapshot.journeyId);
      const content = await db.journeyContents.get(snapshot.journeyId);
      if (!meta || !content || meta.deletedAt !== undefined) return { ok: false as const, conflict: { theirs: null } };
      if (meta.revision !== expectedRevision) {
        return { ok: false as const, conflict: { theirs: { meta, journey: normalizeStored(content.journey, meta.id), viewport: content.viewport } } };
      }
      const now = db.clock();
      await db.snapshots.add({ id: newId('snapshot'), journeyId: meta.id, name: `Before restoring “${snapshot.name}”`, createdAt: now, journey: content.journey });
      const journey = { ...normalizeStored(snapshot.journey, meta.id), id: meta.id };
      const revision = meta.revision + 1;
      await db.journeys.put({ ...withoutSource(meta), ...describeJourney(journey), updatedAt: now, revision });
      await db.journeyContents.put({ ...content, journey });
      return { ok: true as const, revision, journey };
    }),
  );
}

/** Gives a snapshot another name; its journey and time stay as they were. */
export function renameSnapshot(db: JourneyDesignerDB, id: string, name: string): Promise<void> {
  return withStorage(async () => {
    const changed = await db.snapshots.update(id, { name });
    if (changed === 0) throw new StorageError('not-found', `snapshot ${id}`, { userMessage: 'This snapshot is no longer in your library.' });
  });
}

/**
 * Puts a deleted snapshot back exactly as it was (undo of deleteSnapshot, which the UI calls
 * with the record it read before deleting). Refused when its journey has gone in the meantime:
 * a snapshot of a journey that is not in the library would be unreachable.
 */
export function restoreDeletedSnapshot(db: JourneyDesignerDB, record: SnapshotRecord): Promise<void> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.snapshots, async () => {
      const meta = await db.journeys.get(record.journeyId);
      if (!meta || meta.deletedAt !== undefined) throw new StorageError('not-found', `journey ${record.journeyId}`);
      await db.snapshots.add(structuredClone(record));
    }),
  );
}
