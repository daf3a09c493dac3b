/**
 * Autosave: the editor's journey goes to storage a moment after the last edit. Pure logic —
 * the write (`save`) and the timers are passed in; no React, zustand or Dexie here. The app
 * subscribes the editor store to `schedule` and calls `flush` on visibilitychange/pagehide.
 *
 * Guarantees: at most one write in flight; the latest state wins (intermediate states may be
 * skipped, never reordered); a failed or conflicting write keeps its state as pending — edits
 * are never discarded except by an explicit `discardPending`; a failed write is tried again by
 * itself, after pauses that grow (1 s, 2 s, 5 s, 10 s, then every 30 s).
 */
import type { Journey } from '../model/journey';
import type { Viewport } from './database';
import { StorageError, isWorthRetrying } from './errors';
import type { SaveResult, SaveSource, StoredJourney } from './journeys';

export type AutosaveStatus =
  /** Everything is stored; `savedAt` is when the last write landed (null before the first). */
  | { state: 'saved'; savedAt: number | null }
  /** Edits wait for the pause after typing. */
  | { state: 'pending' }
  | { state: 'saving' }
  /**
   * The last write failed; the edits are kept and written again by themselves — after a pause
   * that grows with each failure (`retrying`), on the next edit, or on flush.
   */
  | { state: 'error'; message: string; retrying: boolean }
  /** Another tab saved (or deleted) this journey first; nothing more is written until the app resolves it. */
  | { state: 'conflict'; theirs: StoredJourney | null };

export interface AutosaveTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
}

export interface AutosaverOptions {
  /** Writes a state; `from` says which of the tab's journal entries it includes. */
  save: (journey: Journey, viewport: Viewport, from?: SaveSource) => Promise<SaveResult>;
  /** Pause after the last edit before writing. */
  delayMs?: number;
  /**
   * Pauses before writing again after the 1st, 2nd, … failure (the last one repeats): a full
   * disk that gets space back, or storage that comes back, is written to without the user.
   */
  retryDelaysMs?: readonly number[];
  timers?: AutosaveTimers;
}

export interface Autosaver {
  /** The editor changed: write this state after the pause (restarting it). */
  schedule(journey: Journey, viewport: Viewport, from?: SaveSource): void;
  /**
   * Write now whatever is pending and wait for it — also after an error or a conflict (by then
   * the app may have taken "keep mine": set the expected revision to theirs, then flush).
   */
  flush(): Promise<AutosaveStatus>;
  /** After a failed write: try again now rather than after the pause (the page came back into view). */
  retryNow(): void;
  subscribe(listener: (status: AutosaveStatus) => void): () => void;
  getStatus(): AutosaveStatus;
  /** True while any edit is not yet stored — for a beforeunload warning. */
  hasUnsavedChanges(): boolean;
  /** Forget pending edits — only for an explicit "use theirs" after a conflict. */
  discardPending(): void;
  /** Stops timers and listeners. Flush first: pending edits are not written after this. */
  dispose(): void;
}

const realTimers: AutosaveTimers = {
  // Looked up at call time, so test fake timers installed later are honoured.
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

interface Pending {
  journey: Journey;
  viewport: Viewport;
  from?: SaveSource;
}

export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000, 30_000];

export function createAutosaver({ save, delayMs = 400, retryDelaysMs = RETRY_DELAYS_MS, timers = realTimers }: AutosaverOptions): Autosaver {
  let pending: Pending | null = null;
  let timer: unknown = null;
  let retryTimer: unknown = null;
  /** Failed writes in a row. */
  let failures = 0;
  let busy = false;
  let current: Promise<void> = Promise.resolve();
  /** Set when a write was asked for while one was running: write again as soon as it ends. */
  let followUp = false;
  let flushing = 0;
  let conflicted = false;
  let disposed = false;
  let savedAt: number | null = null;
  let status: AutosaveStatus = { state: 'saved', savedAt };
  const listeners = new Set<(status: AutosaveStatus) => void>();

  const setStatus = (next: AutosaveStatus) => {
    status = next;
    for (const listener of [...listeners]) listener(next);
  };

  const clearTimer = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const clearRetry = () => {
    if (retryTimer !== null) timers.clearTimeout(retryTimer);
    retryTimer = null;
  };
  const scheduleRetry = () => {
    clearRetry();
    const pause = retryDelaysMs[Math.min(failures, retryDelaysMs.length) - 1];
    if (pause === undefined || disposed) return;
    retryTimer = timers.setTimeout(() => {
      retryTimer = null;
      void write();
    }, pause);
  };

  const write = (): Promise<void> => {
    if (busy) {
      followUp = true;
      return current;
    }
    if (!pending || disposed) return Promise.resolve();
    clearRetry();
    busy = true;
    current = run();
    return current;
  };

  /** Writes pending states one after another until none is left, a write fails, or newer edits should wait for their pause. */
  const run = async (): Promise<void> => {
    try {
      while (pending && !disposed) {
        const item = pending;
        pending = null;
        followUp = false;
        setStatus({ state: 'saving' });
        let result: SaveResult;
        try {
          result = await save(item.journey, item.viewport, item.from);
        } catch (error) {
          pending ??= item;
          failures++;
          const retrying = isWorthRetrying(error) && retryDelaysMs.length > 0;
          setStatus({ state: 'error', message: messageOf(error), retrying });
          if (retrying) scheduleRetry();
          return;
        }
        failures = 0;
        if (!result.ok) {
          pending ??= item;
          conflicted = true;
          setStatus({ state: 'conflict', theirs: result.conflict.theirs });
          return;
        }
        conflicted = false;
        savedAt = timers.now();
        if (pending && !followUp && flushing === 0) {
          // Edits made during the write wait for their own pause, as edits always do.
          setStatus({ state: 'pending' });
          return;
        }
      }
      if (!disposed) setStatus({ state: 'saved', savedAt });
    } finally {
      busy = false;
    }
  };

  return {
    schedule(journey, viewport, from) {
      if (disposed) return;
      pending = from ? { journey, viewport, from } : { journey, viewport };
      if (conflicted) return;
      if (!busy) setStatus({ state: 'pending' });
      clearTimer();
      timer = timers.setTimeout(() => {
        timer = null;
        void write();
      }, delayMs);
    },

    async flush() {
      if (disposed) return status;
      flushing++;
      try {
        clearTimer();
        clearRetry();
        if (busy) await write();
        // One attempt of its own: after an error or a conflict the running chain stopped with edits pending.
        clearTimer();
        if (pending && !busy) await write();
      } finally {
        flushing--;
      }
      return status;
    },

    retryNow() {
      if (disposed || status.state !== 'error' || busy || !pending) return;
      clearTimer();
      void write();
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getStatus: () => status,

    hasUnsavedChanges: () => pending !== null || busy,

    discardPending() {
      pending = null;
      conflicted = false;
      clearTimer();
      if (!busy) setStatus({ state: 'saved', savedAt });
    },

    dispose() {
      disposed = true;
      clearTimer();
      clearRetry();
      listeners.clear();
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof StorageError) return error.userMessage;
  return "Your edits could not be saved to your browser's storage — they are kept in this tab; export the journey to keep a copy.";
}
