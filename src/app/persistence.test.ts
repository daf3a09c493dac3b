// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPersistence, usePersistence, type Persistence } from './persistence';
import { useEditor } from '../store/editor';
import { freshDb } from '../db/testing';
import { getJourney, listJourneys, saveJourney } from '../db/journeys';
import { retailJourney } from '../samples/retail';
import type { JourneyDesignerDB } from '../db/database';

// The module listens for page hide; Node has no document, so give it a minimal one.
vi.stubGlobal('document', { addEventListener: () => undefined, removeEventListener: () => undefined, visibilityState: 'visible' });
vi.stubGlobal('window', { addEventListener: () => undefined, removeEventListener: () => undefined });

let running: Persistence | null = null;
afterEach(() => {
  running?.stop();
  running = null;
});

async function start(db: JourneyDesignerDB): Promise<Persistence> {
  running = await startPersistence(db, { delayMs: 10 });
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
    const p = await start(db);
    const id = useEditor.getState().journey.id;
    // Another tab saves first.
    const theirs = await getJourney(db, id);
    await saveJourney(db, { ...theirs!.journey, name: 'Their name' }, { x: 0, y: 0, zoom: 1 }, theirs!.meta.revision);
    useEditor.getState().renameJourney('My name');
    await p.flush();
    expect(usePersistence.getState().status.state).toBe('conflict');
    expect((await getJourney(db, id))?.journey.name).toBe('Their name');
    p.keepMineAsCopy();
    await p.flush();
    const names = (await listJourneys(db)).map((m) => m.name).sort();
    expect(names).toEqual(['My name (my copy)', 'Their name']);
  });
});
