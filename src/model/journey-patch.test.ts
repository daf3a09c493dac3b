import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyArb, sampleModelJourney } from '../io/journey-file.fixtures';
import { createNode } from './factory';
import type { Journey } from './journey';
import { applyJourneyPatch, diffJourney, withoutDanglingReferences } from './journey-patch';

/** An edit as the editor makes it: new objects for what changed, the very same ones for the rest. */
type Edit = (j: Journey) => Journey;

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.string().map((name): Edit => (j) => ({ ...j, name })),
  fc.nat().map((i): Edit => (j) => (j.nodes.length ? { ...j, nodes: j.nodes.map((n, k) => (k === i % j.nodes.length ? { ...n, position: { x: k, y: i } } : n)) } : j)),
  fc.nat().map((i): Edit => (j) => ({ ...j, nodes: [...j.nodes, createNode('note', { x: i, y: 0 }, `added-${i}-${j.nodes.length}`)] })),
  fc.nat().map((i): Edit => (j) => (j.nodes.length ? { ...j, nodes: j.nodes.filter((_, k) => k !== i % j.nodes.length) } : j)),
  fc.nat().map((i): Edit => (j) => {
    if (j.edges.length < 2) return j;
    const edges = [...j.edges];
    const a = i % edges.length;
    const b = (a + 1) % edges.length;
    [edges[a], edges[b]] = [edges[b]!, edges[a]!];
    return { ...j, edges };
  }),
  fc.constant<Edit>((j) => ({ ...j, staticRoute: [...j.staticRoute].reverse() })),
  fc.constant<Edit>((j) => ({ ...j, nodes: [...j.nodes].reverse(), edges: j.edges.slice(1) })),
);

describe('journey patches', () => {
  it('replaying the patches of any sequence of edits gives the journey the edits made', () => {
    fc.assert(
      fc.property(journeyArb, fc.array(editArb, { maxLength: 12 }), (start, edits) => {
        let editor: Journey = start;
        let replayed: Journey = structuredClone(start);
        for (const edit of edits) {
          const next = edit(editor);
          const patch = diffJourney(editor, next);
          // Stored and read back, as the journal does.
          if (patch) replayed = applyJourneyPatch(replayed, structuredClone(patch));
          editor = next;
        }
        expect(replayed).toEqual(editor);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a patch to what changed: renaming one node of many carries that node only', () => {
    const before = sampleModelJourney();
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'p1' ? { ...n, name: 'Silver shopper' } : n)) };
    expect(diffJourney(before, after)).toEqual({ nodes: { put: [after.nodes[0]] } });
    expect(diffJourney(before, { ...before, name: 'Renamed' })).toEqual({ set: { name: 'Renamed' } });
    expect(diffJourney(before, before)).toBeNull();
    expect(diffJourney(before, { ...before })).toBeNull();
  });

  it('says the new order only when an edit reorders', () => {
    const before = sampleModelJourney();
    const removed = { ...before, edges: before.edges.filter((e) => e.id !== 'x3') };
    expect(diffJourney(before, removed)).toEqual({ edges: { remove: ['x3'] } });
    const swapped = { ...before, edges: [before.edges[1]!, before.edges[0]!, ...before.edges.slice(2)] };
    expect(diffJourney(before, swapped)?.edges?.order).toEqual(swapped.edges.map((e) => e.id));
  });

  it('carries the whole list when ids repeat, so even a broken journey replays exactly', () => {
    const before = sampleModelJourney();
    const twice = { ...before, nodes: [...before.nodes, { ...before.nodes[0]!, name: 'Twin' }] };
    const patch = diffJourney(before, twice)!;
    expect(patch.nodes?.all).toHaveLength(before.nodes.length + 1);
    expect(applyJourneyPatch(before, patch)).toEqual(twice);
  });

  it('drops connections and route steps that point at nodes no longer there', () => {
    const journey = sampleModelJourney();
    const without = withoutDanglingReferences({ ...journey, nodes: journey.nodes.filter((n) => n.id !== 'd1') });
    expect(without.edges.map((e) => e.id)).toEqual(['x1', 'x5', 'x6', 'x7']);
    expect(without.staticRoute).toEqual(['x1', 'x5', 'x7']);
    expect(withoutDanglingReferences(journey)).toBe(journey);
  });
});
