/** The app's one database instance, set at start (main.tsx); null where storage never opened. */
import type { JourneyDesignerDB } from '../db/database';

let database: JourneyDesignerDB | null = null;

export function setAppDatabase(db: JourneyDesignerDB): void {
  database = db;
}

export function appDatabase(): JourneyDesignerDB | null {
  return database;
}
