/**
 * Journeys for thumbnails, read only for rows the user can see and kept live: a row's picture
 * follows edits saved from any tab. A journey that cannot be read shows an empty frame.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { JourneyDesignerDB } from '../db/database';
import type { Journey } from '../model/journey';
import { getJourney } from '../db/journeys';
import { getSnapshot } from '../db/snapshots';

/** The stored journey `id`, once `visible`; null while loading, when hidden, or when unreadable. */
export function useStoredJourney(db: JourneyDesignerDB, id: string, visible: boolean): Journey | null {
  return useLiveQuery(
    () => (visible ? getJourney(db, id).then((stored) => stored?.journey ?? null, () => null) : null),
    [db, id, visible],
    null,
  );
}

/** The journey a snapshot keeps, once `visible`. */
export function useSnapshotJourney(db: JourneyDesignerDB, id: string, visible: boolean): Journey | null {
  return useLiveQuery(
    () => (visible ? getSnapshot(db, id).then((record) => record?.journey ?? null, () => null) : null),
    [db, id, visible],
    null,
  );
}
