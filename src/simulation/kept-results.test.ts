import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../samples/scenarios';
import { replayed } from './testing';
import { keptResultOf, readKeptResult, sourceLabel } from './kept-results';

const [retail] = SCENARIOS;

describe('kept results', () => {
  it('keep the figures of both modes, what was replayed and how many roads were closed, and read back identically', () => {
    const { reply } = replayed(retail!.journey, retail!.log);
    const kept = keptResultOf({ source: { kind: 'scenario', scenarioId: retail!.id }, journeyName: 'Checkout', seed: reply.seed, closures: 1, summary: reply.summary });
    expect(kept).toMatchObject({ source: retail!.title, journeyName: 'Checkout', customers: 34, closures: 1 });
    expect(kept.static?.goalRate).toBeCloseTo(13 / 34);
    expect(kept.dynamic?.stalls).toBe(reply.summary.dynamic?.stalls);
    expect(readKeptResult(structuredClone(kept))).toEqual(kept);
  });

  it('still read records kept before "Dropped off" was measured (it reads as no value)', () => {
    const { reply } = replayed(retail!.journey, retail!.log);
    const kept = keptResultOf({ source: { kind: 'none' }, journeyName: 'x', seed: 1, closures: 0, summary: reply.summary });
    const { droppedOff: _s, ...oldStatic } = kept.static!;
    const { droppedOff: _d, ...oldDynamic } = kept.dynamic!;
    expect(readKeptResult({ ...kept, static: oldStatic, dynamic: oldDynamic })).toEqual({ ...kept, static: { ...oldStatic, droppedOff: null }, dynamic: { ...oldDynamic, droppedOff: null } });
  });

  it('refuse a damaged or foreign record instead of reading half of it', () => {
    const { reply } = replayed(retail!.journey, retail!.log);
    const kept = keptResultOf({ source: { kind: 'none' }, journeyName: 'x', seed: 1, closures: 0, summary: reply.summary });
    expect(readKeptResult({ ...kept, version: 2 })).toBeNull();
    expect(readKeptResult({ ...kept, static: { ...kept.static, goalRate: 'high' } })).toBeNull();
    expect(readKeptResult('{"version":1}')).toBeNull();
    expect(readKeptResult(null)).toBeNull();
  });

  it('name what was replayed in the user’s words', () => {
    expect(sourceLabel({ kind: 'population', size: 5000, deviationRate: 0.05, dropOffRate: 0 })).toBe('A population of 5,000 (5% deviate)');
    expect(sourceLabel({ kind: 'population', size: 5000, deviationRate: 0.05, dropOffRate: 0.1 })).toBe('A population of 5,000 (5% deviate, 10% drop off)');
    expect(sourceLabel({ kind: 'log', name: 'crm.csv', log: retail!.log })).toBe('crm.csv');
  });
});
