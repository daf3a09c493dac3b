/**
 * The journey library: list, open, create, save (with conflict detection between tabs),
 * rename, tag, duplicate, delete to the bin and back. Plain async functions taking the db;
 * every failure rejects with a StorageError.
 */
import { Journey } from '../model/journey';
import { newId } from '../model/factory';
import { DEFAULT_VIEWPORT } from '../io/backup';
import { utf8ByteLength } from '../io/safe-json';
import type { JourneyDesignerDB, JourneyMeta, Viewport } from './database';
import { StorageError, withStorage } from './errors';

/** A journey as the editor opens it. */
export interface StoredJourney {
  meta: JourneyMeta;
  journey: Journey;
  viewport: Viewport;
}

/**
 * A save either landed (and the journey is now at `revision`) or found that someone else —
 * another tab — wrote first: `theirs` is what is stored now, or null when it was deleted.
 */
export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: { theirs: StoredJourney | null } };

export type JourneySort = 'updatedAt' | 'name';

export interface ListOptions {
  /** `updatedAt`: most recently edited first (default). `name`: alphabetical. */
  sort?: JourneySort;
  /** Matches any part of the name, or the start of a tag; case-insensitive. */
  search?: string;
}

/** The facts the library derives from a journey's contents. */
export function describeJourney(journey: Journey): Pick<JourneyMeta, 'name' | 'description' | 'nodeCount' | 'edgeCount' | 'size'> {
  return {
    name: journey.name,
    description: journey.description,
    nodeCount: journey.nodes.length,
    edgeCount: journey.edges.length,
    size: utf8ByteLength(JSON.stringify(journey)),
  };
}

/** The journeys in the library (not in the bin), sorted and filtered. */
export function listJourneys(db: JourneyDesignerDB, options: ListOptions = {}): Promise<JourneyMeta[]> {
  return withStorage(async () => {
    const all = await db.journeys.toArray();
    const query = options.search?.trim().toLocaleLowerCase() ?? '';
    const found = all.filter(
      (m) => m.deletedAt === undefined && (query === '' || m.name.toLocaleLowerCase().includes(query) || m.tags.some((t) => t.toLocaleLowerCase().startsWith(query))),
    );
    return options.sort === 'name'
      ? found.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id))
      : found.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
  });
}

/** Journeys in the bin, most recently deleted first. */
export function listDeletedJourneys(db: JourneyDesignerDB): Promise<JourneyMeta[]> {
  return withStorage(async () => {
    const deleted = await db.journeys.where('deletedAt').above(-Infinity).toArray();
    return deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  });
}

/** A journey's metadata alone (cheap, whatever its size), or null when there is none or it is in the bin. */
export function getJourneyMeta(db: JourneyDesignerDB, id: string): Promise<JourneyMeta | null> {
  return withStorage(async () => {
    const meta = await db.journeys.get(id);
    return meta && meta.deletedAt === undefined ? meta : null;
  });
}

/** A journey with its metadata and viewport, or null when there is none with that id (or it is in the bin). */
export function getJourney(db: JourneyDesignerDB, id: string): Promise<StoredJourney | null> {
  return withStorage(() => db.transaction('r', db.journeys, db.journeyContents, () => readStored(db, id)));
}

async function readStored(db: JourneyDesignerDB, id: string): Promise<StoredJourney | null> {
  const [meta, content] = await Promise.all([db.journeys.get(id), db.journeyContents.get(id)]);
  if (!meta || !content || meta.deletedAt !== undefined) return null;
  return { meta, journey: normalizeStored(content.journey, id), viewport: content.viewport };
}

/**
 * Stored journeys go through the schema on the way in too, so a journey saved before the
 * model gained a field comes back with that field's default.
 */
export function normalizeStored(stored: unknown, id: string): Journey {
  const parsed = Journey.safeParse(stored);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new StorageError('corrupt', `journey ${id}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`);
  }
  return parsed.data;
}

export interface CreateOptions {
  viewport?: Viewport;
  tags?: string[];
  /** Keep these timestamps (restoring a backup); otherwise now. */
  createdAt?: number;
  updatedAt?: number;
}

/** Adds a journey to the library under its own id; rejects with kind `exists` when the id is taken. */
export function createJourney(db: JourneyDesignerDB, journey: Journey, options: CreateOptions = {}): Promise<JourneyMeta> {
  return withStorage(() => db.transaction('rw', db.journeys, db.journeyContents, () => addJourney(db, journey, options)));
}

/** The body of createJourney, for callers already inside a transaction over journeys and journeyContents. */
export async function addJourney(db: JourneyDesignerDB, journey: Journey, options: CreateOptions = {}): Promise<JourneyMeta> {
  const now = db.clock();
  const meta: JourneyMeta = {
    id: journey.id,
    ...describeJourney(journey),
    tags: options.tags ?? [],
    createdAt: options.createdAt ?? now,
    updatedAt: options.updatedAt ?? now,
    revision: 1,
  };
  await db.journeys.add(meta);
  await db.journeyContents.add({ id: journey.id, journey, viewport: options.viewport ?? DEFAULT_VIEWPORT });
  return meta;
}

/** The editor tab and journal entry a save comes from: entries up to `seq` are in it and are deleted with it. */
export interface SaveSource {
  tabId: string;
  seq: number;
}

/**
 * Writes the editor's journey — but only if the stored revision is still the one the editor
 * loaded (`expectedRevision`). Otherwise nothing is written and the stored version comes back
 * as a conflict: two tabs editing one journey never silently overwrite each other. With `from`,
 * the tab's journal entries up to `from.seq` are folded in: deleted in the same transaction.
 */
export function saveJourney(db: JourneyDesignerDB, journey: Journey, viewport: Viewport, expectedRevision: number, from?: SaveSource): Promise<SaveResult> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.journeyContents, db.journal, async (): Promise<SaveResult> => {
      const meta = await db.journeys.get(journey.id);
      if (!meta || meta.deletedAt !== undefined) return { ok: false, conflict: { theirs: null } };
      if (meta.revision !== expectedRevision) return { ok: false, conflict: { theirs: await readStored(db, journey.id) } };
      const revision = meta.revision + 1;
      await db.journeys.put({ ...withoutSource(meta), ...describeJourney(journey), updatedAt: db.clock(), revision, ...(from ? { savedFrom: { tabId: from.tabId, seq: from.seq } } : {}) });
      await db.journeyContents.put({ id: journey.id, journey, viewport });
      if (from) await db.journal.where('[tabId+journeyId+seq]').between([from.tabId, journey.id, -Infinity], [from.tabId, journey.id, from.seq], true, true).delete();
      return { ok: true, revision };
    }),
  );
}

/** Metadata without the note of which tab wrote it: for writes that do not come from an editor's autosave. */
export function withoutSource(meta: JourneyMeta): JourneyMeta {
  const { savedFrom: _, ...rest } = meta;
  return rest;
}

/**
 * A save function for the autosaver that remembers the revision it last wrote.
 * After a conflict the app decides: "keep mine" → `setRevision(theirs.meta.revision)` then
 * flush; "use theirs" → load theirs into the editor and `setRevision` likewise.
 */
export function revisionTrackingSave(db: JourneyDesignerDB, revision: number) {
  let current = revision;
  return {
    save: async (journey: Journey, viewport: Viewport, from?: SaveSource): Promise<SaveResult> => {
      const result = await saveJourney(db, journey, viewport, current, from);
      if (result.ok) current = result.revision;
      return result;
    },
    revision: () => current,
    setRevision: (next: number) => {
      current = next;
    },
  };
}

/** Applies a change to a stored journey's contents and metadata in one step, bumping its revision. */
async function updateStored(db: JourneyDesignerDB, id: string, change: (journey: Journey, meta: JourneyMeta) => { journey: Journey; meta?: Partial<JourneyMeta> }): Promise<JourneyMeta> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.journeyContents, async () => {
      const stored = await readStored(db, id);
      if (!stored) throw new StorageError('not-found', `journey ${id}`);
      const next = change(stored.journey, stored.meta);
      const meta: JourneyMeta = { ...withoutSource(stored.meta), ...next.meta, ...describeJourney(next.journey), updatedAt: db.clock(), revision: stored.meta.revision + 1 };
      await db.journeys.put(meta);
      await db.journeyContents.put({ id, journey: next.journey, viewport: stored.viewport });
      return meta;
    }),
  );
}

/** Renames a journey from the library. An editor open on it in another tab will see a conflict. */
export function renameJourney(db: JourneyDesignerDB, id: string, name: string): Promise<JourneyMeta> {
  return updateStored(db, id, (journey) => ({ journey: { ...journey, name } }));
}

/** Files a journey under these tags (trimmed, without duplicates or empties). */
export function setJourneyTags(db: JourneyDesignerDB, id: string, tags: readonly string[]): Promise<JourneyMeta> {
  const clean = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
  return updateStored(db, id, (journey) => ({ journey, meta: { tags: clean } }));
}

/** Longest tag kept; a tag is a label on a library row, not a description. */
export const MAX_TAG_LENGTH = 40;

/** A tag as the library keeps it: trimmed, inner spaces collapsed, at most MAX_TAG_LENGTH characters. Empty means none. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
}

/**
 * Adds a tag to a journey (a tag differing only in case from one it has is not added twice).
 * Unlike setJourneyTags this changes neither the revision nor "last edited": tags live only in
 * the metadata, which every save merges rather than replaces, so no editor can overwrite them —
 * and a new revision would make the editor open on this journey, in this very tab, report a
 * conflict. The read and the write share a transaction, so two tabs tagging at once both land.
 */
export function addJourneyTag(db: JourneyDesignerDB, id: string, tag: string): Promise<JourneyMeta> {
  const clean = normalizeTag(tag);
  return changeTags(db, id, (tags) => (clean === '' || tags.some((t) => sameTag(t, clean)) ? tags : [...tags, clean]));
}

/** Takes a tag off a journey (case-insensitively); like addJourneyTag it leaves the revision alone. */
export function removeJourneyTag(db: JourneyDesignerDB, id: string, tag: string): Promise<JourneyMeta> {
  const clean = normalizeTag(tag);
  return changeTags(db, id, (tags) => tags.filter((t) => !sameTag(t, clean)));
}

const sameTag = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function changeTags(db: JourneyDesignerDB, id: string, change: (tags: string[]) => string[]): Promise<JourneyMeta> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, async () => {
      const meta = await db.journeys.get(id);
      if (!meta || meta.deletedAt !== undefined) throw new StorageError('not-found', `journey ${id}`);
      const tags = change(meta.tags);
      if (tags === meta.tags) return meta;
      const next = { ...meta, tags };
      await db.journeys.put(next);
      return next;
    }),
  );
}

/** A copy of a journey under a new id, named "… (copy)"; snapshots stay with the original. */
export function duplicateJourney(db: JourneyDesignerDB, id: string, name?: string): Promise<JourneyMeta> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, db.journeyContents, async () => {
      const stored = await readStored(db, id);
      if (!stored) throw new StorageError('not-found', `journey ${id}`);
      const copy: Journey = { ...structuredClone(stored.journey), id: newId('journey'), name: name ?? `${stored.journey.name} (copy)` };
      return addJourney(db, copy, { viewport: stored.viewport, tags: [...stored.meta.tags] });
    }),
  );
}

/** Moves a journey to the bin; restoreDeletedJourney brings it back until it is purged. */
export function deleteJourney(db: JourneyDesignerDB, id: string): Promise<void> {
  return withStorage(async () => {
    const changed = await db.journeys.where('id').equals(id).and((m) => m.deletedAt === undefined).modify({ deletedAt: db.clock() });
    if (changed === 0) throw new StorageError('not-found', `journey ${id}`);
  });
}

/** Takes a journey out of the bin (undo of deleteJourney). */
export function restoreDeletedJourney(db: JourneyDesignerDB, id: string): Promise<JourneyMeta> {
  return withStorage(() =>
    db.transaction('rw', db.journeys, async () => {
      const meta = await db.journeys.get(id);
      if (!meta || meta.deletedAt === undefined) throw new StorageError('not-found', `journey ${id} in the bin`);
      // Same revision: the contents did not change, so a tab still editing it can go on saving.
      const { deletedAt: _, ...restored } = meta;
      await db.journeys.put(restored);
      return restored;
    }),
  );
}

export const BIN_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** Deletes for good the journeys in the bin for longer than `olderThanMs`, with their snapshots and results. Returns how many. */
export function purgeDeletedJourneys(db: JourneyDesignerDB, olderThanMs: number = BIN_RETENTION_MS): Promise<number> {
  return withStorage(() =>
    db.transaction('rw', [db.journeys, db.journeyContents, db.snapshots, db.results, db.journal], async () => {
      const ids = (await db.journeys.where('deletedAt').belowOrEqual(db.clock() - olderThanMs).primaryKeys()) as string[];
      if (ids.length === 0) return 0;
      await db.journeys.bulkDelete(ids);
      await db.journeyContents.bulkDelete(ids);
      await db.snapshots.where('journeyId').anyOf(ids).delete();
      await db.results.where('journeyId').anyOf(ids).delete();
      const purged = new Set(ids);
      await db.journal.filter((entry) => purged.has(entry.journeyId)).delete();
      return ids.length;
    }),
  );
}
