import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import { StorageError, toStorageError } from './errors';
import { createJourney, listJourneys, saveJourney } from './journeys';
import { dumpDatabase, freshDb } from './testing';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage errors', () => {
  it.each([
    [new DOMException('quota', 'QuotaExceededError'), 'quota'],
    [Object.assign(new Dexie.AbortError('aborted'), { inner: new DOMException('full', 'QuotaExceededError') }), 'quota'],
    [new Dexie.OpenFailedError('open', new DOMException('v', 'VersionError')), 'version'],
    [new DOMException('gone', 'InvalidStateError'), 'unavailable'],
    [new Dexie.DatabaseClosedError('closed'), 'version'],
    [new Dexie.MissingAPIError('no indexedDB'), 'unavailable'],
    [new Dexie.BulkError('bulk', [new DOMException('dup', 'ConstraintError')]), 'exists'],
    [new TypeError('boom'), 'unknown'],
    ['a string', 'unknown'],
  ])('maps %s to %s with a message for the user', (error, kind) => {
    const mapped = toStorageError(error);
    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.kind).toBe(kind);
    expect(mapped.userMessage.length).toBeGreaterThan(20);
  });

  it('says what the user can do when storage is full', () => {
    expect(toStorageError(new DOMException('quota', 'QuotaExceededError')).userMessage).toBe(
      "Your browser's storage is full — your edits are kept in this tab; export the journey to keep a copy.",
    );
  });

  it('a quota failure mid-save rejects with a StorageError and leaves the stored journey untouched', async () => {
    const db = freshDb();
    await createJourney(db, sampleModelJourney());
    const before = await dumpDatabase(db);
    vi.spyOn(db.journeyContents, 'put').mockImplementation(() => Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    const error = await saveJourney(db, { ...sampleModelJourney(), name: 'Edited' }, { x: 0, y: 0, zoom: 1 }, 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StorageError', kind: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpDatabase(db)).toBe(before);
    db.close();
    await db.delete();
  });

  it('a closed database rejects with a StorageError, not a raw Dexie error', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    await expect(listJourneys(db)).rejects.toBeInstanceOf(StorageError);
    await db.delete();
  });
});
