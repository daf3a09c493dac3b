/**
 * What other tabs do to the library, as callbacks: a journey saved elsewhere (Dexie's liveQuery,
 * which also hears writes from other tabs), and another tab opening a newer version of the
 * database (IndexedDB's versionchange) or this tab waiting for an older one (blocked).
 */
import { liveQuery } from 'dexie';
import type { JourneyDesignerDB } from './database';

/** Calls `onRevision` with the stored revision of journey `id` now and whenever it changes (null: deleted). */
export function watchJourneyRevision(db: JourneyDesignerDB, id: string, onRevision: (revision: number | null) => void): () => void {
  const subscription = liveQuery(() => db.journeys.get(id)).subscribe({
    next: (meta) => onRevision(meta?.revision ?? null),
    // A failed read (storage gone) is reported by the next save; watching just stops.
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}

export interface UpgradeHandlers {
  /**
   * Another tab opens a newer version of the database. Runs before this tab lets go of it: keep
   * what must be kept synchronously; the connection is closed right after, so the other tab's
   * upgrade is not held up, and every later write in this tab fails.
   */
  onNewerVersionElsewhere: () => void;
  /** This tab waits for another tab that holds an older version open. */
  onBlocked: () => void;
}

export function watchUpgrades(db: JourneyDesignerDB, handlers: UpgradeHandlers): void {
  db.on('versionchange', () => {
    handlers.onNewerVersionElsewhere();
    db.close();
    // Handled here: Dexie's default would close too, and log to the console.
    return false;
  });
  db.on('blocked', () => handlers.onBlocked());
}
