/**
 * What start-up does before the editor opens a journey: put back the edits of tabs that went
 * away before saving them (the localStorage copy a closing page leaves, then the edit journal),
 * and choose the journey to open — never one too large for the app, nor one whose last opening
 * did not finish (the library is shown instead, saying why).
 */
import type { JourneyDesignerDB, JourneyMeta } from '../db/database';
import { addJourney, getJourney, listJourneys, saveJourney } from '../db/journeys';
import { discardJournal, journalTabIds, lastJournalSeq, recoverJournal, type RecoveryOutcome } from '../db/journal';
import { newId } from '../model/factory';
import { journeySizeProblem } from '../model/limits';
import { parsePendingEdits, pendingEditsToText, type PendingEdits } from '../io/pending-edits';
import type { TabPresence } from './tab-presence';

const UNSAVED_PREFIX = 'journey-designer:unsaved:';

/** localStorage, or null where it is blocked (some private modes) or absent (Node tests). */
function localStore(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps a synchronous copy of edits the database has not stored: IndexedDB writes started while
 * a page unloads may be aborted, and after another tab upgraded the database none can start.
 */
export function keepUnsavedCopy(pending: PendingEdits): void {
  try {
    localStore()?.setItem(UNSAVED_PREFIX + pending.journey.id, pendingEditsToText(pending));
  } catch {
    // Storage full or blocked: the edit journal and the last flush are the remaining chances.
  }
}

export function forgetUnsavedCopy(journeyId: string): void {
  localStore()?.removeItem(UNSAVED_PREFIX + journeyId);
}

/**
 * Replays the copies closed pages left: onto the revision they were made on, or — when another
 * tab saved since — as a recovered copy. A copy from a tab that is still open is left alone, and
 * one older than what the tab's edit journal holds gives way to the journal. Returns the journey
 * to open, if any.
 */
export async function replayUnsavedCopies(db: JourneyDesignerDB, presence: TabPresence): Promise<string | null> {
  const storage = localStore();
  if (!storage) return null;
  let replayed: string | null = null;
  for (const key of Object.keys(storage).filter((k) => k.startsWith(UNSAVED_PREFIX))) {
    const pending = parsePendingEdits(storage.getItem(key));
    if (pending?.tabId !== undefined && !(await presence.isGone(pending.tabId))) continue;
    if (pending && (await journalIsNewer(db, pending))) {
      storage.removeItem(key);
      continue;
    }
    if (pending) {
      const stored = await getJourney(db, pending.journey.id);
      if (!stored) {
        await addJourney(db, pending.journey, { viewport: pending.viewport });
        replayed = pending.journey.id;
      } else {
        // The page's last flush may have landed after all: then there is nothing to replay.
        const alreadyStored = JSON.stringify(stored.journey) === JSON.stringify(pending.journey);
        const result = alreadyStored ? { ok: true } : await saveJourney(db, pending.journey, pending.viewport, pending.baseRevision);
        if (result.ok) replayed = pending.journey.id;
        else {
          const copy = { ...pending.journey, id: newId('journey'), name: `${pending.journey.name} (recovered)` };
          await addJourney(db, copy, { viewport: pending.viewport });
          replayed = copy.id;
        }
      }
      // The copy held everything the tab's journal did for this journey.
      if (pending.tabId !== undefined) await discardJournal(db, pending.tabId, pending.journey.id);
    }
    storage.removeItem(key);
  }
  return replayed;
}

async function journalIsNewer(db: JourneyDesignerDB, pending: PendingEdits): Promise<boolean> {
  if (pending.tabId === undefined || pending.seq === undefined) return false;
  const last = await lastJournalSeq(db, pending.tabId, pending.journey.id);
  return last !== null && last > pending.seq;
}

/**
 * Puts back the journal of every tab that is gone, and of every other tab as soon as it goes.
 * Returns what came back now, and a function that stops waiting for the others.
 */
export async function recoverGoneTabs(db: JourneyDesignerDB, presence: TabPresence, later: (outcomes: RecoveryOutcome[]) => void): Promise<{ now: RecoveryOutcome[]; watch: (tabId: string) => void; stop: () => void }> {
  const waiting = new Map<string, () => void>();
  const watch = (tabId: string) => {
    if (tabId === presence.tabId || waiting.has(tabId)) return;
    waiting.set(
      tabId,
      presence.whenGone(tabId, async () => {
        waiting.delete(tabId);
        later(await recoverJournal(db, tabId).catch(() => []));
      }),
    );
  };
  const now: RecoveryOutcome[] = [];
  for (const tabId of await journalTabIds(db)) {
    if (tabId === presence.tabId) continue;
    if (await presence.isGone(tabId)) now.push(...(await recoverJournal(db, tabId)));
    else watch(tabId);
  }
  return { now, watch, stop: () => waiting.forEach((stop) => stop()) };
}

/** Why start-up did not open the journey it would have: shown in the library. */
export interface NotOpened {
  id: string;
  name: string;
  nodeCount: number;
  reason: 'unfinished' | 'too-large';
  /** For `too-large`: the size limit, in words. */
  detail: string | null;
}

export type StartChoice = { open: string } | { notOpened: NotOpened } | { sample: true };

/**
 * The journey to open at start: the preferred one (recovered, or the last opened), else the most
 * recently edited — but none whose last opening did not finish, nor one over the size limit.
 */
export async function chooseStartJourney(db: JourneyDesignerDB, preferred: string | null, unfinished: ReadonlySet<string>): Promise<StartChoice> {
  const journeys = await listJourneys(db, { sort: 'updatedAt' });
  const refusal = (meta: JourneyMeta): NotOpened | null => {
    const tooLarge = journeySizeProblem(meta);
    if (unfinished.has(meta.id)) return { id: meta.id, name: meta.name, nodeCount: meta.nodeCount, reason: 'unfinished', detail: tooLarge };
    return tooLarge ? { id: meta.id, name: meta.name, nodeCount: meta.nodeCount, reason: 'too-large', detail: tooLarge } : null;
  };
  const last = preferred === null ? undefined : journeys.find((m) => m.id === preferred);
  if (last) {
    const refused = refusal(last);
    return refused ? { notOpened: refused } : { open: last.id };
  }
  const newest = journeys.find((m) => refusal(m) === null);
  if (newest) return { open: newest.id };
  const first = journeys[0];
  return first ? { notOpened: refusal(first)! } : { sample: true };
}
