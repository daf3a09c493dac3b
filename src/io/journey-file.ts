/**
 * The journey file: how one journey travels between people and apps as JSON.
 *
 *   { "format": "journey-designer/journey", "version": 1, "exportedAt"?: "…", "journey": { … } }
 *
 * Export is canonical (sorted keys, arrays in order), so export → import → export gives the
 * same bytes. Import goes through the one reader (size → safe parse → envelope → migrations →
 * schema → references) and never throws. docs/format.md describes every field.
 */
import { z } from 'zod';
import { Journey } from '../model/journey';
import { referenceProblems } from './journey-file-problems';
import { readFormatFile, type FileMigration, type ReadOptions } from './journey-file-reader';
import { stringifyCanonical, type Problem } from './safe-json';
import { journeySizeProblem } from '../model/limits';

export type { Problem } from './safe-json';

export const JOURNEY_FORMAT = 'journey-designer/journey';
export const JOURNEY_FILE_VERSION = 1;

/**
 * A journey as files and the library carry it: the model's journey plus the tags the
 * library files it under. (The model has no tags yet; when it gains them this becomes `Journey`.)
 */
export const JourneyDocument = Journey.extend({
  tags: z.array(z.string()).default([]),
});
export type JourneyDocument = z.infer<typeof JourneyDocument>;

export const JourneyFile = z.object({
  format: z.literal(JOURNEY_FORMAT),
  version: z.literal(JOURNEY_FILE_VERSION),
  /** When the file was written; informational only. */
  exportedAt: z.iso.datetime().optional(),
  journey: JourneyDocument,
});
export type JourneyFile = z.infer<typeof JourneyFile>;

/**
 * The format's history, oldest first (tldraw style). Version 0 is a bare journey object
 * with no envelope — what hand-written samples and early exports look like.
 */
export const journeyFileMigrations: readonly FileMigration[] = [
  {
    from: 0,
    to: 1,
    migrate: (bare) => ({ format: JOURNEY_FORMAT, version: 1, journey: bare }),
  },
];

/** A bare journey has its own id, a name and lists of nodes and edges — and no `format`. */
function headerlessVersion(doc: Record<string, unknown>): number | null {
  const looksLikeJourney = typeof doc.id === 'string' && typeof doc.name === 'string' && Array.isArray(doc.nodes) && Array.isArray(doc.edges);
  return looksLikeJourney ? 0 : null;
}

export interface ExportOptions {
  /** Stamp the file with this time; left out when absent, so the bytes depend on the journey alone. */
  exportedAt?: Date | string;
}

/**
 * The journey as the text of a `.journey.json` file. Throws only for a journey that breaks
 * the schema — the editor never holds one; an exported file must always import again.
 */
export function exportJourneyFile(journey: Journey & { tags?: readonly string[] }, options: ExportOptions = {}): string {
  const parsed = JourneyDocument.safeParse(journey);
  if (!parsed.success) {
    throw new TypeError(`Cannot export an invalid journey: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const file: JourneyFile = {
    format: JOURNEY_FORMAT,
    version: JOURNEY_FILE_VERSION,
    ...(options.exportedAt !== undefined ? { exportedAt: toIso(options.exportedAt) } : {}),
    journey: parsed.data,
  };
  return stringifyCanonical(file);
}

export function toIso(time: Date | string | number): string {
  return typeof time === 'string' ? time : new Date(time).toISOString();
}

export type ImportResult =
  | { ok: true; journey: JourneyDocument; exportedAt?: string; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export type ImportOptions = ReadOptions;

/** A journey over the size the app can open (model/limits.ts), counted before anything else is checked. */
export function sizeProblems(journey: unknown, path: string): Problem[] {
  if (journey === null || typeof journey !== 'object') return [];
  const { nodes, edges } = journey as { nodes?: unknown; edges?: unknown };
  const nodeCount = Array.isArray(nodes) ? nodes.length : 0;
  const edgeCount = Array.isArray(edges) ? edges.length : 0;
  const problem = journeySizeProblem({ nodeCount, edgeCount });
  if (!problem) return [];
  return [{ path: `${path}.${journeySizeProblem({ nodeCount, edgeCount: 0 }) ? 'nodes' : 'edges'}`, message: problem }];
}

/**
 * Reads a journey file: refuses files over 10 MB, anything that is not JSON, another format,
 * a newer version, a journey over 5,000 nodes or 10,000 connections, schema violations and
 * broken references — each with its path and a message. Older versions are migrated. User text
 * (labels, HTML included) is kept as written.
 */
export function importJourneyFile(text: string, options: ImportOptions = {}): ImportResult {
  const result = readFormatFile(
    text,
    {
      format: JOURNEY_FORMAT,
      version: JOURNEY_FILE_VERSION,
      noun: 'a Journey Designer journey',
      schema: JourneyFile,
      migrations: journeyFileMigrations,
      headerlessVersion,
      precheck: (doc) => sizeProblems(doc.journey, 'journey'),
      references: (file) => referenceProblems(file.journey, 'journey'),
    },
    options,
  );
  if (!result.ok) return result;
  const { journey, exportedAt } = result.value;
  return { ok: true, journey, ...(exportedAt !== undefined ? { exportedAt } : {}), warnings: result.warnings };
}
