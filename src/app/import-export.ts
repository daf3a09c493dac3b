/** Export the open journey as JSON, and import journey files into the library (then open them). */
import { create } from 'zustand';
import { useEditor } from '../store/editor';
import { exportJourneyFile } from '../io/journey-file';
import { importIntoLibrary } from '../db/library';
import { appDatabase } from './app-database';
import { currentPersistence } from './persistence';
import { downloadText, fileNameFor } from './download';

/** The last import that failed: what the file was and every problem in it. Nothing was changed. */
export const useImportProblems = create<{ report: { source: string; problems: { path: string; message: string }[] } | null }>(() => ({ report: null }));


/** Downloads the open journey as a `journey-designer/journey` JSON file. */
export function exportCurrentJourney(): void {
  const journey = useEditor.getState().journey;
  try {
    downloadText(fileNameFor(journey.name, 'journey.json'), exportJourneyFile(journey, { exportedAt: new Date().toISOString() }));
  } catch (error) {
    useEditor.getState().notify(`This journey cannot be exported: ${(error as Error).message}`);
  }
}

/** Imports a journey file's text as a new library entry and opens it; problems are reported, nothing changes. */
export async function importJourneyText(text: string, source: string): Promise<boolean> {
  const database = appDatabase();
  if (!database) {
    useImportProblems.setState({ report: { source, problems: [{ path: '', message: 'The library is not available in this browser, so nothing can be imported.' }] } });
    return false;
  }
  const result = await importIntoLibrary(database, text);
  if (!result.ok) {
    useImportProblems.setState({ report: { source, problems: result.problems } });
    return false;
  }
  await currentPersistence()?.flush();
  await currentPersistence()?.open(result.meta.id);
  useEditor
    .getState()
    .notify(
      result.copiedFrom
        ? `Imported "${result.meta.name}" as a new entry — a journey with the same id is already in your library.`
        : `Imported "${result.meta.name}".`,
    );
  return true;
}

/** Reads a dropped or picked file; a file over 10 MB is refused before it is read. */
export async function importJourneyFile(file: File): Promise<boolean> {
  if (file.size > 10 * 1024 * 1024) {
    useImportProblems.setState({ report: { source: file.name, problems: [{ path: '', message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; journey files can be at most 10 MB.` }] } });
    return false;
  }
  return importJourneyText(await file.text(), file.name);
}
