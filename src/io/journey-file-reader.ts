/**
 * The one road into the app for a file, shared by journey files and library backups,
 * always in this order: size → safe JSON parse → envelope (format, version) → migrations
 * → prechecks (a journey too large) → strict schema validation → reference checks. Every failure is a message with a path;
 * nothing here throws.
 */
import type { z } from 'zod';
import { capMessages, issuesToProblems, unknownFieldWarnings } from './journey-file-problems';
import { safeParseJson, type JsonValue, type Problem, type SafeParseOptions } from './safe-json';

/** One step of a file format's history; `migrate` turns a version-`from` document into version `to`. */
export interface FileMigration {
  from: number;
  to: number;
  migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export interface FileFormat<T> {
  /** The `format` header, e.g. `journey-designer/journey`. */
  format: string;
  /** The version this app writes, and the newest it reads. */
  version: number;
  /** What the file is, in the user's words: `a Journey Designer journey`. */
  noun: string;
  schema: z.ZodType<T>;
  /** Ordered steps from each older version up to `version`. Old steps are never edited. */
  migrations: readonly FileMigration[];
  /** For documents without a `format` header that are nonetheless ours: their version, else null. */
  headerlessVersion?: (doc: Record<string, unknown>) => number | null;
  /** Checks the schema cannot express (unique ids, references); paths from the file's root. */
  references?: (value: T) => Problem[];
  /**
   * Checks on the migrated document before the schema runs — cheap ones that make validating
   * pointless, like a journey too large to open: refused before seconds of checking.
   */
  precheck?: (doc: Record<string, unknown>) => Problem[];
}

export type ReadOptions = SafeParseOptions;

export type ReadResult<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** What the other Journey Designer formats are, so a file opened in the wrong place says where it belongs. */
const KNOWN_FORMATS: Record<string, string> = {
  'journey-designer/journey': 'a single journey — open it with “Import journey”',
  'journey-designer/library': 'a library backup — restore it from the library',
  'journey-designer/fragment': 'a copied selection of nodes — paste it into a journey',
};

/** Reads a file of the given format; never throws. */
export function readFormatFile<T>(text: string, spec: FileFormat<T>, options: ReadOptions = {}): ReadResult<T> {
  try {
    return read(text, spec, options);
  } catch (error) {
    // A guard, not a path: every known failure above is a message already.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `This file could not be read (${detail}).` }] };
  }
}

function read<T>(text: string, spec: FileFormat<T>, options: ReadOptions): ReadResult<T> {
  const parsed = safeParseJson(text, options);
  if (!parsed.ok) return parsed;
  const warnings = [...parsed.warnings];

  const envelope = readEnvelope(parsed.value, spec);
  if (!envelope.ok) return envelope;
  warnings.push(...envelope.warnings);
  const refused = spec.precheck?.(envelope.doc) ?? [];
  if (refused.length > 0) return { ok: false, problems: refused };

  const result = spec.schema.safeParse(envelope.doc);
  if (!result.success) return { ok: false, problems: capMessages(issuesToProblems(result.error.issues, envelope.doc), 'problems') };
  warnings.push(...unknownFieldWarnings(envelope.doc, result.data));

  const broken = spec.references?.(result.data) ?? [];
  if (broken.length > 0) return { ok: false, problems: capMessages(broken, 'problems') };
  return { ok: true, value: result.data, warnings: capMessages(warnings, 'warnings') };
}

type Envelope = { ok: true; doc: Record<string, unknown>; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Checks `format` and `version`, then runs the migrations that bring an older file up to date. */
export function readEnvelope(value: JsonValue, spec: Pick<FileFormat<unknown>, 'format' | 'version' | 'noun' | 'migrations' | 'headerlessVersion'>): Envelope {
  const refuse = (path: string, message: string): Envelope => ({ ok: false, problems: [{ path, message }] });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse('', `This is not ${spec.noun}: the file holds ${Array.isArray(value) ? 'a list' : 'a single value'}, not an object with a "format" header.`);
  }
  let doc: Record<string, unknown> = value;
  const warnings: Problem[] = [];
  let version: number;

  if (!('format' in doc)) {
    const headerless = spec.headerlessVersion?.(doc) ?? null;
    if (headerless === null) return refuse('format', `This is not ${spec.noun}: the file has no "format" header.`);
    version = headerless;
  } else if (doc.format !== spec.format) {
    const known = typeof doc.format === 'string' ? KNOWN_FORMATS[doc.format] : undefined;
    return refuse(
      'format',
      known ? `This is not ${spec.noun}: it is ${known}.` : `This is not ${spec.noun} (its format is ${JSON.stringify(doc.format)?.slice(0, 60) ?? 'missing'}).`,
    );
  } else {
    const v = doc.version;
    if (v === undefined) return refuse('version', 'is missing');
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return refuse('version', `expected a whole number, got ${JSON.stringify(v)?.slice(0, 40)}`);
    version = v;
  }

  if (version > spec.version) {
    return refuse('version', `This file was made by a newer version of Journey Designer (v${version}); this app reads up to v${spec.version}. Update the app to open it.`);
  }
  const from = version;
  while (version < spec.version) {
    const step = spec.migrations.find((m) => m.from === version);
    if (!step) return refuse('version', `This file is version ${version}, which this app can no longer read.`);
    try {
      doc = step.migrate(doc);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return refuse('version', `This file could not be upgraded from v${step.from} to v${step.to} (${detail}).`);
    }
    version = step.to;
  }
  if (from < spec.version) warnings.push({ path: '', message: `This file was written in an older format (v${from}) and was upgraded to v${spec.version}.` });
  return { ok: true, doc, warnings };
}
