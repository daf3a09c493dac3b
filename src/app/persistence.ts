/**
 * Persistence subscribes; setters do not save. This module opens the last journey at start,
 * watches the editor store and writes every change through the autosaver (debounced, flushed
 * when the page is hidden), and reports status — never discarding edits on a failed write.
 */
import { create } from 'zustand';
import { useEditor } from '../store/editor';
import type { Journey } from '../model/journey';
import { newId } from '../model/factory';
import { cloneSample } from '../samples/retail';
import type { JourneyDesignerDB, Viewport } from '../db/database';
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../db/autosave';
import { addJourney, getJourney, listJourneys, revisionTrackingSave, saveJourney } from '../db/journeys';
import { getLastOpenedJourneyId, setLastOpenedJourneyId } from '../db/settings';
import { StorageError } from '../db/errors';
import { parsePendingEdits, pendingEditsToText } from '../io/pending-edits';
import { watchJourneyRevision, watchUpgrades } from '../db/watch';

const JOURNAL_PREFIX = 'journey-designer:unsaved:';

/** localStorage, or null where it is blocked (some private modes) or absent (Node tests). */
function journalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Edits a closing page could not store are replayed into the library: onto the revision they
 * were made on, or — when another tab saved since — as a recovered copy, so nothing is lost.
 */
async function replayJournal(db: JourneyDesignerDB): Promise<string | null> {
  const storage = journalStorage();
  if (!storage) return null;
  let replayed: string | null = null;
  for (const key of Object.keys(storage).filter((k) => k.startsWith(JOURNAL_PREFIX))) {
    const pending = parsePendingEdits(storage.getItem(key));
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
    }
    storage.removeItem(key);
  }
  return replayed;
}

export interface PersistenceState {
  status: AutosaveStatus | { state: 'loading' };
  /** Where the canvas should look when a journey is opened (its saved viewport), or null to fit. */
  openedViewport: { viewport: Viewport | null; seq: number } | null;
  /** Another tab runs a newer version of the app and took over the library: this tab must reload to save again. */
  outdated: boolean;
}

export const usePersistence = create<PersistenceState>(() => ({
  status: { state: 'loading' },
  openedViewport: null,
  outdated: false,
}));

interface Session {
  journeyId: string;
  tracker: ReturnType<typeof revisionTrackingSave>;
  autosaver: Autosaver;
  unsubscribe: () => void;
  unwatch: () => void;
}

export interface Persistence {
  /** The canvas moved: remember the viewport with the journey. */
  viewportChanged: (viewport: Viewport) => void;
  /** Write everything pending now (page hidden, before export). */
  flush: () => Promise<void>;
  /** After a conflict: load the other tab's version into the editor. */
  useTheirs: () => Promise<void>;
  /** After a conflict: keep this tab's journey as a new library entry. */
  keepMineAsCopy: () => void;
  /** Open a stored journey in the editor. */
  open: (id: string) => Promise<boolean>;
  /** Reloads the page, keeping any edit not yet stored for the next start to save. */
  reloadPage: () => void;
  stop: () => void;
}

const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 };

let running: Persistence | null = null;

/** The running persistence, once started (null in tests and when storage never opened). */
export function currentPersistence(): Persistence | null {
  return running;
}

/** Starts autosave for the editor: opens the last journey (or the sample on first run) and saves every change. */
export async function startPersistence(db: JourneyDesignerDB, options: { delayMs?: number; onBlocked?: () => void } = {}): Promise<Persistence> {
  let session: Session | null = null;
  // Registered before the first read opens the database, so a blocked open is reported too.
  let keepUnsaved = () => {};
  watchUpgrades(db, {
    onNewerVersionElsewhere: () => {
      keepUnsaved();
      usePersistence.setState({ outdated: true });
    },
    onBlocked: () => options.onBlocked?.(),
  });
  let viewport: Viewport = DEFAULT_VIEWPORT;
  let viewportSeq = 0;
  // Journey switches are handled one at a time, in order.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => reportError(error));
    return queue;
  };

  const reportError = (error: unknown) => {
    const message = error instanceof StorageError ? error.userMessage : 'Your edits could not be saved — they are kept in this tab; export the journey to keep a copy.';
    usePersistence.setState({ status: { state: 'error', message } });
  };

  const openSession = (journeyId: string, revision: number) => {
    const tracker = revisionTrackingSave(db, revision);
    const autosaver = createAutosaver({ save: tracker.save, delayMs: options.delayMs ?? 400 });
    const unsubscribe = autosaver.subscribe((status) => {
      usePersistence.setState({ status });
      if (status.state === 'saved' && !autosaver.hasUnsavedChanges()) journalStorage()?.removeItem(JOURNAL_PREFIX + journeyId);
    });
    usePersistence.setState({ status: autosaver.getStatus() });
    // Another tab saved this journey: show its version here — unless this tab has edits of its
    // own not yet stored, in which case their save finds the conflict and the user chooses.
    const unwatch = watchJourneyRevision(db, journeyId, (revision) => {
      if (revision !== null && revision > tracker.revision()) void enqueue(() => adoptSavedElsewhere(journeyId));
    });
    session = { journeyId, tracker, autosaver, unsubscribe, unwatch };
    void setLastOpenedJourneyId(db, journeyId).catch(() => undefined);
  };

  const closeSession = async () => {
    const old = session;
    if (!old) return;
    session = null;
    old.unwatch();
    await old.autosaver.flush();
    old.unsubscribe();
    old.autosaver.dispose();
  };

  // True while the editor is being given a stored journey: that is not an edit to save.
  let loading = false;
  const showInEditor = (journey: Journey, saved: Viewport | null) => {
    viewport = saved ?? DEFAULT_VIEWPORT;
    loading = true;
    try {
      useEditor.getState().loadJourney(journey);
    } finally {
      loading = false;
    }
    // A journey never looked at (new, imported) is stored with the default viewport: fit it instead.
    const neverViewed = !saved || (saved.x === 0 && saved.y === 0 && saved.zoom === 1);
    usePersistence.setState({ openedViewport: { viewport: neverViewed ? null : saved, seq: ++viewportSeq } });
  };

  const adoptSavedElsewhere = async (journeyId: string) => {
    const mine = () => session?.journeyId === journeyId && !session.autosaver.hasUnsavedChanges() && session.autosaver.getStatus().state === 'saved';
    if (!mine()) return;
    const stored = await getJourney(db, journeyId);
    // Typing since the read started: those edits win the race to the save, which reports the conflict.
    if (!stored || !mine() || stored.meta.revision <= session!.tracker.revision()) return;
    session!.tracker.setRevision(stored.meta.revision);
    if (JSON.stringify(stored.journey) === JSON.stringify(useEditor.getState().journey)) return;
    loading = true;
    try {
      useEditor.getState().adoptSavedVersion(stored.journey);
    } finally {
      loading = false;
    }
    useEditor.getState().notify('Updated with the changes saved in another tab.');
  };

  const open = async (id: string): Promise<boolean> => {
    const stored = await getJourney(db, id);
    if (!stored) return false;
    await closeSession();
    openSession(stored.meta.id, stored.meta.revision);
    showInEditor(stored.journey, stored.viewport ?? null);
    return true;
  };

  /**
   * The editor now shows a journey with another id (new journey, undo past one, keep-as-copy):
   * make sure it has a library entry, then save into it.
   */
  const follow = (journey: Journey) =>
    enqueue(async () => {
      if (session?.journeyId === journey.id) return;
      await closeSession();
      const stored = await getJourney(db, journey.id);
      const revision = stored ? stored.meta.revision : (await addJourney(db, journey, { viewport })).revision;
      openSession(journey.id, revision);
      session!.autosaver.schedule(useEditor.getState().journey, viewport);
    });

  // Boot: the last journey, else the newest, else the sample as the first entry.
  try {
    const recovered = await replayJournal(db);
    const lastId = recovered ?? (await getLastOpenedJourneyId(db));
    let opened = lastId ? await open(lastId) : false;
    if (!opened) {
      const newest = (await listJourneys(db, { sort: 'updatedAt' }))[0];
      opened = newest ? await open(newest.id) : false;
    }
    if (!opened) {
      const sample = cloneSample();
      await addJourney(db, sample);
      opened = await open(sample.id);
    }
  } catch (error) {
    // Storage is unavailable (blocked, private mode): the editor still works from memory.
    useEditor.getState().loadJourney(cloneSample());
    reportError(error);
  }

  const unsubscribeEditor = useEditor.subscribe((state, previous) => {
    if (state.journey === previous.journey || loading) return;
    if (!session || session.journeyId !== state.journey.id) {
      void follow(state.journey);
      return;
    }
    session.autosaver.schedule(state.journey, viewport);
  });

  const flush = async () => {
    await queue;
    await session?.autosaver.flush();
  };
  // IndexedDB writes started while the page unloads may be aborted: keep a synchronous copy.
  const writeJournal = () => {
    const open = session;
    if (!open || !open.autosaver.hasUnsavedChanges()) return;
    const journey = useEditor.getState().journey;
    if (journey.id !== open.journeyId) return;
    try {
      journalStorage()?.setItem(JOURNAL_PREFIX + journey.id, pendingEditsToText({ baseRevision: open.tracker.revision(), journey, viewport }));
    } catch {
      // Storage full or blocked: the flush below is the remaining chance.
    }
  };
  keepUnsaved = writeJournal;
  const onHide = () => {
    if (document.visibilityState !== 'hidden') return;
    writeJournal();
    void flush();
  };
  const onPageHide = () => {
    writeJournal();
    void flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onPageHide);

  running = {
    viewportChanged: (next) => {
      viewport = next;
      session?.autosaver.schedule(useEditor.getState().journey, viewport);
    },
    flush,
    open,
    reloadPage: () => {
      writeJournal();
      location.reload();
    },
    useTheirs: async () => {
      const status = usePersistence.getState().status;
      if (status.state !== 'conflict' || !session) return;
      session.autosaver.discardPending();
      if (status.theirs) {
        session.tracker.setRevision(status.theirs.meta.revision);
        showInEditor(status.theirs.journey, status.theirs.viewport ?? null);
        usePersistence.setState({ status: { state: 'saved', savedAt: null } });
      }
    },
    keepMineAsCopy: () => {
      const status = usePersistence.getState().status;
      if (status.state !== 'conflict' || !session) return;
      session.autosaver.discardPending();
      const mine = useEditor.getState().journey;
      // A new id makes the subscription give it its own library entry.
      useEditor.getState().loadJourney({ ...mine, id: newId('journey'), name: `${mine.name} (my copy)` });
    },
    stop: () => {
      unsubscribeEditor();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void closeSession();
      running = null;
    },
  };
  return running;
}
