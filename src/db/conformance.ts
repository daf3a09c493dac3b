/**
 * Conformance checks kept with their journey (table `conformance`, version 3), and the event-log
 * column mappings remembered per set of columns (in `settings`). What is inside `data` belongs to
 * journey mining (mining/); storage only files it.
 */
import { newId } from '../model/factory';
import type { JourneyDesignerDB, ResultRecord } from './database';
import { withStorage } from './errors';

export function saveConformance(db: JourneyDesignerDB, journeyId: string, name: string, data: unknown): Promise<ResultRecord> {
  return withStorage(async () => {
    const record: ResultRecord = { id: newId('conformance'), journeyId, name, createdAt: db.clock(), data };
    await db.conformance.add(record);
    return record;
  });
}

/** A journey's kept conformance checks, newest first. */
export function listConformance(db: JourneyDesignerDB, journeyId: string): Promise<ResultRecord[]> {
  return withStorage(async () => (await db.conformance.where('journeyId').equals(journeyId).toArray()).sort((a, b) => b.createdAt - a.createdAt));
}

export function deleteConformance(db: JourneyDesignerDB, id: string): Promise<void> {
  return withStorage(() => db.conformance.delete(id));
}

const MAPPING_PREFIX = 'event-log-mapping:';

/** The mapping chosen last time for a file with these columns (its signature), or null. */
export function getRememberedMapping(db: JourneyDesignerDB, signature: string): Promise<unknown> {
  return withStorage(async () => (await db.settings.get(MAPPING_PREFIX + signature))?.value ?? null);
}

export function rememberMapping(db: JourneyDesignerDB, signature: string, mapping: unknown): Promise<void> {
  return withStorage(async () => {
    await db.settings.put({ key: MAPPING_PREFIX + signature, value: mapping });
  });
}
