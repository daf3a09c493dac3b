/**
 * Files in and out of the library: import a journey file, export one, back up the whole
 * library and restore a backup. Validation is io/'s; this module only writes what io/ accepted,
 * each in one transaction — a failed import leaves the database exactly as it was.
 */
import { newId } from '../model/factory';
import { exportLibraryFile, importLibraryFile, planRestore, type LibraryJourney, type LibrarySnapshot, type OnExisting, type RestoreReport } from '../io/backup';
import { exportJourneyFile, importJourneyFile, type ExportOptions, type ImportOptions, type JourneyDocument } from '../io/journey-file';
import type { Problem } from '../io/safe-json';
import type { Journey } from '../model/journey';
import { journeySizeProblem } from '../model/limits';
import type { JourneyDesignerDB, JourneyMeta } from './database';
import { toStorageError, withStorage } from './errors';
import { addJourney, getJourney, normalizeStored } from './journeys';

export type LibraryImportResult =
  | { ok: true; meta: JourneyMeta; warnings: Problem[]; /** Set when the file's id was taken and the journey came in as a copy. */ copiedFrom?: string }
  | { ok: false; problems: Problem[] };

/** Splits a file's journey into the model's journey and the library's tags. */
function fromDocument(doc: JourneyDocument): { journey: Journey; tags: string[] } {
  const { tags, ...journey } = doc;
  return { journey, tags };
}

/**
 * Imports a journey file into the library. A journey whose id is already there (even in the
 * bin) comes in as a copy with a new id — an import never replaces anything. Never throws.
 */
export async function importIntoLibrary(db: JourneyDesignerDB, text: string, options: ImportOptions = {}): Promise<LibraryImportResult> {
  const read = importJourneyFile(text, options);
  if (!read.ok) return read;
  return addImportedJourney(db, read);
}

/**
 * The second half of an import: a file the reader accepted (perhaps in a worker) written as a
 * new library entry, or as a copy when its id is taken. Never throws.
 */
export async function addImportedJourney(db: JourneyDesignerDB, read: { journey: JourneyDocument; warnings: Problem[] }): Promise<LibraryImportResult> {
  const { journey, tags } = fromDocument(read.journey);
  try {
    return await db.transaction('rw', db.journeys, db.journeyContents, async (): Promise<LibraryImportResult> => {
      if ((await db.journeys.get(journey.id)) === undefined) {
        return { ok: true, meta: await addJourney(db, journey, { tags }), warnings: read.warnings };
      }
      const copy = { ...journey, id: newId('journey'), name: `${journey.name} (copy)` };
      return { ok: true, meta: await addJourney(db, copy, { tags }), warnings: read.warnings, copiedFrom: journey.id };
    });
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: toStorageError(error).userMessage }] };
  }
}

/** A stored journey as the text of a journey file, with its tags; null when there is no such journey. */
export async function exportStoredJourney(db: JourneyDesignerDB, id: string, options: ExportOptions = {}): Promise<string | null> {
  const stored = await getJourney(db, id);
  return stored ? exportJourneyFile({ ...stored.journey, tags: stored.meta.tags }, options) : null;
}

/** The whole library (not the bin) with every snapshot, as the text of a backup file. */
export async function exportLibrary(db: JourneyDesignerDB, options: ExportOptions = {}): Promise<string> {
  const { journeys, snapshots } = await withStorage(() =>
    db.transaction('r', db.journeys, db.journeyContents, db.snapshots, async () => {
      const metas = (await db.journeys.toArray()).filter((m) => m.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      const contents = await db.journeyContents.bulkGet(metas.map((m) => m.id));
      const kept = new Set(metas.map((m) => m.id));
      const journeys: LibraryJourney[] = metas.flatMap((meta, i) => {
        const content = contents[i];
        if (!content) return [];
        return [{ journey: { ...normalizeStored(content.journey, meta.id), tags: meta.tags }, viewport: content.viewport, createdAt: iso(meta.createdAt), updatedAt: iso(meta.updatedAt) }];
      });
      const snapshots: LibrarySnapshot[] = (await db.snapshots.toArray())
        .filter((s) => kept.has(s.journeyId))
        .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
        .map((s) => ({ id: s.id, journeyId: s.journeyId, name: s.name, createdAt: iso(s.createdAt), journey: normalizeStored(s.journey, s.journeyId) }));
      return { journeys, snapshots };
    }),
  );
  return exportLibraryFile({ journeys, snapshots }, options);
}

const iso = (ms: number) => new Date(ms).toISOString();

export type RestoreResult = { ok: true; report: RestoreReport; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Merges a backup into the library without overwriting anything: journeys whose id exists
 * are skipped or come in as copies (`onExisting`); the report says what was added and skipped.
 * All or nothing, and never throws.
 */
export async function restoreLibrary(db: JourneyDesignerDB, text: string, options: { onExisting?: OnExisting; newId?: (prefix: string) => string } & ImportOptions = {}): Promise<RestoreResult> {
  const { onExisting = 'skip', newId: makeId = newId, ...readOptions } = options;
  const read = importLibraryFile(text, readOptions);
  if (!read.ok) return read;
  // Journeys too large to open are left out, and said so; their snapshots go with them.
  const tooLarge = read.library.journeys.flatMap((entry) => {
    const reason = journeySizeProblem({ nodeCount: entry.journey.nodes.length, edgeCount: entry.journey.edges.length });
    return reason ? [{ id: entry.journey.id, name: entry.journey.name, reason: `too large to open — ${reason}` }] : [];
  });
  const left = new Set(tooLarge.map((t) => t.id));
  const library = { ...read.library, journeys: read.library.journeys.filter((entry) => !left.has(entry.journey.id)) };
  try {
    return await db.transaction('rw', db.journeys, db.journeyContents, db.snapshots, async (): Promise<RestoreResult> => {
      const journeyIds = new Set((await db.journeys.toCollection().primaryKeys()) as string[]);
      const snapshotIds = new Set((await db.snapshots.toCollection().primaryKeys()) as string[]);
      const plan = planRestore(library, { journeyIds, snapshotIds }, { onExisting, newId: makeId });
      plan.report.skipped.unshift(...tooLarge);
      for (const entry of plan.journeys) {
        const { journey, tags } = fromDocument(entry.journey);
        await addJourney(db, journey, { tags, viewport: entry.viewport, createdAt: Date.parse(entry.createdAt), updatedAt: Date.parse(entry.updatedAt) });
      }
      await db.snapshots.bulkAdd(plan.snapshots.map((s) => ({ ...s, createdAt: Date.parse(s.createdAt) })));
      return { ok: true, report: plan.report, warnings: read.warnings };
    });
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: toStorageError(error).userMessage }] };
  }
}
