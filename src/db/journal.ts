/**
 * The edit journal: every edit in the editor is kept the moment it is made, as a small patch
 * (model/journey-patch.ts) in the `journal` table, so a crash between the edit and the debounced
 * autosave loses nothing. The autosave folds a tab's entries into the journey and deletes them in
 * the same transaction (saveJourney's `from`). A tab that went away without that — a renderer
 * crash, an out-of-memory kill, a power cut — leaves entries behind; `recoverJournal` puts them
 * back into the library, never over a version another tab saved since (docs/storage.md).
 */
import { Journey } from '../model/journey';
import { newId } from '../model/factory';
import { applyJourneyPatch, withoutDanglingReferences } from '../model/journey-patch';
import type { JournalEntry, JourneyDesignerDB, JourneyMeta } from './database';
import { withStorage } from './errors';
import { addJourney, describeJourney, withoutSource } from './journeys';

/**
 * Keeps one entry. Resolves once it is committed — with `strict` durability where the browser
 * offers it, so the entry is on disk, not only handed to the operating system, before that.
 */
export function appendJournal(db: JourneyDesignerDB, entry: JournalEntry): Promise<void> {
  return withStorage(async () => {
    const idb = db.isOpen() ? db.backendDB() : null;
    if (!idb) {
      await db.journal.put(entry);
      return;
    }
    // Dexie sets one durability for all its transactions; this one write per edit asks for more.
    const tx = idb.transaction('journal', 'readwrite', { durability: 'strict' });
    tx.objectStore('journal').put(entry);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new DOMException('The journal write was aborted', 'AbortError'));
    });
  });
}

const range = (tabId: string, journeyId: string) =>
  [
    [tabId, journeyId, -Infinity],
    [tabId, journeyId, Infinity],
  ] as const;

/** Forgets a tab's entries for a journey, up to `upToSeq` (its edits were given up, or kept another way). */
export function discardJournal(db: JourneyDesignerDB, tabId: string, journeyId: string, upToSeq = Infinity): Promise<void> {
  return withStorage(async () => {
    await db.journal.where('[tabId+journeyId+seq]').between([tabId, journeyId, -Infinity], [tabId, journeyId, upToSeq], true, true).delete();
  });
}

/** The highest seq a tab has in the journal for a journey, or null. */
export function lastJournalSeq(db: JourneyDesignerDB, tabId: string, journeyId: string): Promise<number | null> {
  return withStorage(async () => {
    const [lower, upper] = range(tabId, journeyId);
    const keys = (await db.journal.where('[tabId+journeyId+seq]').between(lower, upper, true, true).primaryKeys()) as unknown as [string, string, number][];
    return keys.at(-1)?.[2] ?? null;
  });
}

/** The tabs that have entries in the journal. */
export function journalTabIds(db: JourneyDesignerDB): Promise<string[]> {
  return withStorage(async () => {
    const keys = (await db.journal.toCollection().primaryKeys()) as unknown as [string, string, number][];
    return [...new Set(keys.map(([tabId]) => tabId))];
  });
}

/** What became of a gone tab's last edits to one journey. */
export type RecoveryOutcome =
  /** Put into the journey, as a new revision. */
  | { kind: 'saved'; journeyId: string; name: string; edits: number }
  /** The journey was changed (or deleted) since, elsewhere: the edits came in as a copy of it. */
  | { kind: 'copied'; journeyId: string; copyId: string; name: string; edits: number }
  /** Nothing left to put them on (the journey was deleted for good), or they changed nothing. */
  | { kind: 'dropped'; journeyId: string; edits: number };

/** What is stored of a journey, as recovery sees it. */
export interface StoredForRecovery {
  meta: JourneyMeta;
  journey: Journey;
}

/** How a tab's entries for one journey come back: onto the stored journey, or as a copy of it. */
export type RecoveryPlan = { kind: 'none' } | { kind: 'save'; journey: Journey; edits: number } | { kind: 'copy'; journey: Journey; edits: number };

/**
 * Decides what a tab's entries (sorted by seq) mean for the stored journey. They follow on from
 * the stored revision when that tab wrote it (`savedFrom`) or when their chain started on it;
 * otherwise someone else saved since, and the edits are only recovered as a copy — a journal
 * entry never brings back a state another tab replaced. A gap in the chain (an entry the browser
 * refused to store) ends what can be replayed.
 */
export function planRecovery(tabId: string, entries: readonly JournalEntry[], stored: StoredForRecovery | null): RecoveryPlan {
  if (entries.length === 0 || !stored) return { kind: 'none' };
  // Only the tab's latest chain counts: an older one was folded in or given up before it began.
  const start = Math.max(...entries.map((e) => e.chainStart));
  const latest = entries.filter((e) => e.chainStart === start);
  const first = latest[0]!;
  const mark = stored.meta.savedFrom;
  const live = stored.meta.deletedAt === undefined;
  let chain: JournalEntry[];
  let onTop: boolean;
  if (mark?.tabId === tabId && mark.seq >= start) {
    chain = follow(latest, mark.seq);
    onTop = live;
  } else if (first.prevSeq === start) {
    chain = follow(latest, start);
    onTop = live && stored.meta.revision === first.baseRevision;
  } else {
    // The chain's beginning went into a revision of this tab's that someone has replaced since.
    chain = [first, ...follow(latest, first.seq)];
    onTop = false;
  }
  if (chain.length === 0) return { kind: 'none' };
  let journey = stored.journey;
  for (const entry of chain) journey = applyJourneyPatch(journey, entry.patch);
  if (onTop) return { kind: 'save', journey, edits: chain.length };
  const copy = withoutDanglingReferences(journey);
  if (JSON.stringify(copy) === JSON.stringify(stored.journey)) return { kind: 'none' };
  return { kind: 'copy', journey: copy, edits: chain.length };
}

/** The entries after `seq` that follow on from it one by one, up to the first gap. */
function follow(entries: readonly JournalEntry[], seq: number): JournalEntry[] {
  const out: JournalEntry[] = [];
  let previous = seq;
  for (const entry of entries) {
    if (entry.seq <= seq) continue;
    if (entry.prevSeq !== previous) break;
    out.push(entry);
    previous = entry.seq;
  }
  return out;
}

/**
 * Puts the entries a gone tab left behind back into the library, one journey at a time, each in
 * one transaction with the check — so two tabs recovering the same journal at once cannot both
 * apply it. Only for tabs that are gone (see app/tab-presence.ts): a live tab's entries are its
 * own business.
 */
export async function recoverJournal(db: JourneyDesignerDB, tabId: string, options: { newId?: (prefix: string) => string } = {}): Promise<RecoveryOutcome[]> {
  const makeId = options.newId ?? newId;
  const journeyIds = await withStorage(async () => {
    const keys = (await db.journal.where('[tabId+journeyId+seq]').between([tabId, '', -Infinity], [tabId, '\uffff', Infinity], true, true).primaryKeys()) as unknown as [string, string, number][];
    return [...new Set(keys.map(([, journeyId]) => journeyId))];
  });
  const outcomes: RecoveryOutcome[] = [];
  for (const journeyId of journeyIds) outcomes.push(await recoverOne(db, tabId, journeyId, makeId));
  return outcomes;
}

function recoverOne(db: JourneyDesignerDB, tabId: string, journeyId: string, makeId: (prefix: string) => string): Promise<RecoveryOutcome> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.journeyContents, db.journal, async (): Promise<RecoveryOutcome> => {
      const [lower, upper] = range(tabId, journeyId);
      const inRange = db.journal.where('[tabId+journeyId+seq]').between(lower, upper, true, true);
      const entries = await inRange.toArray();
      const [meta, content] = await Promise.all([db.journeys.get(journeyId), db.journeyContents.get(journeyId)]);
      const parsed = content ? Journey.safeParse(content.journey) : null;
      const stored = meta && parsed?.success ? { meta, journey: parsed.data } : null;
      const plan = planRecovery(tabId, entries, stored);
      await inRange.delete();
      const checked = plan.kind === 'none' ? null : Journey.safeParse(plan.journey);
      if (plan.kind === 'none' || !checked?.success || !stored || !content) return { kind: 'dropped', journeyId, edits: entries.length };
      const journey = checked.data;
      if (plan.kind === 'save') {
        await db.journeys.put({ ...withoutSource(stored.meta), ...describeJourney(journey), updatedAt: db.clock(), revision: stored.meta.revision + 1 });
        await db.journeyContents.put({ id: journeyId, journey, viewport: content.viewport });
        return { kind: 'saved', journeyId, name: journey.name, edits: plan.edits };
      }
      const copy = { ...journey, id: makeId('journey'), name: `${journey.name} (recovered)` };
      await addJourney(db, copy, { viewport: content.viewport, tags: [...stored.meta.tags] });
      return { kind: 'copied', journeyId, copyId: copy.id, name: copy.name, edits: plan.edits };
    }),
  );
}
