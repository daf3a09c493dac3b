/**
 * Test support for the database: unique throwaway databases, a canonical dump of everything
 * stored, and writing a database exactly as an older schema version would have — the basis of
 * every upgrade test (docs/storage.md). Used with fake-indexeddb in Node; harmless in the app.
 */
import Dexie from 'dexie';
import { stringifyCanonical } from '../io/safe-json';
import { JourneyDesignerDB, type DatabaseOptions } from './database';

let counter = 0;

/** A database with a name no other test uses. */
export function freshDb(options: DatabaseOptions = {}): JourneyDesignerDB {
  return new JourneyDesignerDB(uniqueName(), options);
}

export function uniqueName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Every table's rows, sorted by primary key, as canonical JSON: equal strings mean equal contents. */
export async function dumpDatabase(db: Dexie): Promise<string> {
  const tables = [...db.tables].sort((a, b) => a.name.localeCompare(b.name));
  const dump: Record<string, unknown[]> = {};
  await db.transaction('r', tables, async () => {
    for (const table of tables) dump[table.name] = await table.orderBy(':id').toArray();
  });
  return stringifyCanonical(dump);
}

/**
 * Writes rows into a database as the app at an older schema version did: a plain Dexie with
 * only that version's declaration, closed afterwards. Open it with JourneyDesignerDB to upgrade.
 */
export async function writeAsVersion(name: string, version: number, stores: Record<string, string>, rows: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, items] of Object.entries(rows)) await old.table(table).bulkAdd(items);
  });
  old.close();
}
