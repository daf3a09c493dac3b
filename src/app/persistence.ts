/**
 * Persistence subscribes; setters do not save. This module opens the last journey at start,
 * watches the editor store, keeps every edit at once in the edit journal and writes the journey
 * through the autosaver (debounced, flushed when the page is hidden, retried by itself after a
 * failure), and reports status — never discarding edits on a failed write.
 */
import { create } from 'zustand';
import { useEditor } from '../store/editor';
import type { Journey } from '../model/journey';
import { createJourney, newId } from '../model/factory';
import { journeySizeProblem } from '../model/limits';
import { cloneSample } from '../samples/retail';
import type { JourneyDesignerDB, Viewport } from '../db/database';
import { createAutosaver, type Autosaver, type AutosaveStatus } from '../db/autosave';
import { addJourney, getJourney, getJourneyMeta, revisionTrackingSave } from '../db/journeys';
import { finishedOpening, getLastOpenedJourneyId, markOpening, setLastOpenedJourneyId, unfinishedOpenings } from '../db/settings';
import { StorageError } from '../db/errors';
import { createJournalWriter } from '../db/journal-writer';
import type { RecoveryOutcome } from '../db/journal';
import { watchJourneyRevision, watchUpgrades } from '../db/watch';
import { chooseStartJourney, forgetUnsavedCopy, keepUnsavedCopy, recoverGoneTabs, replayUnsavedCopies, type NotOpened } from './persistence-boot';
import { startTabPresence, type TabPresence } from './tab-presence';

export type { NotOpened } from './persistence-boot';

export interface PersistenceState {
  status: AutosaveStatus | { state: 'loading' };
  /** Where the canvas should look when a journey is opened (its saved viewport), or null to fit. */
  openedViewport: { viewport: Viewport | null; seq: number } | null;
  /** Another tab runs a newer version of the app and took over the library: this tab must reload to save again. */
  outdated: boolean;
  /** The journey start-up did not open, and why; the library says so. */
  notOpened: NotOpened | null;
}

export const usePersistence = create<PersistenceState>(() => ({
  status: { state: 'loading' },
  openedViewport: null,
  outdated: false,
  notOpened: null,
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
  /** Open a stored journey in the editor; false when it is not there or too large to open. */
  open: (id: string) => Promise<boolean>;
  /** The editor has drawn journey `id`: its opening finished (see settings.ts). */
  openFinished: (id: string) => void;
  /** Reloads the page, keeping any edit not yet stored for the next start to save. */
  reloadPage: () => void;
  stop: () => void;
}

const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 };
const JOURNAL_CHANNEL = 'journey-designer:journal';

let running: Persistence | null = null;

/** The running persistence, once started (null in tests and when storage never opened). */
export function currentPersistence(): Persistence | null {
  return running;
}

export interface PersistenceOptions {
  delayMs?: number;
  retryDelaysMs?: readonly number[];
  onBlocked?: () => void;
  /** Which tabs are still open; tests pass their own. */
  presence?: TabPresence;
}

/** Starts autosave for the editor: opens the last journey (or the sample on first run) and saves every change. */
export async function startPersistence(db: JourneyDesignerDB, options: PersistenceOptions = {}): Promise<Persistence> {
  const presence = options.presence ?? startTabPresence();
  const tabId = presence.tabId;
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
  const journal = createJournalWriter(db, tabId);
  // Other tabs hear of this tab's journal, so they can put it back if this tab crashes.
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(JOURNAL_CHANNEL);
  let announced = false;
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
    usePersistence.setState({ status: { state: 'error', message, retrying: false } });
  };

  const openSession = (journeyId: string, revision: number) => {
    const tracker = revisionTrackingSave(db, revision);
    const autosaver = createAutosaver({ save: tracker.save, delayMs: options.delayMs ?? 400, ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}) });
    const unsubscribe = autosaver.subscribe((status) => {
      usePersistence.setState({ status });
      if (status.state === 'saved' && !autosaver.hasUnsavedChanges()) forgetUnsavedCopy(journeyId);
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
  const showInEditor = (journey: Journey, saved: Viewport | null, revision: number) => {
    viewport = saved ?? DEFAULT_VIEWPORT;
    loading = true;
    try {
      useEditor.getState().loadJourney(journey);
    } finally {
      loading = false;
    }
    journal.restart(journey.id, journey, revision);
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
    journal.restart(journeyId, stored.journey, stored.meta.revision);
    if (JSON.stringify(stored.journey) === JSON.stringify(useEditor.getState().journey)) return;
    loading = true;
    try {
      useEditor.getState().adoptSavedVersion(stored.journey);
    } finally {
      loading = false;
    }
    journal.restart(journeyId, useEditor.getState().journey, stored.meta.revision);
    useEditor.getState().notify('Updated with the changes saved in another tab.');
  };

  /** The journey being opened; cleared (and its note with it) once the editor has drawn it. */
  let opening: string | null = null;
  const open = async (id: string): Promise<boolean> => {
    const meta = await getJourneyMeta(db, id);
    if (!meta || journeySizeProblem(meta)) return false;
    // Noted before the journey is read: a page that freezes or crashes from here on leaves the note.
    await markOpening(db, tabId, id);
    opening = id;
    const stored = await getJourney(db, id);
    if (!stored) return false;
    await closeSession();
    openSession(stored.meta.id, stored.meta.revision);
    showInEditor(stored.journey, stored.viewport ?? null, stored.meta.revision);
    usePersistence.setState({ notOpened: null });
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
      // Edits made while the entry was being created are kept from here on like any other.
      journal.restart(journey.id, stored ? stored.journey : journey, revision);
      record(useEditor.getState().journey);
    });

  const record = (journey: Journey) => {
    if (!session || session.journeyId !== journey.id) return;
    if (journal.record(journey) && !announced) {
      announced = true;
      channel?.postMessage({ tabId });
    }
    session.autosaver.schedule(journey, viewport, journal.source());
  };

  const notifyRecovered = (outcomes: RecoveryOutcome[]) => {
    const copied = outcomes.filter((o) => o.kind === 'copied');
    if (copied.length > 0) {
      const names = copied.map((o) => `“${o.name}”`).join(', ');
      useEditor.getState().notify(`A tab that closed unexpectedly had edits made on a version replaced since in another tab; they are kept as ${names} in your journeys.`);
    }
  };

  // Boot: put back what closed tabs left, then open the last journey, else the newest, else the sample.
  let stopWatchingTabs = () => {};
  let watchTab = (_tabId: string) => {};
  try {
    const recovered = await replayUnsavedCopies(db, presence);
    const tabs = await recoverGoneTabs(db, presence, notifyRecovered);
    stopWatchingTabs = tabs.stop;
    watchTab = tabs.watch;
    const unfinished = await unfinishedOpenings(db, (other) => presence.isGone(other));
    const choice = await chooseStartJourney(db, recovered ?? (await getLastOpenedJourneyId(db)), unfinished);
    if ('sample' in choice) {
      const sample = cloneSample();
      await addJourney(db, sample);
      await open(sample.id);
    } else if ('notOpened' in choice) {
      // The library opens over an empty journey, which gets a library entry at its first edit.
      loading = true;
      useEditor.getState().loadJourney(createJourney());
      loading = false;
      usePersistence.setState({ status: { state: 'saved', savedAt: null }, notOpened: choice.notOpened });
    } else if (!(await open(choice.open))) {
      throw new StorageError('not-found', `journey ${choice.open}`);
    }
    if (tabs.now.some((o) => o.kind === 'saved' && o.journeyId === useEditor.getState().journey.id)) {
      useEditor.getState().notify('Your last edits from before the page closed unexpectedly are back.');
    }
    notifyRecovered(tabs.now);
  } catch (error) {
    // Storage is unavailable (blocked, private mode): the editor still works from memory.
    useEditor.getState().loadJourney(cloneSample());
    reportError(error);
  }
  channel?.addEventListener('message', (event: MessageEvent<{ tabId?: unknown }>) => {
    if (typeof event.data?.tabId === 'string') watchTab(event.data.tabId);
  });

  const unsubscribeEditor = useEditor.subscribe((state, previous) => {
    if (state.journey === previous.journey || loading) return;
    if (!session || session.journeyId !== state.journey.id) {
      void follow(state.journey);
      return;
    }
    record(state.journey);
  });

  const flush = async () => {
    await queue;
    await session?.autosaver.flush();
  };
  const writeUnsavedCopy = () => {
    const open = session;
    if (!open || !open.autosaver.hasUnsavedChanges()) return;
    const journey = useEditor.getState().journey;
    if (journey.id !== open.journeyId) return;
    keepUnsavedCopy({ baseRevision: open.tracker.revision(), journey, viewport, tabId, ...(journal.source() ? { seq: journal.source()!.seq } : {}) });
  };
  keepUnsaved = writeUnsavedCopy;
  const onVisibility = () => {
    if (document.visibilityState === 'visible') {
      session?.autosaver.retryNow();
      return;
    }
    writeUnsavedCopy();
    void flush();
  };
  const onPageHide = () => {
    writeUnsavedCopy();
    void flush();
  };
  // Back in front of the user: a save that failed (full disk, storage away) is tried again now.
  const onFocus = () => session?.autosaver.retryNow();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('focus', onFocus);

  running = {
    viewportChanged: (next) => {
      viewport = next;
      session?.autosaver.schedule(useEditor.getState().journey, viewport, journal.source());
    },
    flush,
    open,
    openFinished: (id) => {
      if (opening !== id) return;
      opening = null;
      void finishedOpening(db, tabId, id).catch(() => undefined);
    },
    reloadPage: () => {
      writeUnsavedCopy();
      location.reload();
    },
    useTheirs: async () => {
      const status = usePersistence.getState().status;
      if (status.state !== 'conflict' || !session) return;
      session.autosaver.discardPending();
      void journal.discard(session.journeyId).catch(() => undefined);
      if (status.theirs) {
        session.tracker.setRevision(status.theirs.meta.revision);
        showInEditor(status.theirs.journey, status.theirs.viewport ?? null, status.theirs.meta.revision);
        usePersistence.setState({ status: { state: 'saved', savedAt: null } });
      }
    },
    keepMineAsCopy: () => {
      const status = usePersistence.getState().status;
      if (status.state !== 'conflict' || !session) return;
      session.autosaver.discardPending();
      const mine = useEditor.getState().journey;
      // A new id makes the subscription give it its own library entry; the old journal goes once the copy is stored.
      useEditor.getState().loadJourney({ ...mine, id: newId('journey'), name: `${mine.name} (my copy)` });
      void enqueue(() => journal.discard(mine.id));
    },
    stop: () => {
      unsubscribeEditor();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('focus', onFocus);
      stopWatchingTabs();
      channel?.close();
      void closeSession();
      running = null;
    },
  };
  return running;
}
