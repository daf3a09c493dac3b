import { describe, expect, it } from 'vitest';
import { createNode } from './factory';
import type { ActionNode, Branch, DecisionNode, EventNode, Journey, JourneyEdge, JourneyNode, NodeKind, PersonaNode } from './journey';
import { validateJourney, type Problem, type ValidationRule } from './validation';

// ---------------------------------------------------------------------------
// A tiny builder: nodes by id with only the fields a test cares about.

type Fields<K extends NodeKind> = Partial<Extract<JourneyNode, { kind: K }>>;

class Builder {
  nodes: JourneyNode[] = [];
  edges: JourneyEdge[] = [];
  staticRoute: string[] = [];

  node<K extends NodeKind>(kind: K, id: string, fields: Fields<K> = {}): this {
    this.nodes.push({ ...createNode(kind, { x: 0, y: 0 }, id), ...fields } as JourneyNode);
    return this;
  }
  persona(id: string, fields: Fields<'persona'> = {}) {
    return this.node('persona', id, { name: id, share: 100, ...fields });
  }
  event(id: string, fields: Fields<'event'> = {}) {
    return this.node('event', id, { name: id, eventKey: id, ...fields });
  }
  decision(id: string, fields: Fields<'decision'> = {}) {
    return this.node('decision', id, { name: id, ...fields });
  }
  action(id: string, fields: Fields<'action'> = {}) {
    return this.node('action', id, { name: id, channel: 'email', ...fields });
  }
  /** A plain edge, id `source->target`. */
  edge(source: string, target: string, fields: Partial<JourneyEdge> = {}): this {
    this.edges.push({ id: `${source}->${target}`, source, target, branch: null, likelihood: null, ...fields });
    return this;
  }
  /** A decision branch, id `source->target`. */
  branch(source: string, target: string, branch: Partial<Branch>): this {
    return this.edge(source, target, { branch: { label: '', otherwise: false, condition: null, percent: null, ...branch } });
  }
  route(...edgeIds: string[]): this {
    this.staticRoute = edgeIds;
    return this;
  }
  build(): Journey {
    return { id: 'j', name: 'Test journey', description: '', nodes: this.nodes, edges: this.edges, staticRoute: this.staticRoute, stops: [] };
  }
}

const GOLD = { '==': [{ var: 'persona.tier' }, 'gold'] };

/** persona → event → rules decision → (gold: goal | otherwise: exit), with a static route to the goal. */
function valid(): Builder {
  return new Builder()
    .persona('p', { attributes: { tier: 'gold' } })
    .event('e')
    .decision('d')
    .action('goal', { outcome: 'goal' })
    .action('exit', { outcome: 'exit' })
    .edge('p', 'e')
    .edge('e', 'd')
    .branch('d', 'goal', { label: 'Gold', condition: GOLD })
    .branch('d', 'exit', { label: 'Otherwise', otherwise: true })
    .route('e->d', 'd->goal');
}

function problemsOf(journey: Journey, rule: ValidationRule): Problem[] {
  return validateJourney(journey).filter((p) => p.rule === rule);
}

function findNode<K extends NodeKind>(journey: Journey, id: string): Extract<JourneyNode, { kind: K }> {
  return journey.nodes.find((n) => n.id === id) as Extract<JourneyNode, { kind: K }>;
}

describe('validateJourney', () => {
  it('finds nothing wrong with a complete journey', () => {
    expect(validateJourney(valid().build())).toEqual([]);
  });

  it('returns nothing for an empty canvas', () => {
    expect(validateJourney(new Builder().build())).toEqual([]);
  });

  it('lists errors before warnings, with unique ids, the same way every time', () => {
    const b = valid().action('stray', { channel: null });
    const journey = b.build();
    findNode<'persona'>(journey, 'p').share = 50;
    const problems = validateJourney(journey);
    expect(problems.map((p) => [p.severity, p.rule])).toEqual([
      ['error', 'action-channel'],
      ['warning', 'unreachable'],
      ['warning', 'persona-share'],
    ]);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
    expect(validateJourney(structuredClone(journey))).toEqual(problems);
  });

  it('keeps a problem id stable when unrelated parts of the journey change', () => {
    const before = valid().action('stray', { channel: null }).build();
    const after = valid().action('other', { channel: 'sms' }).edge('goal', 'e').action('stray', { channel: null }).build();
    const id = (j: Journey) => problemsOf(j, 'action-channel')[0]?.id;
    expect(id(before)).toBe('action-channel:stray');
    expect(id(after)).toBe(id(before));
  });

  describe('grammar', () => {
    it('reports an edge the grammar forbids, naming both nodes', () => {
      const journey = valid().edge('goal', 'exit').build();
      expect(problemsOf(journey, 'grammar')).toEqual([
        {
          id: 'grammar:goal->exit',
          severity: 'error',
          rule: 'grammar',
          message: '"goal" cannot lead to "exit": an action can only lead to an event.',
          nodeId: 'goal',
          edgeId: 'goal->exit',
        },
      ]);
    });

    it('reports an edge to a node that no longer exists', () => {
      const [problem] = problemsOf(valid().edge('goal', 'gone').build(), 'grammar');
      expect(problem).toMatchObject({ severity: 'error', edgeId: 'goal->gone', message: 'A connection from "goal" leads to a node that no longer exists.' });
    });

    it('reports self loops, the second of two parallel edges, and the edge that closes a loop of decisions', () => {
      const journey = valid()
        .decision('d2')
        .edge('e', 'e')
        .edge('e', 'd', { id: 'duplicate' })
        .branch('d', 'd2', { condition: GOLD })
        .branch('d2', 'd', { otherwise: true })
        .build();
      expect(problemsOf(journey, 'grammar').map((p) => [p.edgeId, p.message])).toEqual([
        ['e->e', '"e" is connected to itself.'],
        ['duplicate', '"e" is connected to "d" more than once.'],
        ['d2->d', '"d2" and "d" form a loop of decisions with no action between them.'],
      ]);
    });

    it('accepts every allowed pair, including a decision leading to another decision', () => {
      const journey = valid()
        .decision('d2')
        .branch('d', 'd2', { condition: GOLD })
        .branch('d2', 'goal', { otherwise: true })
        .edge('exit', 'e')
        .build();
      expect(problemsOf(journey, 'grammar')).toEqual([]);
    });
  });

  describe('decision-mode', () => {
    it('reports an edge out of a decision that is not a branch', () => {
      const journey = valid().action('more').edge('d', 'more').build();
      expect(problemsOf(journey, 'decision-mode')).toEqual([
        expect.objectContaining({ severity: 'error', nodeId: 'd', edgeId: 'd->more', message: 'The connection from "d" to "more" is not set up as a branch.' }),
      ]);
    });

    it('reports a rules branch that carries a percentage', () => {
      const journey = valid().build();
      journey.edges.find((e) => e.id === 'd->goal')!.branch!.percent = 50;
      expect(problemsOf(journey, 'decision-mode')).toEqual([
        expect.objectContaining({ severity: 'error', edgeId: 'd->goal', message: 'Branch "Gold" of "d" has a percentage, but "d" chooses by rules, not by split.' }),
      ]);
    });

    it('accepts percentages on split branches', () => {
      const journey = new Builder()
        .decision('s', { mode: 'split' })
        .action('a')
        .action('b')
        .branch('s', 'a', { percent: 50 })
        .branch('s', 'b', { percent: 50 })
        .build();
      expect(problemsOf(journey, 'decision-mode')).toEqual([]);
    });
  });

  describe('otherwise', () => {
    it('reports a rules decision without an otherwise branch', () => {
      const journey = valid().build();
      journey.edges.find((e) => e.id === 'd->exit')!.branch = { label: 'Silver', otherwise: false, condition: GOLD, percent: null };
      expect(problemsOf(journey, 'otherwise')).toEqual([
        expect.objectContaining({ id: 'otherwise:d', severity: 'error', nodeId: 'd', message: '"d" has no otherwise branch for customers who match none of its rules.' }),
      ]);
    });

    it('reports a rules decision with two otherwise branches', () => {
      const journey = valid().build();
      journey.edges.find((e) => e.id === 'd->goal')!.branch!.otherwise = true;
      expect(problemsOf(journey, 'otherwise').map((p) => p.message)).toEqual(['"d" has 2 otherwise branches; keep exactly one.']);
    });

    it('reports a decision with no branches at all, whatever its mode', () => {
      const journey = valid().decision('lonely', { mode: 'split' }).branch('d', 'lonely', { condition: GOLD }).build();
      expect(problemsOf(journey, 'otherwise')).toEqual([
        expect.objectContaining({ severity: 'error', nodeId: 'lonely', message: '"lonely" has no branches. Connect it to what should happen next.' }),
      ]);
    });

    it('does not ask a split decision for an otherwise branch', () => {
      const journey = new Builder().decision('s', { mode: 'split' }).action('a').branch('s', 'a', { percent: 100 }).build();
      expect(problemsOf(journey, 'otherwise')).toEqual([]);
    });
  });

  describe('split', () => {
    const split = (...percents: (number | null)[]) => {
      const b = new Builder().decision('s', { name: 'A/B test', mode: 'split' });
      percents.forEach((percent, i) => b.action(`a${i}`).branch('s', `a${i}`, { label: `Variant ${i}`, percent }));
      return b.build();
    };

    it('reports percentages that do not add up to 100', () => {
      expect(problemsOf(split(50, 40), 'split')).toEqual([
        expect.objectContaining({ id: 'split:s', severity: 'error', nodeId: 's', message: 'The branches of "A/B test" add up to 90%, not 100%.' }),
      ]);
    });

    it('reports a branch with no percentage', () => {
      expect(problemsOf(split(100, null), 'split')).toEqual([
        expect.objectContaining({ severity: 'error', nodeId: 's', edgeId: 's->a1', message: 'Branch "Variant 1" of "A/B test" has no percentage.' }),
      ]);
    });

    it('accepts percentages that add up to 100, allowing for rounding', () => {
      expect(problemsOf(split(50, 50), 'split')).toEqual([]);
      expect(problemsOf(split(10.1, 20.2, 69.7), 'split')).toEqual([]);
    });
  });

  describe('condition', () => {
    const withCondition = (condition: Branch['condition'] | undefined) => {
      const journey = valid().build();
      journey.edges.find((e) => e.id === 'd->goal')!.branch!.condition = condition as Branch['condition'];
      return journey;
    };

    it('reports a branch with no condition', () => {
      for (const missing of [null, undefined]) {
        expect(problemsOf(withCondition(missing), 'condition')).toEqual([
          expect.objectContaining({ id: 'condition:d->goal', severity: 'error', nodeId: 'd', edgeId: 'd->goal', message: 'Branch "Gold" of "d" has no condition.' }),
        ]);
      }
    });

    it('reports a condition that cannot run', () => {
      const [problem] = problemsOf(withCondition({ frobnicate: [1, 2] }), 'condition');
      expect(problem).toMatchObject({ severity: 'error', edgeId: 'd->goal' });
      expect(problem?.message).toContain('unknown operator "frobnicate"');
    });

    it('reports persona fields no persona has, and fields outside persona, event and context', () => {
      const problems = problemsOf(withCondition({ and: [{ '==': [{ var: 'persona.vip' }, true] }, { '==': [{ var: 'weather.rain' }, true] }] }), 'condition');
      expect(problems.map((p) => [p.severity, p.message])).toEqual([
        ['error', 'Branch "Gold" of "d" reads persona.vip, which no persona has.'],
        ['error', 'Branch "Gold" of "d" reads "weather.rain"; conditions can only read persona.*, event.* and context.* fields.'],
      ]);
      expect(new Set(problems.map((p) => p.id)).size).toBe(2);
    });

    it('only warns about unknown event and context fields', () => {
      const problems = problemsOf(withCondition({ and: [{ '==': [{ var: 'event.coupon' }, 'X'] }, { '>': [{ var: 'context.mood' }, 1] }] }), 'condition');
      expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
      expect(problems[0]?.message).toBe('Branch "Gold" of "d" reads event.coupon, which is not a standard event field; check your events carry it.');
    });

    it('accepts built-in fields and any persona’s attributes', () => {
      const journey = withCondition({
        and: [
          { '==': [{ var: 'persona.preferredChannel' }, 'sms'] },
          { '==': [{ var: 'persona.vip' }, true] },
          { '>': [{ var: 'event.value' }, 100] },
          { '<': [{ var: 'context.contactCount' }, 3] },
        ],
      });
      journey.nodes.push({ ...(createNode('persona', { x: 0, y: 0 }, 'p2') as PersonaNode), attributes: { vip: true } });
      expect(problemsOf(journey, 'condition')).toEqual([]);
    });

    it('does not check otherwise branches or split branches', () => {
      const journey = new Builder()
        .decision('s', { mode: 'split' })
        .action('a')
        .branch('s', 'a', { percent: 100, condition: null })
        .build();
      expect(problemsOf(journey, 'condition')).toEqual([]);
      expect(problemsOf(valid().build(), 'condition')).toEqual([]);
    });
  });

  describe('dead-end-event', () => {
    it('reports an event with nothing after it', () => {
      const journey = valid().event('bounce', { name: 'Bounces' }).edge('exit', 'bounce').build();
      expect(problemsOf(journey, 'dead-end-event')).toEqual([
        expect.objectContaining({ id: 'dead-end-event:bounce', severity: 'error', nodeId: 'bounce', message: 'Nothing happens after "Bounces". Connect it to a decision or an action.' }),
      ]);
    });

    it('accepts events that lead somewhere', () => {
      expect(problemsOf(valid().build(), 'dead-end-event')).toEqual([]);
    });
  });

  describe('action-channel', () => {
    it('reports an action with no channel, in plain words', () => {
      const journey = valid().build();
      Object.assign(findNode<'action'>(journey, 'exit'), { name: 'Send SMS reminder', channel: null } satisfies Partial<ActionNode>);
      expect(problemsOf(journey, 'action-channel')).toEqual([
        { id: 'action-channel:exit', severity: 'error', rule: 'action-channel', message: '"Send SMS reminder" has no channel.', nodeId: 'exit' },
      ]);
    });

    it('accepts actions with a channel', () => {
      expect(problemsOf(valid().build(), 'action-channel')).toEqual([]);
    });
  });

  describe('no-goal', () => {
    it('reports a journey without a goal action', () => {
      const journey = valid().build();
      findNode<'action'>(journey, 'goal').outcome = 'none';
      expect(problemsOf(journey, 'no-goal')).toEqual([
        expect.objectContaining({ id: 'no-goal:', severity: 'error', message: expect.stringContaining('has no goal') }),
      ]);
      expect(problemsOf(journey, 'no-goal')[0]).not.toHaveProperty('nodeId');
    });

    it('reports a goal no persona can reach', () => {
      const journey = valid().action('far goal', { outcome: 'goal' }).build();
      findNode<'action'>(journey, 'goal').outcome = 'none';
      expect(problemsOf(journey, 'no-goal').map((p) => p.message)).toEqual(['No persona can reach a goal. Connect the journey through to a goal action.']);
    });

    it('accepts a reachable goal', () => {
      expect(problemsOf(valid().build(), 'no-goal')).toEqual([]);
    });
  });

  describe('static-route', () => {
    it('warns when no route is marked and there is a persona', () => {
      const journey = valid().route().build();
      expect(problemsOf(journey, 'static-route')).toEqual([expect.objectContaining({ id: 'static-route:', severity: 'warning' })]);
      journey.nodes = journey.nodes.filter((n) => n.kind !== 'persona');
      expect(problemsOf(journey, 'static-route')).toEqual([]);
    });

    it('reports a route that uses a deleted connection', () => {
      const [problem] = problemsOf(valid().route('e->d', 'gone').build(), 'static-route');
      expect(problem).toMatchObject({ severity: 'error', message: 'The static route is broken. The route uses a connection that no longer exists (gone).' });
    });

    it('reports a route that is not one path', () => {
      const gap = problemsOf(valid().route('p->e', 'd->goal').build(), 'static-route');
      expect(gap).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('gaps') })]);
      const fork = problemsOf(valid().route('e->d', 'd->goal', 'd->exit').build(), 'static-route');
      expect(fork).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('splits') })]);
    });

    it('reports a route stored out of order', () => {
      expect(problemsOf(valid().route('d->goal', 'e->d').build(), 'static-route')).toEqual([
        expect.objectContaining({ severity: 'error', message: expect.stringContaining('out of order') }),
      ]);
    });

    it('reports a route that starts at a decision or does not end at a goal', () => {
      expect(problemsOf(valid().route('d->goal').build(), 'static-route')).toEqual([
        expect.objectContaining({ id: 'static-route:d', nodeId: 'd', message: 'The static route starts at "d", a decision; it should start at an event or a persona.' }),
      ]);
      expect(problemsOf(valid().route('p->e', 'e->d', 'd->exit').build(), 'static-route')).toEqual([
        expect.objectContaining({ id: 'static-route:exit', nodeId: 'exit', message: 'The static route ends at "exit", which is not a goal action; it should end at a goal.' }),
      ]);
    });

    it('accepts a contiguous route from an event or a persona to a goal', () => {
      expect(problemsOf(valid().build(), 'static-route')).toEqual([]);
      expect(problemsOf(valid().route('p->e', 'e->d', 'd->goal').build(), 'static-route')).toEqual([]);
    });
  });

  describe('unreachable', () => {
    it('warns about elements no persona leads to, but not about notes or personas', () => {
      const journey = valid()
        .event('orphan', { name: 'Orphan event' })
        .action('after orphan')
        .edge('orphan', 'after orphan')
        .node('note', 'n', { text: 'Workshop idea' })
        .persona('p2', { share: 0 })
        .build();
      expect(problemsOf(journey, 'unreachable')).toEqual([
        expect.objectContaining({ id: 'unreachable:orphan', severity: 'warning', nodeId: 'orphan', message: '"Orphan event" cannot be reached from any persona.' }),
        expect.objectContaining({ id: 'unreachable:after orphan', nodeId: 'after orphan' }),
      ]);
    });

    it('accepts elements reached through any path', () => {
      expect(problemsOf(valid().build(), 'unreachable')).toEqual([]);
    });
  });

  describe('persona-share', () => {
    it('warns when shares do not add up to 100', () => {
      const journey = valid().persona('p2', { share: 15 }).edge('p2', 'e').build();
      expect(problemsOf(journey, 'persona-share')).toEqual([
        { id: 'persona-share:', severity: 'warning', rule: 'persona-share', message: 'Persona shares add up to 115%, not 100%.' },
      ]);
    });

    it('accepts shares adding up to 100, and says nothing without personas', () => {
      const journey = valid().persona('p2', { share: 30 }).edge('p2', 'e').build();
      findNode<'persona'>(journey, 'p').share = 70;
      expect(problemsOf(journey, 'persona-share')).toEqual([]);
      const noPersonas: EventNode[] = [createNode('event', { x: 0, y: 0 }, 'e') as EventNode];
      expect(problemsOf({ ...journey, nodes: noPersonas, edges: [] }, 'persona-share')).toEqual([]);
    });
  });

  it('names unnamed nodes by their kind', () => {
    const journey = valid().build();
    Object.assign(findNode<'decision'>(journey, 'd'), { name: '' } satisfies Partial<DecisionNode>);
    journey.edges.find((e) => e.id === 'd->goal')!.branch!.label = '';
    journey.edges.find((e) => e.id === 'd->goal')!.branch!.condition = null;
    expect(problemsOf(journey, 'condition').map((p) => p.message)).toEqual(['The branch of "Unnamed decision" to "goal" has no condition.']);
  });
});
