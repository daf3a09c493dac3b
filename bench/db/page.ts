/**
 * The database benchmark's page: the app's own storage code (db/, io/, the editor store and
 * the persistence module that boots the app and autosaves) against a real IndexedDB in
 * Chromium. run.mjs calls the functions on `window.__benchDb`; each returns times in ms
 * measured here with performance.now(), so the round trips to Playwright are not counted.
 * Nothing is rendered: these are storage times, not paint times.
 */
import { JourneyDesignerDB } from '../../src/db/database';
import { createJourney, describeJourney, getJourney, normalizeStored } from '../../src/db/journeys';
import { exportStoredJourney, importIntoLibrary } from '../../src/db/library';
import { setLastOpenedJourneyId } from '../../src/db/settings';
import { exportJourneyFile, importJourneyFile } from '../../src/io/journey-file';
import { utf8ByteLength } from '../../src/io/safe-json';
import { startPersistence, usePersistence, type Persistence } from '../../src/app/persistence';
import { useEditor } from '../../src/store/editor';
import { createJournalWriter } from '../../src/db/journal-writer';
import { generateJourney } from '../canvas/generate';

const DB_NAME = 'journey-designer-bench';
const FLOOR_DB_NAME = 'journey-designer-bench-floor';

let db: JourneyDesignerDB | null = null;
let persistence: Persistence | null = null;
let journeyId = '';

const now = () => performance.now();
/** A task boundary between samples, as there is between two things a user does. */
const pause = (ms = 10) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`deleting ${name} is blocked by an open connection`));
  });
}

export interface Facts {
  journeyId: string;
  nodes: number;
  edges: number;
  /** Compact JSON of the journey, as the library's `size` counts it. */
  storedBytes: number;
  /** The exported journey file (canonical, indented). */
  fileBytes: number;
}

/** A fresh library holding one generated journey, marked as the one to reopen — the state boot finds. */
async function setup(nodes: number, edges: number): Promise<Facts> {
  await deleteDatabase(DB_NAME);
  await deleteDatabase(FLOOR_DB_NAME);
  localStorage.clear();
  const { journey } = generateJourney(nodes, edges);
  const seed = new JourneyDesignerDB(DB_NAME);
  await createJourney(seed, journey);
  await setLastOpenedJourneyId(seed, journey.id);
  seed.close();
  journeyId = journey.id;
  return {
    journeyId,
    nodes: journey.nodes.length,
    edges: journey.edges.length,
    storedBytes: describeJourney(journey).size,
    fileBytes: utf8ByteLength(exportJourneyFile(journey)),
  };
}

/**
 * What main.tsx does at start, on a new connection: open the database and startPersistence —
 * the last journey's meta and contents read, normalised through the schema and put into the
 * editor store. Returns the time until startPersistence resolves (when the app renders).
 */
async function boot(expected: { journeyId: string; nodes: number }): Promise<number> {
  if (persistence) throw new Error('boot: already running; call shutdown first');
  const began = now();
  db = new JourneyDesignerDB(DB_NAME);
  persistence = await startPersistence(db);
  const ms = now() - began;
  // What the editor says once it has drawn the journey (nothing is drawn here): its opening finished.
  persistence.openFinished(useEditor.getState().journey.id);
  journeyId = expected.journeyId;
  const { journey } = useEditor.getState();
  const { status } = usePersistence.getState();
  if (status.state === 'error') throw new Error(`boot: ${status.message}`);
  if (journey.id !== expected.journeyId || journey.nodes.length !== expected.nodes) {
    throw new Error(`boot opened ${journey.id} (${journey.nodes.length} nodes), not the benchmark journey`);
  }
  return ms;
}

async function shutdown(): Promise<void> {
  await persistence?.flush();
  persistence?.stop();
  persistence = null;
  // Boot's "remember the last journey" write is not awaited by the app; let it land before closing.
  await pause(20);
  db?.close();
  db = null;
}

const running = () => {
  if (!db || !persistence) throw new Error('boot first');
  return db;
};

export interface SaveSample {
  /** The store action, its undo record and the autosaver's schedule, synchronously. */
  editMs: number;
  /** The autosave pause: from the edit being scheduled to the write starting. Not part of the save. */
  debounceMs: number;
  /** From the write starting to its transaction committing (saveJourney, Dexie). */
  writeMs: number;
  /** editMs + writeMs: the edit to the write committed, without the pause. */
  saveMs: number;
}

/** One small real edit through the editor's actions: rename a node, or move one by a grid step. */
function edit(i: number): void {
  const editor = useEditor.getState();
  const nodes = editor.journey.nodes;
  const node = nodes[(i * 37) % nodes.length]!;
  if (i % 2 === 0 && node.kind !== 'note') editor.updateNode(node.id, { name: `${node.name.replace(/ · edit \d+$/, '')} · edit ${i}` });
  else editor.commitMoves({ [node.id]: { x: node.position.x + 20, y: node.position.y } });
}

/** `count` edits (numbered from `first`, so each round edits another node), each followed by the autosave it triggers, one at a time as the app does them. */
async function save(count: number, first = 0): Promise<SaveSample[]> {
  running();
  const samples: SaveSample[] = [];
  for (let i = first; i < first + count; i++) {
    const marks: Partial<Record<string, number>> = {};
    let settle!: (state: string) => void;
    const settled = new Promise<string>((resolve) => (settle = resolve));
    const unsubscribe = usePersistence.subscribe(({ status }, previous) => {
      // Other fields of the persistence state change too; only the autosaver's status counts here.
      if (status === previous.status) return;
      marks[status.state] ??= now();
      if (status.state === 'saved' || status.state === 'error' || status.state === 'conflict') settle(status.state);
    });
    try {
      const began = now();
      edit(i);
      const edited = now();
      if (marks.pending === undefined) throw new Error(`edit ${i} did not schedule an autosave`);
      const timeout = setTimeout(() => settle('timeout'), 30_000);
      const end = await settled;
      clearTimeout(timeout);
      if (end !== 'saved' || marks.saving === undefined || marks.saved === undefined) throw new Error(`autosave of edit ${i} ended in ${end}`);
      const editMs = edited - began;
      const writeMs = marks.saved - marks.saving;
      samples.push({ editMs, debounceMs: marks.saving - marks.pending, writeMs, saveMs: editMs + writeMs });
    } finally {
      unsubscribe();
    }
    await pause();
  }
  return samples;
}

/**
 * The edit journal alone: one small edit (a node renamed) turned into its patch and committed
 * to the journal table with strict durability — the moment the edit survives a crash.
 * On a writer of its own (another tab id), so the app's autosave is not involved.
 */
async function journal(count: number, first = 0): Promise<number[]> {
  const db = running();
  const writer = createJournalWriter(db, 'bench-tab');
  let journey = useEditor.getState().journey;
  writer.restart(journey.id, journey, 1);
  const times: number[] = [];
  for (let i = first; i < first + count; i++) {
    const began = now();
    const target = journey.nodes[(i * 53) % journey.nodes.length]!;
    journey = { ...journey, nodes: journey.nodes.map((n) => (n === target ? { ...n, position: { x: n.position.x, y: n.position.y + 20 } } : n)) };
    writer.record(journey);
    await writer.settled();
    times.push(now() - began);
    await pause();
  }
  await writer.discard(journey.id);
  return times;
}

/** Times `run` `count` times, one task apart. */
async function repeat(count: number, run: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const began = now();
    await run();
    times.push(now() - began);
    await pause();
  }
  return times;
}

/** What the autosaver's write computes before touching the database: the library's facts (JSON.stringify for the size). */
const describe = (count: number) => repeat(count, () => describeJourney(useEditor.getState().journey));

/** The parts of a load, on a new connection each time: opening it, getJourney, and the schema pass alone. */
async function loadParts(count: number): Promise<{ openMs: number; getJourneyMs: number; normaliseMs: number }[]> {
  const samples = [];
  for (let i = 0; i < count; i++) {
    const fresh = new JourneyDesignerDB(DB_NAME);
    try {
      const t0 = now();
      await fresh.open();
      const t1 = now();
      const stored = await getJourney(fresh, journeyId);
      const t2 = now();
      if (!stored) throw new Error('loadParts: the journey is not stored');
      const content = await fresh.journeyContents.get(journeyId);
      const t3 = now();
      normalizeStored(content!.journey, journeyId);
      const t4 = now();
      samples.push({ openMs: t1 - t0, getJourneyMs: t2 - t1, normaliseMs: t4 - t3 });
    } finally {
      fresh.close();
    }
    await pause();
  }
  return samples;
}

/** The toolbar's Export: the open journey as a journey file's text (the download itself not included). */
const exportFile = (count: number) => repeat(count, () => exportJourneyFile(useEditor.getState().journey, { exportedAt: new Date().toISOString() }));

/** Export from the library: read, normalise, write the file text. */
const exportStored = (count: number) =>
  repeat(count, async () => {
    if ((await exportStoredJourney(running(), journeyId, { exportedAt: new Date().toISOString() })) === null) throw new Error('exportStored: not found');
  });

const fileText = () => exportJourneyFile(useEditor.getState().journey, { exportedAt: new Date().toISOString() });

/** The file reader alone: size check, safe parse, envelope, schema, references. */
function readFile(count: number): Promise<number[]> {
  const text = fileText();
  return repeat(count, () => {
    const read = importJourneyFile(text);
    if (!read.ok) throw new Error(`readFile: ${read.problems[0]?.message}`);
  });
}

/** Import: the file's text read and validated, then written as a new library entry (a copy: the id is taken). */
function importFile(count: number): Promise<number[]> {
  const text = fileText();
  return repeat(count, async () => {
    const result = await importIntoLibrary(running(), text);
    if (!result.ok) throw new Error(`importFile: ${result.problems[0]?.message}`);
  });
}

// ---------------------------------------------------------------------------
// The floor: bare IndexedDB, no Dexie, no schema, same browser defaults (durability included)

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('aborted'));
  });
}

/** A store keyed out of line for the string, and one keyed by `id` inside the value like the library's journeyContents. */
function openFloor(): Promise<IDBDatabase> {
  const open = indexedDB.open(FLOOR_DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('text');
    open.result.createObjectStore('records', { keyPath: 'id' });
  };
  return request(open);
}

export interface FloorSamples {
  putString: number[];
  getString: number[];
  putObject: number[];
  getObject: number[];
}

/**
 * Put and get of the journey as one JSON string, and of the record the library stores
 * ({ id, journey, viewport }, structured clone), each in its own transaction awaited to `complete`.
 */
async function floor(count: number): Promise<FloorSamples> {
  const journey = useEditor.getState().journey;
  const text = JSON.stringify(journey);
  const record = { id: journey.id, journey, viewport: { x: 0, y: 0, zoom: 1 } };
  const idb = await openFloor();
  try {
    const put = (store: string, value: unknown, key?: string) => async () => {
      const tx = idb.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      await committed(tx);
    };
    const get = (store: string, check: (value: unknown) => boolean) => async () => {
      const tx = idb.transaction(store, 'readonly');
      const value = await request(tx.objectStore(store).get(journey.id));
      if (!check(value)) throw new Error('floor: read back something else');
    };
    const putString = await repeat(count, put('text', text, journey.id));
    const getString = await repeat(count, get('text', (v) => v === text));
    const putObject = await repeat(count, put('records', record));
    const getObject = await repeat(count, get('records', (v) => (v as typeof record).journey.nodes.length === journey.nodes.length));
    return { putString, getString, putObject, getObject };
  } finally {
    idb.close();
  }
}

const api = { setup, boot, shutdown, save, journal, describe, loadParts, exportFile, exportStored, readFile, importFile, floor };
export type BenchDb = typeof api;

declare global {
  interface Window {
    __benchDb: BenchDb;
  }
}

window.__benchDb = api;

