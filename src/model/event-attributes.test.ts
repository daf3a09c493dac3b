import { describe, expect, it } from 'vitest';
import { exportJourneyFile, importJourneyFile } from '../io/journey-file';
import { EventNode, Journey } from './journey';

const base = { id: 'e', kind: 'event', name: 'Order', eventKey: 'order', position: { x: 0, y: 0 } } as const;
const parse = (attributes: unknown) => EventNode.safeParse({ ...base, attributes });

describe('event attribute distributions', () => {
  it('are optional: an event without them reads and writes exactly as before', () => {
    const parsed = EventNode.parse(base);
    expect('attributes' in parsed).toBe(false);
  });

  it('fill their defaults: two decimals, no bounds on a normal curve', () => {
    expect(parse({ value: { kind: 'uniform', min: 0, max: 100 }, mood: { kind: 'normal', mean: 0, sd: 1 } }).data?.attributes).toEqual({
      value: { kind: 'uniform', min: 0, max: 100, decimals: 2 },
      mood: { kind: 'normal', mean: 0, sd: 1, min: null, max: null, decimals: 2 },
    });
  });

  it('refuse names conditions could not read, and impossible distributions', () => {
    for (const name of ['channel', 'key', 'at', 'timer', 'event', 'constructor', '1st', 'cart.value', '']) {
      expect(parse({ [name]: { kind: 'uniform', min: 0, max: 1 } }).success, name).toBe(false);
    }
    // A prototype key never becomes an attribute.
    expect(parse(JSON.parse('{"__proto__": {"kind": "uniform", "min": 0, "max": 1}}')).data?.attributes).toEqual({});
    expect(parse({ value: { kind: 'uniform', min: 5, max: 1 } }).success).toBe(false);
    expect(parse({ value: { kind: 'normal', mean: 5, sd: -1 } }).success).toBe(false);
    expect(parse({ value: { kind: 'normal', mean: 5, sd: 1, min: 9, max: 1 } }).success).toBe(false);
    expect(parse({ tier: { kind: 'choice', options: [] } }).success).toBe(false);
    expect(parse({ tier: { kind: 'choice', options: [{ value: 'gold', weight: 0 }] } }).success).toBe(false);
    expect(parse({ value: { kind: 'uniform', min: 0, max: 1, decimals: 7 } }).success).toBe(false);
    expect(parse({ value: { kind: 'poisson', lambda: 3 } }).success).toBe(false);
  });

  it('survive an export and an import of the journey file', () => {
    const journey = Journey.parse({
      id: 'j',
      name: 'Shop',
      nodes: [
        {
          ...base,
          attributes: {
            value: { kind: 'normal', mean: 80, sd: 40, min: 5, max: null, decimals: 2 },
            newCustomer: { kind: 'choice', options: [{ value: true, weight: 1 }, { value: false, weight: 3 }] },
          },
        },
      ],
      edges: [],
    });
    const back = importJourneyFile(exportJourneyFile(journey));
    expect(back.ok && back.journey.nodes[0]).toEqual(journey.nodes[0]);
  });
});
