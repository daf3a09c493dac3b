/**
 * The one IndexedDB database of the app, through Dexie. Entity types, the versioned schema
 * and nothing else; the repositories beside this file are plain async functions taking the db.
 * Every `version(n)` ever shipped stays declared here, in order — see docs/storage.md.
 */
import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Journey } from '../model/journey';
import type { JourneyPatch } from '../model/journey-patch';
import type { Viewport } from '../io/backup';

export type { Viewport } from '../io/backup';

/** What the library lists: everything about a journey but its contents. */
export interface JourneyMeta {
  id: string;
  name: string;
  description: string;
  tags: string[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  nodeCount: number;
  edgeCount: number;
  /** Goes up by one with every write; a save that expected another revision is a conflict. */
  revision: number;
  /** Bytes of the journey as JSON. */
  size: number;
  /** Set when moved to the bin; purged some time later. Absent (not indexed) otherwise. */
  deletedAt?: number;
  /**
   * The editor tab whose autosave wrote this revision, and its last journal entry included —
   * so that tab's later entries are known to follow on from exactly this revision. Absent when
   * anything else wrote it (import, rename from the library, a recovered journal).
   */
  savedFrom?: { tabId: string; seq: number };
}

/** The journey itself, kept apart from its metadata so listing the library stays cheap. */
export interface JourneyContent {
  id: string;
  journey: Journey;
  viewport: Viewport;
}

export interface SnapshotRecord {
  id: string;
  journeyId: string;
  name: string;
  createdAt: number;
  journey: Journey;
}

/** An imported interaction log; `data` is whatever the log importer (io/) produced. */
export interface LogRecord {
  id: string;
  name: string;
  importedAt: number;
  data: unknown;
}

/** A saved simulation result; `data` is whatever the simulator (sim/) produced. */
export interface ResultRecord {
  id: string;
  journeyId: string;
  name: string;
  createdAt: number;
  data: unknown;
}

/**
 * One edit in the editor, kept the moment it is made (src/db/journal.ts): a patch onto the
 * state after the tab's previous edit (`prevSeq`). A tab's edits to a journey form a chain that
 * starts when the editor shows the journey as stored at `baseRevision`; `chainStart` is a seq
 * the tab set aside for that starting state (no entry has it). The autosave folds entries into
 * the journey and deletes them.
 */
export interface JournalEntry {
  /** The editor tab (a page load) that made the edit. */
  tabId: string;
  journeyId: string;
  /** Goes up with every edit in the tab, whatever the journey. */
  seq: number;
  /** The seq of the state this patch applies to: the previous entry's, or `chainStart`. */
  prevSeq: number;
  chainStart: number;
  /** The stored revision the chain started on. */
  baseRevision: number;
  patch: JourneyPatch;
  /** Epoch milliseconds. */
  at: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * Version 1. Indexes only on fields that are queried: the bin (`deletedAt`), a journey's
 * snapshots and results (`journeyId`). Listing sorts and searches in memory — a library is
 * hundreds of small metadata records, and locale-aware name order needs no index.
 */
export const SCHEMA_V1 = {
  journeys: 'id, deletedAt',
  journeyContents: 'id',
  snapshots: 'id, journeyId',
  logs: 'id',
  results: 'id, journeyId',
  settings: 'key',
} as const;

/**
 * Version 2 adds the edit journal, keyed by tab, journey and sequence so a tab's entries for a
 * journey are one key range (folded into the journey and deleted together).
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  journal: '[tabId+journeyId+seq]',
} as const;

/**
 * Version 3 (journey mining): conformance checks of a journey against a real event log, kept
 * with the journey like simulation results but in their own table, so each list reads one kind.
 * No upgrade function: existing rows are untouched.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, conformance: 'id, journeyId' } as const;

export const DB_NAME = 'journey-designer';

export interface DatabaseOptions extends DexieOptions {
  /** The time, in epoch milliseconds; tests pass a fixed clock. */
  clock?: () => number;
}

export class JourneyDesignerDB extends Dexie {
  journeys!: EntityTable<JourneyMeta, 'id'>;
  journeyContents!: EntityTable<JourneyContent, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  logs!: EntityTable<LogRecord, 'id'>;
  results!: EntityTable<ResultRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  journal!: Table<JournalEntry, [string, string, number]>;
  /** Kept conformance checks; `data` is whatever journey mining (mining/) produced. */
  conformance!: EntityTable<ResultRecord, 'id'>;
  readonly clock: () => number;

  constructor(name: string = DB_NAME, options: DatabaseOptions = {}) {
    const { clock, ...dexieOptions } = options;
    super(name, dexieOptions);
    this.clock = clock ?? Date.now;
    this.version(1).stores(SCHEMA_V1);
    // A new table only: existing rows stay as they are, so there is no upgrade function.
    this.version(2).stores(SCHEMA_V2);
    // Another new table only.
    this.version(3).stores(SCHEMA_V3);
    // Future versions go below, never replacing the ones above:
    // this.version(4).stores(SCHEMA_V4).upgrade(async (tx) => { … });
  }
}
