// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPersistence, usePersistence, type Persistence } from './persistence';
import { useEditor } from '../store/editor';
import { freshDb, uniqueName } from '../db/testing';
import { getJourney, listJourneys, saveJourney } from '../db/journeys';
import { retailJourney } from '../samples/retail';
import Dexie from 'dexie';
import { JourneyDesignerDB, SCHEMA_V3 } from '../db/database';

// The module listens for page hide; Node has no document, so give it a minimal one.
vi.stubGlobal('document', { addEventListener: () => undefined, removeEventListener: () => undefined, visibilityState: 'visible' });
vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined });

let running: Persistence | null = null;
afterEach(() => {
  running?.stop();
  running = null;
});

/** Starts as the app does, and — as the editor does once it has drawn the journey — says the opening finished. */
async function start(db: JourneyDesignerDB, options: Parameters<typeof startPersistence>[1] = {}): Promise<Persistence> {
  running = await startPersistence(db, { delayMs: 10, ...options });
  running.openFinished(useEditor.getState().journey.id);
  return running;
}

describe('persistence', () => {
  it('opens the sample as the first library entry on first run', async () => {
    const db = freshDb();
    await start(db);
    expect(useEditor.getState().journey.name).toBe(retailJourney.name);
    expect((await listJourneys(db)).map((m) => m.name)).toEqual([retailJourney.name]);
  });

  it('saves every edit and reopens the last journey with it', async () => {
    const db = freshDb();
    const p = await start(db);
    const id = useEditor.getState().addNode('note', { x: 0, y: 0 });
    useEditor.getState().updateNode(id, { text: 'Ask legal' });
    p.viewportChanged({ x: 10, y: 20, zoom: 0.5 });
    await p.flush();
    expect(usePersistence.getState().status.state).toBe('saved');
    p.stop();
    useEditor.getState().newJourney();
    await start(db);
    const reopened = useEditor.getState().journey;
    expect(reopened.nodes.find((n) => n.id === id)).toMatchObject({ kind: 'note', text: 'Ask legal' });
    expect(usePersistence.getState().openedViewport?.viewport).toEqual({ x: 10, y: 20, zoom: 0.5 });
  });

  it('gives a new journey its own library entry and keeps the old one', async () => {
    const db = freshDb();
    const p = await start(db);
    useEditor.getState().newJourney();
    useEditor.getState().addNode('persona', { x: 0, y: 0 });
    await p.flush();
    const names = (await listJourneys(db)).map((m) => m.name).sort();
    expect(names).toEqual([retailJourney.name, 'Untitled journey'].sort());
    const stored = await getJourney(db, useEditor.getState().journey.id);
    expect(stored?.journey.nodes).toHaveLength(1);
  });

  it('never overwrites another tab’s save: it reports a conflict and can keep mine as a copy', async () => {
    const db = freshDb();
    // A long pause, so the other tab's save surely lands first.
    const p = await start(db, { delayMs: 60_000 });
    const id = useEditor.getState().journey.id;
    // Both tabs edit; the other tab's save lands first.
    useEditor.getState().renameJourney('My name');
    const theirs = await getJourney(db, id);
    await saveJourney(db, { ...theirs!.journey, name: 'Their name' }, { x: 0, y: 0, zoom: 1 }, theirs!.meta.revision);
    await p.flush();
    expect(usePersistence.getState().status.state).toBe('conflict');
    expect((await getJourney(db, id))?.journey.name).toBe('Their name');
    p.keepMineAsCopy();
    await p.flush();
    const names = (await listJourneys(db)).map((m) => m.name).sort();
    expect(names).toEqual(['My name (my copy)', 'Their name']);
  });

  it('shows the version another tab saved, keeping the selection, when this tab has no edits of its own', async () => {
    const db = freshDb();
    const p = await start(db);
    const { journey } = useEditor.getState();
    const persona = journey.nodes.find((n) => n.kind === 'persona')!;
    useEditor.getState().select({ nodeIds: [persona.id], edgeIds: [] });
    const otherTab = new JourneyDesignerDB(db.name);
    const stored = await getJourney(otherTab, journey.id);
    await saveJourney(otherTab, { ...stored!.journey, name: 'Renamed in the other tab' }, { x: 0, y: 0, zoom: 1 }, stored!.meta.revision);
    await vi.waitFor(() => expect(useEditor.getState().journey.name).toBe('Renamed in the other tab'));
    expect(useEditor.getState().selection.nodeIds).toEqual([persona.id]);
    expect(useEditor.getState().notice?.text).toMatch(/saved in another tab/);
    // This tab carries on from their revision: its next edit saves, no conflict.
    useEditor.getState().renameJourney('And then here');
    await p.flush();
    expect(usePersistence.getState().status.state).toBe('saved');
    expect((await getJourney(db, journey.id))?.journey.name).toBe('And then here');
    otherTab.close();
  });

  it('lets go of the library when another tab opens a newer version, and says this tab must reload', async () => {
    const db = freshDb();
    await start(db);
    expect(usePersistence.getState().outdated).toBe(false);
    const newer = new Dexie(db.name);
    newer.version(4).stores({ ...SCHEMA_V3, extra: 'id' });
    await newer.open();
    expect(usePersistence.getState().outdated).toBe(true);
    expect(db.isOpen()).toBe(false);
    newer.close();
    usePersistence.setState({ outdated: false });
  });

  it('explains a start that waits for a tab holding an older version, and opens once that tab lets go', async () => {
    const name = uniqueName();
    // An older version's tab that ignores versionchange (a hung page).
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const onBlocked = vi.fn(() => older.close());
    running = await startPersistence(new JourneyDesignerDB(name), { delayMs: 10, onBlocked });
    expect(onBlocked).toHaveBeenCalledTimes(1);
    expect(useEditor.getState().journey.name).toBe(retailJourney.name);
    expect(usePersistence.getState().status.state).toBe('saved');
  });
});
