/**
 * Discovery is exact: a log the simulator generates from a journey (src/sim/population.ts),
 * written as a CSV export and mined back through the importer, has every transition the
 * simulator emitted — and the starts and ends of its customers — with the same counts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generatePopulation } from '../sim';
import { logToCsv } from '../io/log-csv';
import { previewEventCsv, readEventCsv } from '../io/event-log-csv';
import { SCENARIOS } from '../samples/scenarios';
import { caseMask, directlyFollows, END, NO_FILTER, START } from './discover';
import { piecesOf } from './testing';

describe('mining a generated population back', () => {
  it('finds every emitted transition with its count', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SCENARIOS), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 120 }), fc.double({ min: 0, max: 0.5, noNaN: true }), async (scenario, seed, size, deviationRate) => {
        const log = generatePopulation(scenario.journey, { size, seed, deviationRate });
        // What the simulator emitted, counted plainly.
        const expected = new Map<string, number>();
        const bump = (k: string) => expected.set(k, (expected.get(k) ?? 0) + 1);
        for (const c of log.customers) {
          if (c.events.length === 0) continue;
          bump(`(start)>${c.events[0]!.event}`);
          for (let i = 1; i < c.events.length; i++) bump(`${c.events[i - 1]!.event}>${c.events[i]!.event}`);
          bump(`${c.events.at(-1)!.event}>(end)`);
        }
        const csv = logToCsv({ ...log, start: '2025-03-01T00:00:00.000Z' });
        const preview = previewEventCsv(csv, true);
        if (!('format' in preview)) throw new Error('preview failed');
        const read = await readEventCsv(piecesOf(csv, 997), preview, { ...preview.suggestion, caseId: 'customer_id', activity: 'event', timestamp: 'at', timestampFormat: 'iso' }, 'population.csv');
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        const dfg = directlyFollows(read.log, caseMask(read.log, NO_FILTER));
        const name = (a: number) => (a === START ? '(start)' : a === END ? '(end)' : read.log.activities[a]!);
        const mined = new Map(dfg.transitions.map((t) => [`${name(t.from)}>${name(t.to)}`, t.count]));
        expect(mined).toEqual(expected);
        expect(dfg.events).toBe(log.customers.reduce((n, c) => n + c.events.length, 0));
      }),
      { numRuns: 40 },
    );
  });
});
