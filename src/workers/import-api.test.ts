/**
 * The import worker's API reads and checks a file exactly as the reader on the main thread
 * does, reports how far it is, and refuses what is too large before spending time on it.
 */
import { describe, expect, it } from 'vitest';
import { exportJourneyFile, importJourneyFile } from '../io/journey-file';
import { sampleJourney } from '../io/journey-file.fixtures';
import { createImportApi, type ImportProgress } from './import-api';

describe('the import worker API', () => {
  it('gives what the main-thread reader gives, for a file and for pasted text, reporting progress', async () => {
    const text = exportJourneyFile(sampleJourney());
    const api = createImportApi();
    const progress: ImportProgress[] = [];
    expect(await api.readJourney(new Blob([text]), (p) => progress.push(p))).toEqual(importJourneyFile(text));
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: new Blob([text]).size });
    expect(progress.at(-2)).toEqual({ phase: 'reading', done: new Blob([text]).size, total: new Blob([text]).size });
    expect(progress.at(-1)?.phase).toBe('checking');
    expect(await api.readJourney(text)).toEqual(importJourneyFile(text));
  });

  it('reads a big file in steps, and a file with a byte-order mark', async () => {
    const file = JSON.parse(exportJourneyFile(sampleJourney()));
    file.journey.description = 'é'.repeat(2_500_000);
    const text = JSON.stringify(file);
    const progress: ImportProgress[] = [];
    // A file on disk arrives in chunks; a Blob of many parts does in Node too.
    const parts = Array.from({ length: Math.ceil(text.length / 100_000) }, (_, i) => text.slice(i * 100_000, (i + 1) * 100_000));
    const read = await createImportApi().readJourney(new Blob(['\ufeff', ...parts]), (p) => progress.push(p));
    expect(read.ok && read.journey.description).toHaveLength(2_500_000);
    expect(progress.filter((p) => p.phase === 'reading').length).toBeGreaterThan(3);
  });

  it('refuses a file over 10 MB without reading it, and a journey over 5,000 nodes before checking it', async () => {
    const huge = { size: 11 * 1024 * 1024, stream: () => { throw new Error('read'); } } as unknown as Blob;
    expect(await createImportApi().readJourney(huge)).toEqual({ ok: false, problems: [{ path: '', message: 'This file is too large (11 MB); files up to 10 MB can be opened.' }] });
    const file = JSON.parse(exportJourneyFile(sampleJourney()));
    file.journey.nodes = Array.from({ length: 50_000 }, (_, i) => ({ id: `n${i}`, kind: 'note', position: { x: i, y: 0 } }));
    const read = await createImportApi().readJourney(new Blob([JSON.stringify(file)]));
    expect(read).toEqual({ ok: false, problems: [{ path: 'journey.nodes', message: expect.stringMatching(/^This journey has 50,000 nodes; Journey Designer works with journeys of up to 5,000 nodes/) }] });
  });
});
