/**
 * The library backup: every journey in the library, with its snapshots, in one file —
 *
 *   { "format": "journey-designer/library", "version": 1, "exportedAt"?: "…", "journeys": [ … ], "snapshots": [ … ] }
 *
 * and the pure half of restoring one: deciding what to add, what to copy and what to skip
 * so that nothing already in the library is overwritten. The database half is in db/library.ts.
 */
import { z } from 'zod';
import { Journey } from '../model/journey';
import { JourneyDocument, toIso } from './journey-file';
import { referenceProblems } from './journey-file-problems';
import { readFormatFile, type FileMigration, type ReadOptions } from './journey-file-reader';
import { stringifyCanonical, type Problem } from './safe-json';

export const LIBRARY_FORMAT = 'journey-designer/library';
export const LIBRARY_FILE_VERSION = 1;

/** Where the canvas was looking: pan in pixels and zoom factor, as React Flow reports them. */
export const Viewport = z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() });
export type Viewport = z.infer<typeof Viewport>;
export const DEFAULT_VIEWPORT: Viewport = { x: 0, y: 0, zoom: 1 };

export const LibraryJourney = z.object({
  journey: JourneyDocument,
  viewport: Viewport.default(DEFAULT_VIEWPORT),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LibraryJourney = z.infer<typeof LibraryJourney>;

export const LibrarySnapshot = z.object({
  id: z.string().min(1),
  journeyId: z.string().min(1),
  name: z.string(),
  createdAt: z.iso.datetime(),
  journey: Journey,
});
export type LibrarySnapshot = z.infer<typeof LibrarySnapshot>;

export const LibraryFile = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_FILE_VERSION),
  exportedAt: z.iso.datetime().optional(),
  journeys: z.array(LibraryJourney),
  snapshots: z.array(LibrarySnapshot),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

/** Version 1 is the first library format; later steps go here, oldest first. */
export const libraryFileMigrations: readonly FileMigration[] = [];

/** The library as the text of a backup file, canonical like journey files. */
export function exportLibraryFile(library: { journeys: LibraryJourney[]; snapshots: LibrarySnapshot[] }, options: { exportedAt?: Date | string } = {}): string {
  const file: LibraryFile = {
    format: LIBRARY_FORMAT,
    version: LIBRARY_FILE_VERSION,
    ...(options.exportedAt !== undefined ? { exportedAt: toIso(options.exportedAt) } : {}),
    journeys: library.journeys.map((j) => LibraryJourney.parse(j)),
    snapshots: library.snapshots.map((s) => LibrarySnapshot.parse(s)),
  };
  return stringifyCanonical(file);
}

export type LibraryImportResult = { ok: true; library: LibraryFile; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Reads a library backup with the same checks as a journey file, for every journey and snapshot in it. Never throws. */
export function importLibraryFile(text: string, options: ReadOptions = {}): LibraryImportResult {
  const result = readFormatFile(
    text,
    {
      format: LIBRARY_FORMAT,
      version: LIBRARY_FILE_VERSION,
      noun: 'a Journey Designer library backup',
      schema: LibraryFile,
      migrations: libraryFileMigrations,
      references: libraryReferenceProblems,
    },
    options,
  );
  return result.ok ? { ok: true, library: result.value, warnings: result.warnings } : result;
}

function libraryReferenceProblems(file: LibraryFile): Problem[] {
  const problems: Problem[] = [];
  const journeyIds = new Map<string, number>();
  file.journeys.forEach((entry, i) => {
    const first = journeyIds.get(entry.journey.id);
    if (first === undefined) journeyIds.set(entry.journey.id, i);
    else problems.push({ path: `journeys[${i}].journey.id`, message: `another journey already has the id "${entry.journey.id}" (journeys[${first}])` });
    problems.push(...referenceProblems(entry.journey, `journeys[${i}].journey`));
  });
  const snapshotIds = new Map<string, number>();
  file.snapshots.forEach((snapshot, i) => {
    const first = snapshotIds.get(snapshot.id);
    if (first === undefined) snapshotIds.set(snapshot.id, i);
    else problems.push({ path: `snapshots[${i}].id`, message: `another snapshot already has the id "${snapshot.id}" (snapshots[${first}])` });
    problems.push(...referenceProblems(snapshot.journey, `snapshots[${i}].journey`));
  });
  return problems;
}

/** What to do with a backed-up journey whose id is already in the library. */
export type OnExisting = 'skip' | 'copy';

export interface RestoreReport {
  added: { id: string; name: string }[];
  /** Journeys whose id was taken, added under a new id. */
  copied: { id: string; name: string; fromId: string }[];
  skipped: { id: string; name: string; reason: string }[];
  snapshotsAdded: number;
  snapshotsSkipped: number;
}

export interface RestorePlan {
  journeys: LibraryJourney[];
  snapshots: LibrarySnapshot[];
  report: RestoreReport;
}

export interface RestoreOptions {
  onExisting: OnExisting;
  /** Fresh ids for copies (`newId` from model/factory in the app; predictable in tests). */
  newId: (prefix: string) => string;
}

/**
 * Merges a backup into a library without overwriting: new journeys are added; a journey whose
 * id exists is skipped or added as a copy (with its snapshots); snapshots already present are skipped.
 */
export function planRestore(backup: LibraryFile, existing: { journeyIds: ReadonlySet<string>; snapshotIds: ReadonlySet<string> }, options: RestoreOptions): RestorePlan {
  const report: RestoreReport = { added: [], copied: [], skipped: [], snapshotsAdded: 0, snapshotsSkipped: 0 };
  const journeys: LibraryJourney[] = [];
  const snapshots: LibrarySnapshot[] = [];
  /** Backup journey id → id it gets in the library (itself, its copy's, or the existing one when skipped). */
  const landing = new Map<string, { id: string; copied: boolean }>();

  for (const entry of backup.journeys) {
    const { id, name } = entry.journey;
    if (!existing.journeyIds.has(id)) {
      journeys.push(entry);
      landing.set(id, { id, copied: false });
      report.added.push({ id, name });
    } else if (options.onExisting === 'copy') {
      const copyId = options.newId('journey');
      const copyName = `${name} (restored copy)`;
      journeys.push({ ...entry, journey: { ...entry.journey, id: copyId, name: copyName } });
      landing.set(id, { id: copyId, copied: true });
      report.copied.push({ id: copyId, name: copyName, fromId: id });
    } else {
      landing.set(id, { id, copied: false });
      report.skipped.push({ id, name, reason: 'already in your library' });
    }
  }

  for (const snapshot of backup.snapshots) {
    const target = landing.get(snapshot.journeyId) ?? (existing.journeyIds.has(snapshot.journeyId) ? { id: snapshot.journeyId, copied: false } : null);
    if (!target) {
      // Its journey is neither in the backup nor in the library: a snapshot of nothing.
      report.snapshotsSkipped++;
    } else if (target.copied) {
      snapshots.push({ ...snapshot, id: options.newId('snapshot'), journeyId: target.id, journey: { ...snapshot.journey, id: target.id } });
      report.snapshotsAdded++;
    } else if (existing.snapshotIds.has(snapshot.id)) {
      report.snapshotsSkipped++;
    } else {
      snapshots.push(snapshot);
      report.snapshotsAdded++;
    }
  }
  return { journeys, snapshots, report };
}
