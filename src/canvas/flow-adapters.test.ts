import { describe, expect, it } from 'vitest';
import { createEdgeAdapter, createNodeAdapter, edgeLabel, type NodeViewInputs } from './flow-adapters';
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
});
