import { describe, expect, it } from 'vitest';
import { createEdge, createJourney, createNode, newId } from './factory';
import { Journey, JourneyEdge, JourneyNode, NODE_KINDS, type DecisionNode } from './journey';

function journeyWith(mode: DecisionNode['mode']): Journey {
  const journey = createJourney('Factory', 'j');
  journey.nodes = [
    { ...(createNode('decision', { x: 0, y: 0 }, 'd') as DecisionNode), mode },
    createNode('event', { x: 0, y: 0 }, 'e'),
    createNode('action', { x: 0, y: 0 }, 'a1'),
    createNode('action', { x: 0, y: 0 }, 'a2'),
    createNode('action', { x: 0, y: 0 }, 'a3'),
  ];
  return journey;
}

/** Draws edges from the decision one after another, as the user would. */
function drawFromDecision(journey: Journey, targets: string[]): JourneyEdge[] {
  for (const target of targets) journey.edges.push(createEdge(journey, 'd', target, `d->${target}`));
  return journey.edges;
}

describe('createEdge', () => {
  it('gives edges that do not leave a decision no branch', () => {
    const journey = journeyWith('rules');
    expect(createEdge(journey, 'e', 'a1', 'x')).toEqual({ id: 'x', source: 'e', target: 'a1', branch: null, likelihood: null });
  });

  it('makes the first branch of a rules decision its otherwise branch, and gives later ones a condition', () => {
    const [first, second, third] = drawFromDecision(journeyWith('rules'), ['a1', 'a2', 'a3']);
    expect(first?.branch).toEqual({ label: 'Otherwise', otherwise: true, condition: null, percent: null });
    expect(second?.branch).toEqual({ label: 'Branch 2', otherwise: false, condition: { '==': [{ var: 'persona.segment' }, ''] }, percent: null });
    expect(third?.branch).toMatchObject({ label: 'Branch 3', otherwise: false, percent: null });
    expect(third?.branch?.condition).not.toBeNull();
  });

  it('gives split decisions percentage branches with no condition', () => {
    const edges = drawFromDecision(journeyWith('split'), ['a1', 'a2']);
    expect(edges.map((e) => e.branch)).toEqual([
      { label: 'Variant A', otherwise: false, condition: null, percent: 0 },
      { label: 'Variant B', otherwise: false, condition: null, percent: 0 },
    ]);
  });

  it('creates edges the schema accepts unchanged', () => {
    const edges = drawFromDecision(journeyWith('rules'), ['a1', 'a2']);
    for (const e of edges) expect(JourneyEdge.parse(e)).toEqual(e);
  });
});

describe('createNode and createJourney', () => {
  it.each(NODE_KINDS)('creates a %s the schema accepts unchanged', (kind) => {
    const node = createNode(kind, { x: 10, y: 20 }, `${kind}-1`);
    expect(node).toMatchObject({ id: `${kind}-1`, kind, position: { x: 10, y: 20 } });
    expect(JourneyNode.parse(node)).toEqual(node);
  });

  it('creates an empty journey the schema accepts unchanged', () => {
    const journey = createJourney();
    expect(journey).toMatchObject({ name: 'Untitled journey', nodes: [], edges: [], staticRoute: [] });
    expect(Journey.parse(journey)).toEqual(journey);
  });

  it('makes readable, distinct ids', () => {
    const ids = Array.from({ length: 50 }, () => newId('persona'));
    for (const id of ids) expect(id).toMatch(/^persona-[0-9a-z]{6}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
