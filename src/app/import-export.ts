/**
 * Export the open journey as JSON, and import journey files into the library (then open them).
 * A file is read and checked in a worker, so the page answers during an import of any size;
 * the import shows its progress and can be cancelled until it is being added to the library.
 */
import { create } from 'zustand';
import { useEditor } from '../store/editor';
import { exportJourneyFile } from '../io/journey-file';
import { MAX_FILE_BYTES, tooLarge, type Problem } from '../io/safe-json';
import { addImportedJourney } from '../db/library';
import { readJourneyInWorker } from '../workers/import-client';
import type { ImportPhase, ImportProgress } from '../workers/import-api';
import { appDatabase } from './app-database';
import { currentPersistence } from './persistence';
import { downloadText, fileNameFor } from './download';
import { importNotice } from './import-notice';

/** The last import that failed: what the file was and every problem in it. Nothing was changed. */
export const useImportProblems = create<{ report: { source: string; problems: Problem[] } | null }>(() => ({ report: null }));

/** The import under way, if any: the file, where it is, and how to stop it. */
export interface RunningImport {
  source: string;
  phase: ImportPhase | 'saving';
  /** For `reading`: bytes read of `total`. */
  done: number;
  total: number;
  /** Null once the journey is being added to the library: from there it finishes. */
  cancel: (() => void) | null;
}

export const useImport = create<{ running: RunningImport | null }>(() => ({ running: null }));

/** Downloads the open journey as a `journey-designer/journey` JSON file. */
export function exportCurrentJourney(): void {
  const journey = useEditor.getState().journey;
  try {
    downloadText(fileNameFor(journey.name, 'journey.json'), exportJourneyFile(journey, { exportedAt: new Date().toISOString() }));
  } catch (error) {
    useEditor.getState().notify(`This journey cannot be exported: ${(error as Error).message}`);
  }
}

const refuse = (source: string, problems: Problem[]) => {
  useImportProblems.setState({ report: { source, problems } });
  return false;
};

/**
 * Imports a journey file (or its text) as a new library entry and opens it. Problems are
 * reported and nothing changes; so does Cancel. Warnings (fields the app does not know, an
 * older format) are listed in the notice that says it was imported.
 */
async function importJourney(content: Blob | string, source: string): Promise<boolean> {
  const database = appDatabase();
  if (!database) return refuse(source, [{ path: '', message: 'The library is not available in this browser, so nothing can be imported.' }]);
  if (useImport.getState().running) {
    useEditor.getState().notify(`Another file is being imported — wait for it, or cancel it, before importing ${source}.`);
    return false;
  }
  const controller = new AbortController();
  const cancel = () => controller.abort();
  const total = typeof content === 'string' ? content.length : content.size;
  useImport.setState({ running: { source, phase: 'reading', done: 0, total, cancel } });
  try {
    // Progress comes on its own channel from the worker and may arrive after the result: only while reading and checking.
    let reading = true;
    const onProgress = (p: ImportProgress) => {
      if (reading) useImport.setState({ running: { source, ...p, cancel } });
    };
    const read = await readJourneyInWorker(content, onProgress, controller.signal).finally(() => (reading = false));
    if (read === null) {
      useEditor.getState().notify(`Import of ${source} cancelled — nothing was changed in your library.`);
      return false;
    }
    if (!read.ok) return refuse(source, read.problems);
    useImport.setState({ running: { source, phase: 'saving', done: 0, total, cancel: null } });
    const result = await addImportedJourney(database, read);
    if (!result.ok) return refuse(source, result.problems);
    // Imported: from here on the journey is opened like any other.
    useImport.setState({ running: null });
    await currentPersistence()?.flush();
    await currentPersistence()?.open(result.meta.id);
    useEditor.getState().notify(importNotice(result.meta.name, result.copiedFrom !== undefined, result.warnings));
    return true;
  } finally {
    useImport.setState({ running: null });
  }
}

/** Imports pasted text of a journey file. */
export function importJourneyText(text: string, source: string): Promise<boolean> {
  return importJourney(text, source);
}

/** Imports a dropped or picked file; a file over 10 MB is refused before it is read. */
export async function importJourneyFile(file: File): Promise<boolean> {
  if (file.size > MAX_FILE_BYTES) return refuse(file.name, [tooLarge(file.size)]);
  return importJourney(file, file.name);
}
