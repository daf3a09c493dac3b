/** Small app settings that live with the library, e.g. which journey to reopen. */
import type { JourneyDesignerDB } from './database';
import { withStorage } from './errors';

/** Every setting, with its type. */
export interface Settings {
  lastOpenedJourneyId: string | null;
}

const DEFAULTS: Settings = { lastOpenedJourneyId: null };

export function getSetting<K extends keyof Settings>(db: JourneyDesignerDB, key: K): Promise<Settings[K]> {
  return withStorage(async () => {
    const record = await db.settings.get(key);
    return record === undefined ? DEFAULTS[key] : (record.value as Settings[K]);
  });
}

export function setSetting<K extends keyof Settings>(db: JourneyDesignerDB, key: K, value: Settings[K]): Promise<void> {
  return withStorage(async () => {
    await db.settings.put({ key, value });
  });
}

export const getLastOpenedJourneyId = (db: JourneyDesignerDB) => getSetting(db, 'lastOpenedJourneyId');
export const setLastOpenedJourneyId = (db: JourneyDesignerDB, id: string | null) => setSetting(db, 'lastOpenedJourneyId', id);
