/**
 * Autosave: the editor's journey goes to storage a moment after the last edit. Pure logic —
 * the write (`save`) and the timers are passed in; no React, zustand or Dexie here. The app
 * subscribes the editor store to `schedule` and calls `flush` on visibilitychange/pagehide.
 *
 * Guarantees: at most one write in flight; the latest state wins (intermediate states may be
 * skipped, never reordered); a failed or conflicting write keeps its state as pending — edits
 * are never discarded except by an explicit `discardPending`.
 */
import type { Journey } from '../model/journey';
import type { Viewport } from './database';
import { StorageError } from './errors';
import type { SaveResult, StoredJourney } from './journeys';

export type AutosaveStatus =
  /** Everything is stored; `savedAt` is when the last write landed (null before the first). */
  | { state: 'saved'; savedAt: number | null }
  /** Edits wait for the pause after typing. */
  | { state: 'pending' }
  | { state: 'saving' }
  /** The last write failed; the edits are kept and retried on the next edit or flush. */
  | { state: 'error'; message: string }
  /** Another tab saved (or deleted) this journey first; nothing more is written until the app resolves it. */
  | { state: 'conflict'; theirs: StoredJourney | null };

export interface AutosaveTimers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
}

export interface AutosaverOptions {
  save: (journey: Journey, viewport: Viewport) => Promise<SaveResult>;
  /** Pause after the last edit before writing. */
  delayMs?: number;
  timers?: AutosaveTimers;
}

export interface Autosaver {
  /** The editor changed: write this state after the pause (restarting it). */
  schedule(journey: Journey, viewport: Viewport): void;
  /**
   * Write now whatever is pending and wait for it — also after an error or a conflict (by then
   * the app may have taken "keep mine": set the expected revision to theirs, then flush).
   */
  flush(): Promise<AutosaveStatus>;
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
}

export function createAutosaver({ save, delayMs = 400, timers = realTimers }: AutosaverOptions): Autosaver {
  let pending: Pending | null = null;
  let timer: unknown = null;
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

  const write = (): Promise<void> => {
    if (busy) {
      followUp = true;
      return current;
    }
    if (!pending || disposed) return Promise.resolve();
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
          result = await save(item.journey, item.viewport);
        } catch (error) {
          pending ??= item;
          setStatus({ state: 'error', message: messageOf(error) });
          return;
        }
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
    schedule(journey, viewport) {
      if (disposed) return;
      pending = { journey, viewport };
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
        if (busy) await write();
        // One attempt of its own: after an error or a conflict the running chain stopped with edits pending.
        clearTimer();
        if (pending && !busy) await write();
      } finally {
        flushing--;
      }
      return status;
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
      listeners.clear();
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof StorageError) return error.userMessage;
  return "Your edits could not be saved to your browser's storage — they are kept in this tab; export the journey to keep a copy.";
}
