/**
 * Properties over generated journeys, logs and disruptions: dynamic mode never takes a
 * closed action while an open branch exists, static mode never leaves the route, the
 * counts add up, and the same input always gives the same result.
 */
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { Journey, JsonLogicRule, PersonaNode } from '../model/journey';
import { action, decision, edge, event, journey, log, persona } from './builders';
import type { InteractionLog } from './log';
import { personaRecord, eventConditionView } from './prepare';
import { replayLog, type SimulationResult } from './replay';
import { customerResults, type CustomerResult } from './results';

const CHANNELS = ['sms', 'email', 'push'] as const;
const KEYS = ['k0', 'k1', 'k2', 'k3'];
const CONDITIONS: JsonLogicRule[] = [
  { '==': [{ var: 'persona.tier' }, 'gold'] },
  { '>': [{ var: 'event.value' }, 50] },
  { '==': [{ var: 'event.channel' }, 'sms'] },
  { '!': { var: 'persona.vip' } },
];

const journeyArb = fc
  .record({
    stages: fc.array(
      fc.record({
        key: fc.constantFrom(...KEYS),
        branches: fc.array(fc.record({ condition: fc.nat(CONDITIONS.length - 1), channel: fc.constantFrom(...CHANNELS) }), { minLength: 0, maxLength: 3 }),
        otherwise: fc.constantFrom(...CHANNELS),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    extra: fc.array(fc.tuple(fc.nat(20), fc.nat(20)), { maxLength: 4 }),
  })
  .map(({ stages, extra }): Journey => {
    const nodes: unknown[] = [persona('p0', { attributes: { tier: 'gold', vip: true } }), persona('p1', { attributes: { tier: 'basic', vip: false } })];
    const edges: ReturnType<typeof edge>[] = [edge('p0>e0', 'p0', 'e0'), edge('p1>e0', 'p1', 'e0')];
    const route = ['p0>e0'];
    const actions: string[] = [];
    stages.forEach((st, s) => {
      const last = s === stages.length - 1;
      nodes.push(event(`e${s}`, st.key), decision(`d${s}`));
      edges.push(edge(`e${s}>d${s}`, `e${s}`, `d${s}`));
      const outs = [...st.branches.map((b) => ({ ...b, otherwise: false })), { condition: -1, channel: st.otherwise, otherwise: true }];
      outs.forEach((b, i) => {
        const id = `a${s}_${i}`;
        nodes.push(action(id, { channel: b.channel, cost: i + 1, satisfactionEffect: i - 1, outcome: last && i === 0 ? 'goal' : 'none' }));
        actions.push(id);
        edges.push(edge(`d${s}>${id}`, `d${s}`, id, b.otherwise ? { otherwise: true } : { when: CONDITIONS[b.condition]! }));
        if (!last) edges.push(edge(`${id}>e${s + 1}`, id, `e${s + 1}`));
      });
      route.push(`e${s}>d${s}`, `d${s}>a${s}_0`);
      if (!last) route.push(`a${s}_0>e${s + 1}`);
    });
    for (const [a, e] of extra) {
      const from = actions[a % actions.length]!;
      const to = `e${e % stages.length}`;
      if (!edges.some((x) => x.source === from && x.target === to)) edges.push(edge(`${from}>${to}`, from, to));
    }
    return journey(nodes, edges, route);
  });

const logArb = (j: Journey) => {
  const actionIds = j.nodes.filter((n) => n.kind === 'action').map((n) => n.id);
  const eventArb = fc.record({
    gap: fc.integer({ min: 1, max: 30 }),
    key: fc.constantFrom(...KEYS, 'noise'),
    channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
    value: fc.integer({ min: 0, max: 100 }),
  });
  const customerArb = fc.record({ persona: fc.constantFrom('p0', 'p1'), events: fc.array(eventArb, { maxLength: 8 }) });
  const disruptionArb = fc.record({
    from: fc.integer({ min: 0, max: 150 }),
    length: fc.integer({ min: 1, max: 120 }),
    target: fc.oneof(fc.constantFrom(...CHANNELS).map((channel) => ({ channel })), fc.constantFrom(...actionIds).map((actionId) => ({ actionId }))),
  });
  return fc.record({ customers: fc.array(customerArb, { minLength: 1, maxLength: 8 }), disruptions: fc.array(disruptionArb, { maxLength: 3 }) }).map(
    ({ customers, disruptions }): InteractionLog =>
      log(
        customers.map((c, i) => {
          let t = 0;
          // Strictly increasing times, so a path step's time names its log event.
          return [`c${i}`, c.persona, c.events.map((e) => [(t += e.gap), e.key, e.channel, { value: e.value }] as [number, string, (typeof CHANNELS)[number] | undefined, { value: number }])];
        }),
        disruptions.map((d) => ({ from: d.from, until: d.from + d.length, label: 'closure', ...d.target })),
      ),
  );
};

const scenarioArb = journeyArb.chain((j) => logArb(j).map((l) => ({ journey: j, log: l })));

function replay(j: Journey, l: InteractionLog, seed = 1): SimulationResult {
  const out = replayLog(j, l, { mode: 'compare', seed, recordPaths: true });
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out.result;
}

const closedAt = (j: Journey, l: InteractionLog, actionId: string, t: number): boolean => {
  const node = j.nodes.find((n) => n.id === actionId);
  const channel = node?.kind === 'action' ? node.channel : null;
  return l.disruptions.some((d) => t >= d.from && t < d.until && (d.actionId === undefined || d.actionId === actionId) && (d.channel === undefined || d.channel === channel));
};

const isAction = (id: string) => id.startsWith('a');

describe('engine properties', () => {
  it('dynamic mode never takes a closed action, and stalls only when every branch that holds is closed', () => {
    fc.assert(
      fc.property(scenarioArb, ({ journey: j, log: l }) => {
        const r = replay(j, l);
        for (const c of customerResults(r.dynamic!)) {
          const customer = l.customers.find((x) => x.id === c.customerId)!;
          const personaNode = j.nodes.find((n) => n.id === customer.persona) as PersonaNode;
          let lastEvent: { nodeId: string; at: number } | null = null;
          for (const s of c.path!) {
            if (j.nodes.find((n) => n.id === s.nodeId)?.kind === 'event') lastEvent = s;
            if (!isAction(s.nodeId)) continue;
            if (s.note !== 'stall') {
              expect(closedAt(j, l, s.nodeId, s.at)).toBe(false);
              continue;
            }
            // A stall: re-evaluate the decision after the event with the reference evaluator.
            const logEvent = customer.events.find((e) => e.at === lastEvent!.at)!;
            const data = { persona: personaRecord(personaNode), event: eventConditionView(logEvent), context: {} };
            const d = j.edges.find((e) => e.source === lastEvent!.nodeId)!.target;
            for (const b of j.edges.filter((e) => e.source === d)) {
              const holds = b.branch!.otherwise || jsonLogic.truthy(jsonLogic.apply(b.branch!.condition as never, data));
              if (holds) expect(closedAt(j, l, b.target, s.at)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('static mode never leaves the route', () => {
    fc.assert(
      fc.property(scenarioArb, ({ journey: j, log: l }) => {
        const r = replay(j, l);
        const routeEdges = new Set(j.staticRoute);
        const routeNodes = new Set(j.edges.filter((e) => routeEdges.has(e.id)).flatMap((e) => [e.source, e.target]));
        for (const c of customerResults(r.static!)) {
          c.path!.forEach((s) => {
            expect(routeNodes.has(s.nodeId)).toBe(true);
            // The one edge off the printed map: from the customer's own persona into the route's first event.
            const fromOwnPersona = s.edgeId === `${c.personaId}>e0`;
            if (s.edgeId !== null && !fromOwnPersona) expect(routeEdges.has(s.edgeId)).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('counts add up, per customer and in the summary', () => {
    fc.assert(
      fc.property(scenarioArb, ({ journey: j, log: l }) => {
        const r = replay(j, l);
        for (const mode of ['static', 'dynamic'] as const) {
          const results = customerResults(r[mode]!);
          const sum = (f: (c: CustomerResult) => number) => results.reduce((a, c) => a + f(c), 0);
          for (const c of results) {
            const steps = c.path!;
            const taken = steps.filter((s) => isAction(s.nodeId) && s.note !== 'stall');
            expect(c.events).toBe(l.customers.find((x) => x.id === c.customerId)!.events.length);
            expect(c.events).toBe(c.steps - c.timers + c.offRoute + c.ignored);
            expect(c.actions.count).toBe(taken.length);
            expect(c.stalls).toBe(steps.filter((s) => s.note === 'stall').length);
            expect(c.reroutes).toBe(steps.filter((s) => s.note === 're-route').length);
            const cost = (id: string) => Number(id.split('_')[1]) + 1;
            expect(c.actions.cost).toBeCloseTo(taken.reduce((a, s) => a + cost(s.nodeId), 0), 9);
            expect(Object.values(c.actions.channels).reduce((a, b) => a + b, 0)).toBe(taken.length);
            if (c.goalReached) expect(c.stepsToGoal).toBeLessThanOrEqual(c.steps);
          }
          const summary = r.summary[mode]!;
          expect(summary.customers).toBe(l.customers.length);
          expect(summary.goalCount).toBe(results.filter((c) => c.goalReached).length);
          expect(summary.offRoute).toBe(sum((c) => c.offRoute));
          expect(summary.stalls).toBe(sum((c) => c.stalls));
          expect(summary.reroutes).toBe(sum((c) => c.reroutes));
          expect(summary.actions).toBe(sum((c) => c.actions.count));
          expect(summary.events).toBe(sum((c) => c.events));
          const visits = Object.values(summary.nodeTraffic).reduce((a, b) => a + b, 0);
          expect(visits).toBe(results.length + sum((c) => c.path!.filter((s) => s.note !== 'stall').length));
          expect(Object.values(summary.endReasons).reduce((a, b) => a + b, 0)).toBe(results.length);
        }
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('is deterministic: the same journey, log and seed give the same result, whatever the order of customers', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 1000 }), ({ journey: j, log: l }, seed) => {
        const a = replay(j, l, seed);
        const b = replay(j, l, seed);
        expect(b).toEqual(a);
        const reversed = replay(j, { ...l, customers: [...l.customers].reverse() }, seed);
        for (const mode of ['static', 'dynamic'] as const) {
          const byId = new Map(customerResults(reversed[mode]!).map((c) => [c.customerId, c]));
          for (const c of customerResults(a[mode]!)) expect(byId.get(c.customerId)).toEqual(c);
          expect(reversed.summary[mode]!.nodeTraffic).toEqual(a.summary[mode]!.nodeTraffic);
        }
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
