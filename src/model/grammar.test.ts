import { describe, expect, it } from 'vitest';
import { createEdge, createJourney, createNode } from './factory';
import { checkConnection, connectionTargets } from './grammar';
import { cloneSample } from '../samples/retail';
import { NODE_KINDS, type Journey, type NodeKind } from './journey';

// Written out by hand rather than read from ALLOWED_TARGETS, so a change to the table fails here.
const ALLOWED: ReadonlyArray<readonly [NodeKind, NodeKind]> = [
  ['persona', 'event'],
  ['event', 'decision'],
  ['event', 'action'],
  ['decision', 'action'],
  ['decision', 'decision'],
  ['action', 'event'],
];
const isAllowed = (s: NodeKind, t: NodeKind) => ALLOWED.some(([a, b]) => a === s && b === t);
const ALL_PAIRS = NODE_KINDS.flatMap((s) => NODE_KINDS.map((t) => [s, t] as const));

function journeyOf(...nodes: [NodeKind, string][]): Journey {
  const journey = createJourney('Grammar', 'j');
  journey.nodes = nodes.map(([kind, id]) => createNode(kind, { x: 0, y: 0 }, id));
  return journey;
}

function connect(journey: Journey, source: string, target: string): Journey {
  return { ...journey, edges: [...journey.edges, createEdge(journey, source, target, `${source}->${target}`)] };
}

describe('checkConnection', () => {
  it.each(ALLOWED)('lets a %s lead to a %s', (source, target) => {
    expect(checkConnection(journeyOf([source, 's'], [target, 't']), 's', 't')).toEqual({ ok: true });
  });

  it.each(ALL_PAIRS.filter(([s, t]) => !isAllowed(s, t)))('refuses a %s leading to a %s, with a reason', (source, target) => {
    const result = checkConnection(journeyOf([source, 's'], [target, 't']), 's', 't');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.length).toBeGreaterThan(10);
    if (target === 'note') expect(result.reason).toMatch(/Notes/);
    else expect(result.reason).toContain(`cannot connect to ${target === 'event' || target === 'action' ? 'an' : 'a'} ${target}`);
  });

  it('covers all 25 pairs of kinds: 6 allowed, 19 refused', () => {
    expect(ALL_PAIRS).toHaveLength(25);
    const ok = ALL_PAIRS.filter(([s, t]) => checkConnection(journeyOf([s, 's'], [t, 't']), 's', 't').ok);
    expect(ok).toHaveLength(ALLOWED.length);
    expect(ok).toEqual(expect.arrayContaining(ALLOWED.map((pair) => [...pair])));
  });

  it('refuses a connection to or from a node that does not exist', () => {
    const journey = journeyOf(['event', 'e']);
    expect(checkConnection(journey, 'e', 'missing')).toEqual({ ok: false, reason: 'Both ends of a connection must be nodes on the canvas.' });
    expect(checkConnection(journey, 'missing', 'e').ok).toBe(false);
  });

  it('refuses connecting two nodes twice', () => {
    const journey = connect(journeyOf(['event', 'e'], ['action', 'a']), 'e', 'a');
    expect(checkConnection(journey, 'e', 'a')).toEqual({ ok: false, reason: 'These two nodes are already connected.' });
    // The other direction is a different connection, and allowed.
    expect(checkConnection(journey, 'a', 'e')).toEqual({ ok: true });
  });

  it('refuses self loops, even for decisions that may lead to decisions', () => {
    for (const kind of NODE_KINDS) {
      expect(checkConnection(journeyOf([kind, 'x']), 'x', 'x')).toEqual({ ok: false, reason: 'A node cannot connect to itself.' });
    }
  });

  it('refuses a loop made of decisions only', () => {
    let journey = journeyOf(['decision', 'd1'], ['decision', 'd2'], ['decision', 'd3']);
    journey = connect(connect(journey, 'd1', 'd2'), 'd2', 'd3');
    expect(checkConnection(journey, 'd2', 'd1')).toEqual({ ok: false, reason: 'Decisions cannot form a loop without an action between them.' });
    expect(checkConnection(journey, 'd3', 'd1').ok).toBe(false);
    // A chain that does not close is fine.
    expect(checkConnection(journeyOf(['decision', 'd1'], ['decision', 'd2']), 'd2', 'd1')).toEqual({ ok: true });
  });

  it('allows a loop back to a decision through an action and an event', () => {
    let journey = journeyOf(['event', 'e'], ['decision', 'd'], ['action', 'a']);
    journey = connect(connect(journey, 'e', 'd'), 'd', 'a');
    expect(checkConnection(journey, 'a', 'e')).toEqual({ ok: true });
  });
});

describe('journey ends', () => {
  it('refuses anything after a goal or an exit action, and says why', () => {
    const j = createJourney('ends');
    const goal = { ...createNode('action', { x: 0, y: 0 }, 'goal'), outcome: 'goal' as const };
    const exit = { ...createNode('action', { x: 0, y: 200 }, 'exit'), outcome: 'exit' as const };
    j.nodes.push(goal, exit, createNode('event', { x: 300, y: 0 }, 'next'));
    const fromGoal = checkConnection(j, 'goal', 'next');
    expect(fromGoal.ok).toBe(false);
    expect(!fromGoal.ok && fromGoal.reason).toMatch(/goal action ends the journey/);
    expect(checkConnection(j, 'exit', 'next').ok).toBe(false);
  });
});

describe('connectionTargets', () => {
  const byCheck = (journey: Journey, source: string) => journey.nodes.filter((n) => checkConnection(journey, source, n.id).ok).map((n) => n.id);
  const byTargets = (journey: Journey, source: string) => connectionTargets(journey, source).map((n) => n.id);

  it('lists exactly the nodes checkConnection allows, from every node of the sample', () => {
    const journey = cloneSample();
    for (const node of journey.nodes) expect(byTargets(journey, node.id), node.id).toEqual(byCheck(journey, node.id));
  });

  it('leaves out the decisions that would close a loop of decisions, and nothing else', () => {
    // d1 → d2 → d3, and d4 → d2: from d3, d1 d2 and d4 would each close a loop; d5 would not.
    let journey = journeyOf(['decision', 'd1'], ['decision', 'd2'], ['decision', 'd3'], ['decision', 'd4'], ['decision', 'd5'], ['action', 'a']);
    journey = connect(connect(connect(journey, 'd1', 'd2'), 'd2', 'd3'), 'd4', 'd2');
    expect(byTargets(journey, 'd3')).toEqual(['d5', 'a']);
    for (const node of journey.nodes) expect(byTargets(journey, node.id), node.id).toEqual(byCheck(journey, node.id));
  });

  it('is empty for a node that is not there or a journey end', () => {
    const journey = journeyOf(['action', 'a'], ['event', 'e']);
    expect(connectionTargets(journey, 'missing')).toEqual([]);
    journey.nodes[0] = { ...journey.nodes[0]!, outcome: 'goal' } as Journey['nodes'][number];
    expect(connectionTargets(journey, 'a')).toEqual([]);
  });
});
