import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJourney as newJourney } from '../model/factory';
import type { Journey } from '../model/journey';
import { createAutosaver, type AutosaveStatus, type AutosaveTimers } from './autosave';
import { StorageError } from './errors';
import { createJourney, getJourney, revisionTrackingSave, type SaveResult } from './journeys';
import { freshDb } from './testing';

const viewport = { x: 0, y: 0, zoom: 1 };
const version = (name: string): Journey => newJourney(name, 'j');

/** A save whose calls wait until the test settles them, recording what was written and how many ran at once. */
function controlledSave() {
  const calls: { name: string; settle: (r: SaveResult | Error) => void }[] = [];
  let running = 0;
  let maxRunning = 0;
  const save = vi.fn(
    (journey: Journey) =>
      new Promise<SaveResult>((resolve, reject) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        calls.push({
          name: journey.name,
          settle: (r) => {
            running--;
            if (r instanceof Error) reject(r);
            else resolve(r);
          },
        });
      }),
  );
  return { save, calls, maxRunning: () => maxRunning, written: () => calls.map((c) => c.name) };
}

const ok = (revision = 2): SaveResult => ({ ok: true, revision });

function track(saver: { subscribe: (l: (s: AutosaveStatus) => void) => () => void }) {
  const states: string[] = [];
  saver.subscribe((s) => states.push(s.state === 'error' ? `error: ${s.message}` : s.state));
  return states;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('debounces: several edits within the pause become one write of the latest state', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 400 });
    const states = track(saver);
    saver.schedule(version('a'), viewport);
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(version('b'), viewport);
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(version('c'), viewport);
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(written()).toEqual(['c']);
    expect(saver.hasUnsavedChanges()).toBe(true);
    calls[0]!.settle(ok());
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toEqual({ state: 'saved', savedAt: Date.now() });
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect(states).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);
  });

  it('keeps at most one write in flight; the latest state wins when it lands', async () => {
    const { save, calls, written, maxRunning } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100 });
    saver.schedule(version('a'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    saver.schedule(version('b'), viewport);
    saver.schedule(version('c'), viewport);
    await vi.advanceTimersByTimeAsync(500);
    expect(written()).toEqual(['a']);
    expect(saver.getStatus().state).toBe('saving');
    calls[0]!.settle(ok(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(written()).toEqual(['a', 'c']);
    calls[1]!.settle(ok(3));
    await vi.advanceTimersByTimeAsync(1000);
    expect(written()).toEqual(['a', 'c']);
    expect(maxRunning()).toBe(1);
    expect(saver.getStatus().state).toBe('saved');
  });

  it('lets edits made during a write wait for their own pause', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100 });
    saver.schedule(version('a'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(50);
    saver.schedule(version('b'), viewport);
    calls[0]!.settle(ok());
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus().state).toBe('pending');
    expect(written()).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(100);
    expect(written()).toEqual(['a', 'b']);
  });

  it('flush writes at once, waits for a write in flight, and then for the latest state', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 10_000 });
    saver.schedule(version('a'), viewport);
    const first = saver.flush();
    expect(written()).toEqual(['a']);
    saver.schedule(version('b'), viewport);
    const second = saver.flush();
    calls[0]!.settle(ok());
    await vi.advanceTimersByTimeAsync(0);
    expect(written()).toEqual(['a', 'b']);
    calls[1]!.settle(ok());
    expect(await first).toMatchObject({ state: 'saved' });
    expect(await second).toMatchObject({ state: 'saved' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the edits when a write fails, and writes them again by itself after a pause that grows', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100, retryDelaysMs: [1000, 4000] });
    const states = track(saver);
    saver.schedule(version('a'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.settle(new StorageError('quota'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toEqual({
      state: 'error',
      message: "Your browser's storage is full — your edits are kept in this tab; export the journey to keep a copy.",
      retrying: true,
    });
    expect(saver.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(written()).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(written()).toEqual(['a', 'a']);
    // Still full: the next try waits longer, and then again as long (the last pause repeats).
    calls[1]!.settle(new StorageError('quota'));
    await vi.advanceTimersByTimeAsync(3999);
    expect(written()).toEqual(['a', 'a']);
    await vi.advanceTimersByTimeAsync(1);
    calls[2]!.settle(new StorageError('quota'));
    await vi.advanceTimersByTimeAsync(4000);
    expect(written()).toEqual(['a', 'a', 'a', 'a']);
    // Space came back: saved, with nothing pressed.
    calls[3]!.settle(ok());
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus().state).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    expect(states.filter((s) => s === 'saving')).toHaveLength(4);
    expect(states.at(-1)).toBe('saved');
  });

  it('a new edit after a failure is written after its own pause, and the next failure waits longer', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100, retryDelaysMs: [1000, 4000] });
    saver.schedule(version('a'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.settle(new StorageError('quota'));
    await vi.advanceTimersByTimeAsync(0);
    saver.schedule(version('b'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    expect(written()).toEqual(['a', 'b']);
    calls[1]!.settle(new StorageError('quota'));
    await vi.advanceTimersByTimeAsync(3999);
    expect(written()).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(1);
    expect(written()).toEqual(['a', 'b', 'b']);
  });

  it('tries again at once when asked (the page came back into view), and not after an upgrade elsewhere', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100 });
    saver.schedule(version('a'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    calls[0]!.settle(new StorageError('unavailable'));
    await vi.advanceTimersByTimeAsync(0);
    saver.retryNow();
    expect(written()).toEqual(['a', 'a']);
    calls[1]!.settle(new StorageError('version'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toMatchObject({ state: 'error', retrying: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(written()).toEqual(['a', 'a']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('retries the failed state itself on flush, and reports a message for unexpected errors', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save });
    saver.schedule(version('a'), viewport);
    const failing = saver.flush();
    calls[0]!.settle(new TypeError('boom'));
    expect(await failing).toEqual({ state: 'error', message: expect.stringMatching(/could not be saved.*kept in this tab/), retrying: true });
    const retry = saver.flush();
    expect(written()).toEqual(['a', 'a']);
    calls[1]!.settle(ok());
    expect(await retry).toMatchObject({ state: 'saved' });
  });

  it('stops on a conflict without losing edits; flush tries again, discardPending gives up mine', async () => {
    const { save, calls, written } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100 });
    saver.schedule(version('mine'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    const theirs = { meta: {} as never, journey: version('theirs'), viewport };
    calls[0]!.settle({ ok: false, conflict: { theirs } });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toEqual({ state: 'conflict', theirs });
    saver.schedule(version('mine 2'), viewport);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written()).toEqual(['mine']);
    expect(saver.getStatus().state).toBe('conflict');
    expect(saver.hasUnsavedChanges()).toBe(true);
    // "Keep mine": the app adopts their revision in its save function, then flushes.
    const kept = saver.flush();
    expect(written()).toEqual(['mine', 'mine 2']);
    calls[1]!.settle(ok(5));
    expect(await kept).toMatchObject({ state: 'saved' });

    saver.schedule(version('again'), viewport);
    await vi.advanceTimersByTimeAsync(100);
    calls[2]!.settle({ ok: false, conflict: { theirs: null } });
    await vi.advanceTimersByTimeAsync(0);
    saver.discardPending();
    expect(saver.getStatus().state).toBe('saved');
    expect(saver.hasUnsavedChanges()).toBe(false);
  });

  it('unsubscribes listeners, and dispose clears its timer', async () => {
    const { save } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100 });
    const seen: string[] = [];
    const stop = saver.subscribe((s) => seen.push(s.state));
    saver.schedule(version('a'), viewport);
    stop();
    saver.schedule(version('b'), viewport);
    expect(seen).toEqual(['pending']);
    saver.dispose();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).not.toHaveBeenCalled();
  });

  it('imports nothing from React, zustand or Dexie, and only types from the repositories', () => {
    const source = readFileSync(join(import.meta.dirname, 'autosave.ts'), 'utf8');
    const imports = [...source.matchAll(/^import (type )?.* from '([^']+)';$/gm)].map((m) => `${m[1] ?? ''}${m[2]}`);
    expect(imports).toEqual(['type ../model/journey', 'type ./database', './errors', 'type ./journeys']);
  });

  it('passes on which journal entries a write includes', async () => {
    const { save, calls } = controlledSave();
    const saver = createAutosaver({ save, delayMs: 100 });
    saver.schedule(version('a'), viewport, { tabId: 't', seq: 3 });
    saver.schedule(version('b'), viewport, { tabId: 't', seq: 4 });
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ name: 'b' }), viewport, { tabId: 't', seq: 4 });
    calls[0]!.settle(ok());
  });
});

describe('autosave with the journey repository', () => {
  it('saves through revisions, and a second tab’s stale save becomes a conflict', async () => {
    vi.useRealTimers();
    const db = freshDb();
    await createJourney(db, version('start'));
    // Timers are injected: the test fires the pause by hand, IndexedDB keeps its real scheduling.
    let fire: (() => void) | null = null;
    const timers: AutosaveTimers = { setTimeout: (cb) => (fire = cb), clearTimeout: () => (fire = null), now: () => 42 };
    const tabA = createAutosaver({ save: revisionTrackingSave(db, 1).save, timers });
    const tabB = createAutosaver({ save: revisionTrackingSave(db, 1).save, timers });

    tabA.schedule(version('from A'), viewport);
    (fire as (() => void) | null)?.();
    expect(await tabA.flush()).toEqual({ state: 'saved', savedAt: 42 });
    tabA.schedule(version('from A again'), viewport);
    expect(await tabA.flush()).toEqual({ state: 'saved', savedAt: 42 });

    tabB.schedule(version('from B'), viewport);
    const status = await tabB.flush();
    expect(status.state).toBe('conflict');
    if (status.state === 'conflict') expect(status.theirs?.journey.name).toBe('from A again');
    expect((await getJourney(db, 'j'))?.meta).toMatchObject({ name: 'from A again', revision: 3 });
    db.close();
    await db.delete();
  });
});
