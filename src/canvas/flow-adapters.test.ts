import { describe, expect, it } from 'vitest';
import { createEdgeAdapter, createEdgeLabelSpots, createNodeAdapter, edgeLabel, type NodeViewInputs } from './flow-adapters';
import { createEdge, createJourney, createNode } from '../model/factory';
import type { Journey } from '../model/journey';

function journeyWith(): Journey {
  const j = createJourney('t');
  const p = createNode('persona', { x: 0, y: 0 }, 'p');
  const e = createNode('event', { x: 300, y: 0 }, 'e');
  const d = createNode('decision', { x: 600, y: 0 }, 'd');
  j.nodes.push(p, e, d);
  j.edges.push(createEdge(j, 'p', 'e', 'pe'), createEdge(j, 'e', 'd', 'ed'));
  return j;
}

const inputs = (over: Partial<NodeViewInputs> = {}): NodeViewInputs => ({
  selected: new Set(),
  dragPositions: null,
  routeNodes: new Set(),
  problemsByNode: new Map(),
  sizes: new Map(),
  ...over,
});

describe('journey → React Flow adapters', () => {
  it('keeps the same view object for nodes that did not change', () => {
    const adapt = createNodeAdapter();
    const j = journeyWith();
    const first = adapt(j, inputs());
    const moved: Journey = { ...j, nodes: j.nodes.map((n) => (n.id === 'e' ? { ...n, position: { x: 320, y: 0 } } : n)) };
    const second = adapt(moved, inputs());
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.position).toEqual({ x: 320, y: 0 });
  });

  it('shows drag positions and selection without touching the journey', () => {
    const adapt = createNodeAdapter();
    const j = journeyWith();
    const views = adapt(j, inputs({ selected: new Set(['d']), dragPositions: { p: { x: 5, y: 6 } } }));
    expect(views[0]!.position).toEqual({ x: 5, y: 6 });
    expect(views[2]!.selected).toBe(true);
    expect(j.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('names nodes for screen readers by kind and name', () => {
    const views = createNodeAdapter()(journeyWith(), inputs());
    expect(views.map((v) => v.ariaLabel)).toEqual(['Persona: New persona', 'Event: New event', 'Decision: New decision']);
  });

  it('numbers static-route edges and labels branches and likelihoods', () => {
    const j = journeyWith();
    j.staticRoute = ['pe', 'ed'];
    const views = createEdgeAdapter()(j, new Set(), new Set());
    expect(views.map((v) => v.data!.routeStep)).toEqual([1, 2]);
    expect(edgeLabel({ id: 'x', source: 'a', target: 'b', branch: null, likelihood: 0.35 })).toBe('35%');
    expect(edgeLabel({ id: 'x', source: 'a', target: 'b', likelihood: null, branch: { label: 'Big cart', otherwise: false, percent: null, condition: { '>': [{ var: 'event.value' }, 100] } } })).toBe('Big cart: event.value > 100');
    expect(edgeLabel({ id: 'x', source: 'a', target: 'b', likelihood: null, branch: { label: 'B', otherwise: false, percent: 30, condition: null } })).toBe('B · 30%');
  });

  it('hands React Flow the same arrays when an edit changes no view, so it does not rebuild its lookups', () => {
    const nodesOf = createNodeAdapter();
    const edgesOf = createEdgeAdapter();
    const j = journeyWith();
    const none = new Set<string>();
    const nodes = nodesOf(j, inputs());
    const edges = edgesOf(j, none, none);
    // A new journey object whose connections are the same (a rename, say): same edge array.
    const renamed: Journey = { ...j, nodes: j.nodes.map((n) => (n.id === 'd' ? { ...n, name: 'Which offer?' } : n)) };
    expect(edgesOf(renamed, none, none)).toBe(edges);
    const renamedNodes = nodesOf(renamed, inputs());
    expect(renamedNodes).not.toBe(nodes);
    expect(renamedNodes[0]).toBe(nodes[0]);
    // Nothing changed at all: the same node array too.
    expect(nodesOf(renamed, inputs())).toBe(renamedNodes);
    // Selecting a connection changes only that edge.
    const selected = edgesOf(renamed, new Set(['ed']), none);
    expect(selected).not.toBe(edges);
    expect(selected[0]).toBe(edges[0]);
    expect(selected[1]!.selected).toBe(true);
  });

  it('during a drag looks again only at the dragged nodes, and drops back to the journey after it', () => {
    const adapt = createNodeAdapter();
    const j = journeyWith();
    const base = inputs();
    const first = adapt(j, base);
    const dragging = adapt(j, { ...base, dragPositions: { e: { x: 310, y: 20 } } });
    expect(dragging[1]!.position).toEqual({ x: 310, y: 20 });
    expect(dragging[0]).toBe(first[0]);
    expect(dragging[2]).toBe(first[2]);
    const further = adapt(j, { ...base, dragPositions: { e: { x: 330, y: 40 }, d: { x: 620, y: 20 } } });
    expect(further.map((v) => v.position)).toEqual([{ x: 0, y: 0 }, { x: 330, y: 40 }, { x: 620, y: 20 }]);
    // The drag is cancelled: every node is where the journey says.
    const after = adapt(j, { ...base, dragPositions: null });
    expect(after.map((v) => v.position)).toEqual(j.nodes.map((n) => n.position));
    expect(after[0]).toBe(first[0]);
  });

  it('says each card\'s size and handles before it is drawn, and keeps the measured size of a card drawn larger', () => {
    const adapt = createNodeAdapter();
    const j = journeyWith();
    const [persona, event] = adapt(j, inputs());
    expect(persona!.measured).toEqual({ width: 224, height: 112 });
    expect(persona!.handles!.map((h) => `${h.type}:${h.id ?? 'dot'}`)).toEqual(['source:dot']);
    expect(event!.handles!.map((h) => `${h.type}:${h.id ?? 'dot'}`)).toEqual(['target:dot', 'target:card', 'source:dot']);
    const larger = adapt(j, inputs({ sizes: new Map([['e', { width: 280, height: 140 }]]) }));
    expect(larger[1]!.measured).toEqual({ width: 280, height: 140 });
    // React Flow's own measurement of its handles stands.
    expect(larger[1]!.handles).toBeUndefined();
  });

  it('places connection labels again when a node moves, not when one is renamed', () => {
    const spotsOf = createEdgeLabelSpots();
    const j = journeyWith();
    j.edges[1]!.likelihood = 0.5;
    const sizes = new Map();
    const spots = spotsOf(j, sizes);
    expect(spots.has('ed')).toBe(true);
    const renamed: Journey = { ...j, nodes: j.nodes.map((n) => (n.id === 'e' ? { ...n, name: 'Renamed' } : n)) };
    expect(spotsOf(renamed, sizes)).toBe(spots);
    const moved: Journey = { ...renamed, nodes: renamed.nodes.map((n) => (n.id === 'e' ? { ...n, position: { x: 300, y: 400 } } : n)) };
    expect(spotsOf(moved, sizes)).not.toBe(spots);
  });
});
