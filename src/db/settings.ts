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

/*
 * Journeys that did not finish opening. A tab notes the journey it is opening (`opening:<tab>`)
 * before it reads it and clears the note once the editor has drawn it. A note left by a tab that
 * is gone means the page froze, crashed or was closed while opening that journey: it becomes
 * `unfinished:<journey>`, and the app does not open that journey by itself again — it shows the
 * library instead — until the user opens it and it finishes.
 */
const OPENING = 'opening:';
const UNFINISHED = 'unfinished:';

/** Notes that this tab is opening a journey; resolves once the note is stored. */
export function markOpening(db: JourneyDesignerDB, tabId: string, journeyId: string): Promise<void> {
  return withStorage(async () => {
    await db.settings.put({ key: OPENING + tabId, value: journeyId });
  });
}

/** The journey this tab opened is on screen: neither this opening nor an earlier unfinished one counts any more. */
export function finishedOpening(db: JourneyDesignerDB, tabId: string, journeyId: string): Promise<void> {
  return withStorage(async () => {
    await db.settings.bulkDelete([OPENING + tabId, UNFINISHED + journeyId]);
  });
}

/**
 * Turns the opening notes of tabs that are gone into unfinished journeys, and returns every
 * journey that did not finish opening (also on an earlier start).
 */
export async function unfinishedOpenings(db: JourneyDesignerDB, isGone: (tabId: string) => Promise<boolean>): Promise<Set<string>> {
  const notes = await withStorage(() => db.settings.where('key').startsWith(OPENING).toArray());
  for (const note of notes) {
    if (typeof note.value !== 'string' || !(await isGone(note.key.slice(OPENING.length)))) continue;
    const journeyId = note.value;
    await withStorage(() => db.transaction('rw', db.settings, () => db.settings.bulkPut([{ key: UNFINISHED + journeyId, value: true }]).then(() => db.settings.delete(note.key))));
  }
  const unfinished = await withStorage(() => db.settings.where('key').startsWith(UNFINISHED).primaryKeys());
  return new Set((unfinished as string[]).map((key) => key.slice(UNFINISHED.length)));
}
