/**
 * The journey-import worker's API: a dropped, picked or pasted journey file read and checked off
 * the main thread — the text read in chunks (with progress), then the one reader of io/
 * (importJourneyFile). Written without comlink so Node tests call it directly.
 */
import { importJourneyFile, type ImportResult } from '../io/journey-file';
import { MAX_FILE_BYTES, tooLarge } from '../io/safe-json';

export type ImportPhase = 'reading' | 'checking';

/** Where an import is: for `reading`, bytes read of the file's size. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** Progress is reported about every this many bytes, not for every chunk the stream gives. */
const REPORT_EVERY = 256 * 1024;

export function createImportApi() {
  return {
    /** Reads a journey file (or its text) and checks it; resolves with the journey and its warnings, or every problem. */
    async readJourney(source: Blob | string, onProgress?: (progress: ImportProgress) => void): Promise<ImportResult> {
      let text: string;
      if (typeof source === 'string') text = source;
      else {
        // Refused before reading: a huge file would only fill the memory.
        if (source.size > MAX_FILE_BYTES) return { ok: false, problems: [tooLarge(source.size)] };
        text = await readText(source, onProgress);
      }
      onProgress?.({ phase: 'checking', done: 0, total: text.length });
      return importJourneyFile(text);
    },
  };
}

export type ImportApi = ReturnType<typeof createImportApi>;

async function readText(blob: Blob, onProgress?: (progress: ImportProgress) => void): Promise<string> {
  const reader = blob.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let reported = 0;
  onProgress?.({ phase: 'reading', done, total: blob.size });
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    if (done - reported >= REPORT_EVERY) {
      reported = done;
      onProgress?.({ phase: 'reading', done, total: blob.size });
    }
  }
  parts.push(decoder.decode());
  onProgress?.({ phase: 'reading', done: blob.size, total: blob.size });
  return parts.join('');
}
