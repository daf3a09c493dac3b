/**
 * A tab's side of the edit journal: it turns each new state of the editor's journey into an
 * entry (the patch from the previous state) and keeps the chain — which entry follows which,
 * and which stored revision the chain started on. One writer per tab (page load).
 */
import type { Journey } from '../model/journey';
import { diffJourney } from '../model/journey-patch';
import type { JourneyDesignerDB } from './database';
import { appendJournal, discardJournal } from './journal';
import type { SaveSource } from './journeys';

export interface JournalWriter {
  readonly tabId: string;
  /** The editor now shows `journey` as stored at `revision` (opened, loaded from elsewhere): a new chain starts here. */
  restart(journeyId: string, journey: Journey, revision: number): void;
  /** The editor's journey changed: keeps the difference at once. False when nothing changed. */
  record(journey: Journey): boolean;
  /** What a save of the state last recorded includes, for saveJourney to fold in. */
  source(): SaveSource | undefined;
  /** Forgets the tab's entries for a journey made so far (its edits were given up or saved another way). */
  discard(journeyId: string): Promise<void>;
  /** Resolves once every entry asked for so far is committed (or refused). */
  settled(): Promise<void>;
}

interface Chain {
  journeyId: string;
  start: number;
  baseRevision: number;
  /** The state the last entry (or the start) stands for. */
  last: Journey;
  lastSeq: number;
}

export function createJournalWriter(db: JourneyDesignerDB, tabId: string, options: { onError?: (error: unknown) => void } = {}): JournalWriter {
  let seq = 0;
  let chain: Chain | null = null;
  let writes: Promise<void> = Promise.resolve();
  return {
    tabId,
    restart(journeyId, journey, revision) {
      const start = ++seq;
      chain = { journeyId, start, baseRevision: revision, last: journey, lastSeq: start };
    },
    record(journey) {
      if (!chain || journey.id !== chain.journeyId) return false;
      const patch = diffJourney(chain.last, journey);
      chain.last = journey;
      if (!patch) return false;
      const entry = { tabId, journeyId: chain.journeyId, seq: ++seq, prevSeq: chain.lastSeq, chainStart: chain.start, baseRevision: chain.baseRevision, patch, at: Date.now() };
      chain.lastSeq = entry.seq;
      // Not awaited: the edit goes on at once, the entry is committed a few milliseconds later.
      // A refused entry leaves a gap that recovery stops at; the autosave still holds the state.
      const written = appendJournal(db, entry).catch((error: unknown) => options.onError?.(error));
      writes = writes.then(() => written);
      return true;
    },
    source: () => (chain ? { tabId, seq: chain.lastSeq } : undefined),
    discard: (journeyId) => {
      const upTo = seq;
      return writes.then(() => discardJournal(db, tabId, journeyId, upTo));
    },
    settled: () => writes,
  };
}
