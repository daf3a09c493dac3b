/**
 * Imported interaction logs and saved simulation results. What is inside `data` belongs to
 * the log importer (io/) and the simulator (sim/); storage only files it.
 */
import { newId } from '../model/factory';
import type { JourneyDesignerDB, LogRecord, ResultRecord } from './database';
import { withStorage } from './errors';

export function saveLog(db: JourneyDesignerDB, name: string, data: unknown): Promise<LogRecord> {
  return withStorage(async () => {
    const record: LogRecord = { id: newId('log'), name, importedAt: db.clock(), data };
    await db.logs.add(record);
    return record;
  });
}

/** Logs, most recently imported first. */
export function listLogs(db: JourneyDesignerDB): Promise<LogRecord[]> {
  return withStorage(async () => (await db.logs.toArray()).sort((a, b) => b.importedAt - a.importedAt));
}

export function getLog(db: JourneyDesignerDB, id: string): Promise<LogRecord | null> {
  return withStorage(async () => (await db.logs.get(id)) ?? null);
}

export function deleteLog(db: JourneyDesignerDB, id: string): Promise<void> {
  return withStorage(() => db.logs.delete(id));
}

export function saveResult(db: JourneyDesignerDB, journeyId: string, name: string, data: unknown): Promise<ResultRecord> {
  return withStorage(async () => {
    const record: ResultRecord = { id: newId('result'), journeyId, name, createdAt: db.clock(), data };
    await db.results.add(record);
    return record;
  });
}

/** A journey's saved results, newest first. */
export function listResults(db: JourneyDesignerDB, journeyId: string): Promise<ResultRecord[]> {
  return withStorage(async () => (await db.results.where('journeyId').equals(journeyId).toArray()).sort((a, b) => b.createdAt - a.createdAt));
}

export function deleteResult(db: JourneyDesignerDB, id: string): Promise<void> {
  return withStorage(() => db.results.delete(id));
}
