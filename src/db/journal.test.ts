import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sampleModelJourney } from '../io/journey-file.fixtures';
import type { Journey } from '../model/journey';
import { JourneyDesignerDB } from './database';
import { journalTabIds, planRecovery, recoverJournal } from './journal';
import { createJournalWriter } from './journal-writer';
import { createJourney, deleteJourney, getJourney, purgeDeletedJourneys, saveJourney } from './journeys';
import { freshDb } from './testing';

const viewport = { x: 0, y: 0, zoom: 1 };
const renamed = (j: Journey, name: string): Journey => ({ ...j, name });
const withNote = (j: Journey, id: string): Journey => ({ ...j, nodes: [...j.nodes, { id, kind: 'note', position: { x: 0, y: 0 }, text: id, color: 'yellow' }] });

/** A library with the sample at revision 1, and a tab editing it. */
async function setup() {
  const db = freshDb();
  const start = sampleModelJourney();
  await createJourney(db, start);
  const tab = createJournalWriter(db, 'tab-a');
  tab.restart(start.id, start, 1);
  return { db, start, tab };
}

const entriesOf = (db: JourneyDesignerDB) => db.journal.toArray();

describe('the edit journal', () => {
  it('keeps every edit at once, as a small patch, and a save folds them in', async () => {
    const { db, start, tab } = await setup();
    const one = renamed(start, 'One');
    const two = withNote(one, 'n-two');
    tab.record(one);
    tab.record(two);
    expect(tab.record(two)).toBe(false);
    await tab.settled();
    const entries = await entriesOf(db);
    expect(entries.map((e) => [e.seq, e.prevSeq, e.patch])).toEqual([
      [2, 1, { set: { name: 'One' } }],
      [3, 2, { nodes: { put: [two.nodes.at(-1)] } }],
    ]);
    // The autosave writes the state up to the first entry only: the second stays in the journal.
    expect(await saveJourney(db, one, viewport, 1, { tabId: 'tab-a', seq: 2 })).toEqual({ ok: true, revision: 2 });
    expect((await entriesOf(db)).map((e) => e.seq)).toEqual([3]);
    expect((await getJourney(db, start.id))?.meta.savedFrom).toEqual({ tabId: 'tab-a', seq: 2 });
  });

  it('puts a crashed tab’s edits back into the journey, also those made after its last save', async () => {
    const { db, start, tab } = await setup();
    const one = renamed(start, 'One');
    tab.record(one);
    await saveJourney(db, one, viewport, 1, tab.source());
    const two = withNote(one, 'n-two');
    tab.record(two);
    tab.record(renamed(two, 'Two'));
    await tab.settled();
    // The tab crashes here: the last two edits are only in the journal.
    expect(await journalTabIds(db)).toEqual(['tab-a']);
    expect(await recoverJournal(db, 'tab-a')).toEqual([{ kind: 'saved', journeyId: start.id, name: 'Two', edits: 2 }]);
    const stored = await getJourney(db, start.id);
    expect(stored?.journey).toEqual(renamed(two, 'Two'));
    expect(stored?.meta.revision).toBe(3);
    expect(await entriesOf(db)).toEqual([]);
    // Recovering again finds nothing to do.
    expect(await recoverJournal(db, 'tab-a')).toEqual([]);
  });

  it('never puts edits over a version another tab saved since: they come back as a copy', async () => {
    const { db, start, tab } = await setup();
    tab.record(withNote(start, 'mine'));
    await tab.settled();
    // Another tab saves first; then this tab crashes before its autosave.
    await saveJourney(db, renamed(start, 'Theirs'), viewport, 1);
    const [outcome] = await recoverJournal(db, 'tab-a', { newId: () => 'journey-copy' });
    expect(outcome).toEqual({ kind: 'copied', journeyId: start.id, copyId: 'journey-copy', name: 'Theirs (recovered)', edits: 1 });
    expect((await getJourney(db, start.id))?.journey.name).toBe('Theirs');
    expect((await getJourney(db, start.id))?.journey.nodes.map((n) => n.id)).not.toContain('mine');
    expect((await getJourney(db, 'journey-copy'))?.journey.nodes.map((n) => n.id)).toContain('mine');
  });

  it('also after the tab’s own save was replaced by another tab’s', async () => {
    const { db, start, tab } = await setup();
    const one = renamed(start, 'One');
    tab.record(one);
    await saveJourney(db, one, viewport, 1, tab.source());
    tab.record(withNote(one, 'after-save'));
    await tab.settled();
    await saveJourney(db, renamed(start, 'Theirs'), viewport, 2);
    const [outcome] = await recoverJournal(db, 'tab-a', { newId: () => 'journey-copy' });
    expect(outcome?.kind).toBe('copied');
    expect((await getJourney(db, start.id))?.journey.name).toBe('Theirs');
  });

  it('an edit made while a save was on its way follows on from that save', async () => {
    const { db, start, tab } = await setup();
    const one = renamed(start, 'One');
    tab.record(one);
    const source = tab.source();
    // Recorded before the save starts, committed after it: chained to the saved state, not lost.
    tab.record(renamed(one, 'Two'));
    await saveJourney(db, one, viewport, 1, source);
    await tab.settled();
    expect(await recoverJournal(db, 'tab-a')).toMatchObject([{ kind: 'saved', name: 'Two' }]);
  });

  it('stops at a gap: an edit after one the browser refused cannot be replayed on its own', () => {
    const start = sampleModelJourney();
    const entry = (seq: number, prevSeq: number, name: string) => ({ tabId: 't', journeyId: start.id, seq, prevSeq, chainStart: 1, baseRevision: 1, patch: { set: { name } }, at: 0 });
    const stored = { meta: { id: start.id, revision: 1 } as never, journey: start };
    expect(planRecovery('t', [entry(2, 1, 'A'), entry(4, 3, 'C')], stored)).toEqual({ kind: 'save', journey: renamed(start, 'A'), edits: 1 });
    expect(planRecovery('t', [entry(3, 2, 'B')], stored)).toEqual({ kind: 'copy', journey: renamed(start, 'B'), edits: 1 });
    expect(planRecovery('t', [], stored)).toEqual({ kind: 'none' });
  });

  it('a journey moved to the bin gets its edits as a copy; one deleted for good drops them', async () => {
    const { db, start, tab } = await setup();
    tab.record(withNote(start, 'mine'));
    await tab.settled();
    await deleteJourney(db, start.id);
    expect(await recoverJournal(db, 'tab-a', { newId: () => 'journey-copy' })).toMatchObject([{ kind: 'copied', copyId: 'journey-copy' }]);

    tab.restart('journey-copy', (await getJourney(db, 'journey-copy'))!.journey, 1);
    tab.record(renamed((await getJourney(db, 'journey-copy'))!.journey, 'Gone'));
    await tab.settled();
    await deleteJourney(db, 'journey-copy');
    expect(await purgeDeletedJourneys(db, 0)).toBe(2);
    expect(await entriesOf(db)).toEqual([]);
  });

  it('two tabs recovering the same journal at once put the edits back only once', async () => {
    const { db, start, tab } = await setup();
    tab.record(renamed(start, 'Once'));
    await tab.settled();
    const other = new JourneyDesignerDB(db.name);
    const outcomes = await Promise.all([recoverJournal(db, 'tab-a'), recoverJournal(other, 'tab-a')]);
    expect(outcomes.flat().filter((o) => o.kind === 'saved')).toHaveLength(1);
    expect((await getJourney(db, start.id))?.meta.revision).toBe(2);
    other.close();
  });

  it('forgets a tab’s entries for a journey when asked', async () => {
    const { db, start, tab } = await setup();
    tab.record(renamed(start, 'Given up'));
    await tab.discard(start.id);
    expect(await entriesOf(db)).toEqual([]);
  });
});
