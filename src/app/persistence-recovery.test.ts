// @vitest-environment node
/**
 * What start-up and a running tab do about other tabs' leftovers: a crashed tab's last edits,
 * a journey whose opening never finished, one too large to open; and saving that resumes by
 * itself when storage comes back.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPersistence, usePersistence, type Persistence, type PersistenceOptions } from './persistence';
import type { TabPresence } from './tab-presence';
import { useEditor } from '../store/editor';
import { JourneyDesignerDB } from '../db/database';
import { createJourney, getJourney, listJourneys, saveJourney } from '../db/journeys';
import { markOpening } from '../db/settings';
import { uniqueName } from '../db/testing';
import { generateJourney } from '../../bench/canvas/generate';

const listeners = new Map<string, () => void>();
const target = {
  addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  removeEventListener: (type: string) => listeners.delete(type),
};
vi.stubGlobal('document', { ...target, visibilityState: 'visible' });
vi.stubGlobal('window', target);

/** Tabs as the test says: `alive` are open, any other is gone; `close(id)` makes one go. */
function tabs(alive: string[]) {
  const open = new Set(alive);
  const waiting = new Map<string, () => Promise<void>>();
  const presence = (tabId: string): TabPresence => ({
    tabId,
    isGone: async (other) => !open.has(other),
    whenGone: (other, then) => {
      waiting.set(other, then);
      return () => waiting.delete(other);
    },
  });
  const close = async (tabId: string) => {
    open.delete(tabId);
    await waiting.get(tabId)?.();
  };
  return { presence, close };
}

const running: Persistence[] = [];
afterEach(() => {
  for (const p of running.splice(0)) p.stop();
});

async function start(db: JourneyDesignerDB, options: PersistenceOptions): Promise<Persistence> {
  const p = await startPersistence(db, { delayMs: 60_000, ...options });
  running.push(p);
  p.openFinished(useEditor.getState().journey.id);
  return p;
}

/** The tab dies: no flush, no unload — its connection simply goes. */
function crash(db: JourneyDesignerDB, p: Persistence) {
  db.close();
  p.stop();
  running.splice(running.indexOf(p), 1);
}

describe('after a crash', () => {
  it('puts the crashed tab’s last edits back at the next start', async () => {
    const name = uniqueName();
    const { presence } = tabs(['tab-b']);
    const first = new JourneyDesignerDB(name);
    const a = await start(first, { presence: presence('tab-a') });
    const journeyId = useEditor.getState().journey.id;
    useEditor.getState().renameJourney('Renamed just before the crash');
    useEditor.getState().addNode('note', { x: 0, y: 0 });
    await vi.waitFor(async () => expect(await first.journal.count()).toBe(2));
    crash(first, a);

    useEditor.getState().newJourney();
    const db = new JourneyDesignerDB(name);
    await start(db, { presence: presence('tab-b') });
    expect(useEditor.getState().journey).toMatchObject({ id: journeyId, name: 'Renamed just before the crash' });
    expect((await getJourney(db, journeyId))?.journey.nodes.filter((n) => n.kind === 'note')).toHaveLength(1);
    expect(useEditor.getState().notice?.text).toMatch(/last edits .* are back/);
    expect(await db.journal.count()).toBe(0);
  });

  it('leaves a live tab’s edits alone, and takes them over when that tab goes', async () => {
    const name = uniqueName();
    const { presence, close } = tabs(['tab-a', 'tab-b']);
    const dbA = new JourneyDesignerDB(name);
    const a = await start(dbA, { presence: presence('tab-a') });
    const journeyId = useEditor.getState().journey.id;
    useEditor.getState().renameJourney('Made in tab A');
    await vi.waitFor(async () => expect(await dbA.journal.count()).toBe(1));

    // Tab A hangs (its page is still open, so it still holds its presence); this test's tabs
    // share one editor store, so A's persistence is stopped first.
    crash(dbA, a);
    // Tab B starts while A is still open: A's edit is A's business.
    const dbB = new JourneyDesignerDB(name);
    await start(dbB, { presence: presence('tab-b') });
    expect((await getJourney(dbB, journeyId))?.journey.name).not.toBe('Made in tab A');
    // A went away without saving: B puts its edit into the journey, and shows it.
    await close('tab-a');
    expect((await getJourney(dbB, journeyId))?.journey.name).toBe('Made in tab A');
    await vi.waitFor(() => expect(useEditor.getState().journey.name).toBe('Made in tab A'));
  });

  it('keeps as a copy — never over the journey — edits another tab’s save has replaced since', async () => {
    const name = uniqueName();
    const { presence } = tabs(['tab-b']);
    const first = new JourneyDesignerDB(name);
    const a = await start(first, { presence: presence('tab-a') });
    const journeyId = useEditor.getState().journey.id;
    useEditor.getState().renameJourney('Mine');
    await vi.waitFor(async () => expect(await first.journal.count()).toBe(1));
    const stored = await getJourney(first, journeyId);
    await saveJourney(first, { ...stored!.journey, name: 'Theirs' }, stored!.viewport, stored!.meta.revision);
    crash(first, a);

    const db = new JourneyDesignerDB(name);
    await start(db, { presence: presence('tab-b') });
    expect((await getJourney(db, journeyId))?.journey.name).toBe('Theirs');
    expect((await listJourneys(db)).map((m) => m.name)).toContain('Mine (recovered)');
    expect(useEditor.getState().notice?.text).toMatch(/kept as “Mine \(recovered\)”/);
  });
});

describe('journeys that would lock the user out', () => {
  it('does not open by itself a journey whose last opening did not finish, and says so', async () => {
    const name = uniqueName();
    const db = new JourneyDesignerDB(name);
    const { presence } = tabs(['tab-b']);
    await start(db, { presence: presence('tab-a') });
    const journeyId = useEditor.getState().journey.id;
    running.pop()!.stop();
    // Tab A began opening it again and never finished (it froze, then was killed).
    await markOpening(db, 'tab-a', journeyId);

    const p = await startPersistence(db, { presence: presence('tab-b') });
    running.push(p);
    expect(usePersistence.getState().notOpened).toMatchObject({ id: journeyId, reason: 'unfinished' });
    expect(useEditor.getState().journey.id).not.toBe(journeyId);
    expect(useEditor.getState().journey.nodes).toEqual([]);
    // Until the user opens it and it finishes, every start shows the library instead.
    running.pop()!.stop();
    await start(db, { presence: presence('tab-c') });
    expect(usePersistence.getState().notOpened).toMatchObject({ id: journeyId, reason: 'unfinished' });
    expect(await running[0]!.open(journeyId)).toBe(true);
    running[0]!.openFinished(journeyId);
    await vi.waitFor(async () => expect(await db.settings.where('key').startsWith('unfinished:').count()).toBe(0));
    running.pop()!.stop();
    await start(db, { presence: presence('tab-d') });
    expect(useEditor.getState().journey.id).toBe(journeyId);
    expect(usePersistence.getState().notOpened).toBeNull();
  });

  it('does not open a journey over the size limit, neither at start nor when asked', async () => {
    const db = new JourneyDesignerDB(uniqueName());
    const { journey } = generateJourney(5100, 5200);
    await createJourney(db, journey);
    await db.settings.put({ key: 'lastOpenedJourneyId', value: journey.id });
    const p = await start(db, { presence: tabs([]).presence('tab-a') });
    expect(usePersistence.getState().notOpened).toMatchObject({ id: journey.id, reason: 'too-large', nodeCount: 5100 });
    expect(usePersistence.getState().notOpened?.detail).toMatch(/5,100 nodes.*up to 5,000/);
    expect(await p.open(journey.id)).toBe(false);
    expect(useEditor.getState().journey.nodes).toEqual([]);
  });
});

describe('a full disk', () => {
  it('saves by itself once space is back, and at once when the page comes back into view', async () => {
    const db = new JourneyDesignerDB(uniqueName());
    const p = await start(db, { delayMs: 10, retryDelaysMs: [60_000], presence: tabs([]).presence('tab-a') });
    const journeyId = useEditor.getState().journey.id;
    const full = vi.spyOn(db.journeyContents, 'put').mockImplementation(() => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    useEditor.getState().renameJourney('Kept through a full disk');
    await vi.waitFor(() => expect(usePersistence.getState().status).toMatchObject({ state: 'error', retrying: true }));
    expect(useEditor.getState().journey.name).toBe('Kept through a full disk');
    // Space comes back; the user returns to the tab.
    full.mockRestore();
    listeners.get('focus')?.();
    await vi.waitFor(() => expect(usePersistence.getState().status.state).toBe('saved'));
    expect((await getJourney(db, journeyId))?.journey.name).toBe('Kept through a full disk');
    await p.flush();
  });
});
