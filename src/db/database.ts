/**
 * The one IndexedDB database of the app, through Dexie. Entity types, the versioned schema
 * and nothing else; the repositories beside this file are plain async functions taking the db.
 * Every `version(n)` ever shipped stays declared here, in order — see docs/storage.md.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Journey } from '../model/journey';
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
 * Version 2 (journey mining): conformance checks of a journey against a real event log, kept
 * with the journey like simulation results but in their own table, so each list reads one kind.
 * No upgrade function: existing rows are untouched.
 */
export const SCHEMA_V2 = { ...SCHEMA_V1, conformance: 'id, journeyId' } as const;

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
  /** Kept conformance checks; `data` is whatever journey mining (mining/) produced. */
  conformance!: EntityTable<ResultRecord, 'id'>;
  readonly clock: () => number;

  constructor(name: string = DB_NAME, options: DatabaseOptions = {}) {
    const { clock, ...dexieOptions } = options;
    super(name, dexieOptions);
    this.clock = clock ?? Date.now;
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    // Future versions go below, never replacing the ones above:
    // this.version(3).stores(SCHEMA_V3).upgrade(async (tx) => { … });
  }
}
