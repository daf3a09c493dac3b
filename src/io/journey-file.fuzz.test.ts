import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Journey } from '../model/journey';
import { importLibraryFile } from './backup';
import { exportJourneyFile, importJourneyFile, type ImportResult } from './journey-file';
import { journeyArb, sampleJourney } from './journey-file.fixtures';

/**
 * Hostile and broken documents. Each run must end in a result, never an exception; a refusal
 * must say at least one thing; an acceptance must be a real journey; and no prototype is touched.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A value anywhere in a document: the path to it, as keys and indexes. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: (string | number)[], change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  if (path.length === 0) return root;
  let parent = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path.at(-1)!);
  return root;
}

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -1e308, '', 'x', [], {}, '__proto__', ' ', '0', 'NaN'),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.string({ unit: 'binary', maxLength: 2000 }),
);

/** A valid file, then one structural change at a random place: replace, delete, or add a hostile key. */
const mutatedFile = fc
  .tuple(journeyArb, fc.nat(), fc.constantFrom('replace', 'delete', 'proto', 'constructor', 'nest'), wrongValue)
  .map(([journey, pick, how, value]) => {
    const doc = JSON.parse(exportJourneyFile(journey)) as Json;
    const all = paths(doc).filter((p) => p.length > 0);
    const path = all[pick % all.length]!;
    setAt(doc, path, (parent, key) => {
      if (how === 'replace') parent[key] = value;
      else if (how === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      } else if (how === 'nest') parent[key] = JSON.parse(`${'['.repeat(80)}${']'.repeat(80)}`);
      else {
        const target = parent[key];
        if (target && typeof target === 'object' && !Array.isArray(target)) {
          Object.defineProperty(target, how === 'proto' ? '__proto__' : 'constructor', { value: { polluted: true, prototype: { polluted: true } }, enumerable: true });
        }
      }
    });
    return JSON.stringify(doc);
  });

/** A valid file's text, cut, spliced or with characters changed. */
const mangledText = fc.tuple(journeyArb, fc.nat(), fc.nat(), fc.string({ maxLength: 5 })).map(([journey, a, b, insert]) => {
  const text = exportJourneyFile(journey);
  const from = a % text.length;
  const to = from + (b % 8);
  return text.slice(0, from) + insert + text.slice(to);
});

/** A valid journey with one broken reference: a dangling edge end, a duplicate id, a route to nowhere, an unknown operator. */
const brokenReference = fc
  .tuple(journeyArb, fc.constantFrom('target', 'source', 'duplicate-node', 'duplicate-edge', 'route', 'operator'), fc.nat())
  .map(([journey, how, pick]) => {
    const j = structuredClone(journey);
    const edge = j.edges[pick % Math.max(1, j.edges.length)];
    if (how === 'target' && edge) edge.target = `${edge.target}-gone`;
    else if (how === 'source' && edge) edge.source = `${edge.source}-gone`;
    else if (how === 'duplicate-node' && j.nodes.length > 0) j.nodes.push({ ...j.nodes[pick % j.nodes.length]! });
    else if (how === 'duplicate-edge' && edge) j.edges.push({ ...edge });
    else if (how === 'operator' && edge) edge.branch = { label: '', otherwise: false, percent: null, condition: { and: [{ frobnicate: [1] }] } };
    else j.staticRoute.push('no-such-edge');
    return exportJourneyFile(j);
  });

const deepNesting = fc.tuple(fc.integer({ min: 64, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => {
  const close = open === '[' ? ']' : '}';
  return `{"format":"journey-designer/journey","version":1,"journey":${open.repeat(n)}1${close.repeat(n)}}`;
});

const wrongEnvelope = fc
  .record({ format: wrongValue, version: wrongValue, journey: wrongValue }, { requiredKeys: [] })
  .map((doc) => JSON.stringify(doc));

const wrongTypes = fc
  .record({ id: wrongValue, name: wrongValue, nodes: wrongValue, edges: wrongValue, staticRoute: wrongValue, tags: wrongValue }, { requiredKeys: [] })
  .map((journey) => JSON.stringify({ format: 'journey-designer/journey', version: 1, journey }));

/** Large but allowed: a 1 MB name (fine), and just over the limit (refused before parsing). */
const bigName = (() => {
  const file = JSON.parse(exportJourneyFile(sampleJourney()));
  file.journey.name = 'A'.repeat(1024 * 1024);
  return JSON.stringify(file);
})();
const overLimit = `{"format":"journey-designer/journey","version":1,"journey":{"name":"${'é'.repeat(5.5 * 1024 * 1024)}"}}`;

const hostile = fc.oneof(
  { arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: mutatedFile, weight: 4 },
  { arbitrary: mangledText, weight: 3 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: wrongEnvelope, weight: 1 },
  { arbitrary: wrongTypes, weight: 2 },
  { arbitrary: brokenReference, weight: 2 },
  { arbitrary: fc.constantFrom(bigName, overLimit, '', ' ', 'null', '{}', '[]', '"journey"', '{"__proto__":{"polluted":true}}'), weight: 1 },
);

function checkResult(result: ImportResult): void {
  if (result.ok) {
    expect(Journey.safeParse(result.journey).success).toBe(true);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.message.length).toBeLessThan(600);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

describe('importer fuzz', () => {
  it('never throws, and every refusal explains itself (1,200 hostile documents)', () => {
    let refused = 0;
    fc.assert(
      fc.property(hostile, (text) => {
        const result = importJourneyFile(text);
        checkResult(result);
        if (!result.ok) refused++;
      }),
      { numRuns: 1200 },
    );
    // Most documents are broken; mutations that stay valid (a defaulted field deleted, a prototype
    // key dropped, whitespace spliced in) are fine to accept.
    expect(refused).toBeGreaterThan(800);
    // 1,200 full imports take ~3 s on a quiet 2-core machine; give a loaded CI machine room.
  }, 30_000);

  it('refuses deep nesting and oversize files specifically', () => {
    fc.assert(
      fc.property(deepNesting, (text) => {
        const result = importJourneyFile(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems[0]!.message).toMatch(/nested more than 64 levels/);
      }),
      { numRuns: 50 },
    );
    const big = importJourneyFile(overLimit);
    expect(!big.ok && big.problems[0]!.message).toMatch(/too large/);
    expect(importJourneyFile(bigName).ok).toBe(true);
  });

  it('the library backup reader holds up the same way', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const result = importLibraryFile(text.replace('journey-designer/journey', 'journey-designer/library'));
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
