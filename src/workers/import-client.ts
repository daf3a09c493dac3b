/**
 * The main thread's side of the journey-import worker: a worker per import of a big file, so
 * Cancel can stop it at any point (terminating it) and a huge file never holds the page. A small
 * file is read right here — checking it takes milliseconds, less than starting a worker — and so
 * is every file where workers cannot run.
 */
import { proxy, wrap } from 'comlink';
import type { ImportResult } from '../io/journey-file';
import { createImportApi, type ImportApi, type ImportProgress } from './import-api';

/** Files smaller than this are read on the main thread (about 400 nodes: a few milliseconds to check). */
export const WORKER_FROM_BYTES = 256 * 1024;

/** Reads and checks a journey file off the main thread; null when `signal` cancelled it first. */
export function readJourneyInWorker(source: Blob | string, onProgress: (progress: ImportProgress) => void, signal: AbortSignal): Promise<ImportResult | null> {
  const size = typeof source === 'string' ? source.length : source.size;
  if (typeof Worker === 'undefined' || size < WORKER_FROM_BYTES) return createImportApi().readJourney(source, onProgress);
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'journey import' });
  const api = wrap<ImportApi>(worker);
  return new Promise<ImportResult | null>((resolve) => {
    const finish = (result: ImportResult | null) => {
      signal.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(result);
    };
    const cancel = () => finish(null);
    if (signal.aborted) return cancel();
    signal.addEventListener('abort', cancel, { once: true });
    worker.addEventListener('error', () => finish({ ok: false, problems: [{ path: '', message: 'The file could not be read: the import could not start. Reload the page and try again.' }] }));
    api.readJourney(source, proxy(onProgress)).then(finish, (error: unknown) =>
      finish({ ok: false, problems: [{ path: '', message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` }] }),
    );
  });
}
