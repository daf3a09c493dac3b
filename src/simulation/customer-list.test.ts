import { describe, expect, it } from 'vitest';
import { customerRows, describeOutcome, filterCustomers, NO_FILTER, type CustomerFactsInput } from './customer-list';

// Four customers: a goal only in dynamic (after a stall in static and a re-route), a goal in both,
// a goal in neither, a goal only in static.
const facts: CustomerFactsInput = {
  ids: ['c000001', 'c000002', 'r09', 'r10'],
  personaIds: ['persona-a', 'persona-b', 'persona-a', 'ghost'],
  goal: { static: Uint8Array.from([0, 1, 0, 1]), dynamic: Uint8Array.from([1, 1, 0, 0]) },
  stalls: { static: Int32Array.from([2, 0, 0, 0]), dynamic: Int32Array.from([0, 0, 1, 0]) },
  reroutes: { static: Int32Array.from([0, 0, 0, 0]), dynamic: Int32Array.from([1, 0, 0, 0]) },
};
const names = new Map([
  ['persona-a', 'Bill-shocked family'],
  ['persona-b', 'Roaming business traveller'],
]);
const rows = customerRows(facts, names);
const ids = (f: Partial<typeof NO_FILTER>) => filterCustomers(rows, { ...NO_FILTER, ...f }, 100).shown.map((r) => r.id);

describe('the customer list', () => {
  it('names customers by persona, keeping the id; an unknown persona keeps its id', () => {
    expect(rows.map((r) => [r.persona, r.id])).toEqual([
      ['Bill-shocked family', 'c000001'],
      ['Roaming business traveller', 'c000002'],
      ['Bill-shocked family', 'r09'],
      ['ghost', 'r10'],
    ]);
  });

  it('searches persona names and ids, every word, in any case', () => {
    expect(ids({ text: 'family' })).toEqual(['c000001', 'r09']);
    expect(ids({ text: 'FAMILY r0' })).toEqual(['r09']);
    expect(ids({ text: 'c00000' })).toEqual(['c000001', 'c000002']);
    expect(ids({ text: 'nobody' })).toEqual([]);
  });

  it('filters by persona and by outcome in either mode', () => {
    expect(ids({ personaId: 'persona-a' })).toEqual(['c000001', 'r09']);
    expect(ids({ outcome: 'goal' })).toEqual(['c000001', 'c000002', 'r10']);
    expect(ids({ outcome: 'no-goal' })).toEqual(['r09']);
    expect(ids({ outcome: 'stalled' })).toEqual(['c000001', 'r09']);
    expect(ids({ outcome: 're-routed' })).toEqual(['c000001']);
  });

  it('filters by the difference between the modes', () => {
    expect(ids({ difference: 'dynamic-only' })).toEqual(['c000001']);
    expect(ids({ difference: 'static-only' })).toEqual(['r10']);
    expect(ids({ difference: 'both' })).toEqual(['c000002']);
    expect(ids({ difference: 'neither' })).toEqual(['r09']);
    expect(ids({ difference: 'dynamic-only', personaId: 'persona-b' })).toEqual([]);
  });

  it('shows the first rows and counts them all', () => {
    const { shown, total } = filterCustomers(rows, NO_FILTER, 2);
    expect(shown.map((r) => r.id)).toEqual(['c000001', 'c000002']);
    expect(total).toBe(4);
  });

  it('says what happened, mode by mode', () => {
    expect(describeOutcome(rows[0]!)).toBe('static: stalled, no goal · dynamic: re-routed, goal');
    expect(describeOutcome(rows[2]!)).toBe('static: no goal · dynamic: stalled, no goal');
  });

  it('lists only the modes that ran', () => {
    const one = customerRows({ ...facts, goal: { dynamic: facts.goal.dynamic! } }, names);
    expect(describeOutcome(one[1]!)).toBe('dynamic: goal');
    expect(filterCustomers(one, { ...NO_FILTER, difference: 'dynamic-only' }, 10).total).toBe(0);
  });
});
