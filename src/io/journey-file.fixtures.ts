/**
 * Test data for files: one hand-made journey that uses every kind of node and field, and
 * fast-check arbitraries for any valid journey and for hostile documents.
 */
import fc from 'fast-check';
import type { Journey, JourneyEdge, JourneyNode, JsonLogicRule } from '../model/journey';
import { CHANNELS } from '../model/journey';
import type { JourneyDocument } from './journey-file';
import { stopsArb } from '../model/stop.fixtures';

/** Abandoned cart: persona → event → decision (gold → email, otherwise SMS) → goal, with a note and a static route. */
export function sampleJourney(): JourneyDocument {
  return {
    id: 'journey-cart',
    name: 'Abandoned cart <script>alert("x")</script>',
    description: 'Win back customers who leave items in their cart.',
    tags: ['retail', 'win-back'],
    nodes: [
      { id: 'p1', kind: 'persona', position: { x: 0, y: 0 }, name: 'Gold shopper', description: '', segment: 'loyal', attributes: { tier: 'gold', age: 34, vip: true }, preferredChannel: 'email', share: 40 },
      { id: 'e1', kind: 'event', position: { x: 200, y: 0 }, name: 'Cart abandoned', eventKey: 'cart_abandoned', channel: 'web', description: '', timer: null },
      { id: 'd1', kind: 'decision', position: { x: 400, y: 0 }, name: 'Tier?', description: '', mode: 'rules' },
      { id: 'a1', kind: 'action', position: { x: 600, y: -100 }, name: 'Email 10% off', description: '', channel: 'email', cost: 0.02, satisfactionEffect: 2, outcome: 'none' },
      { id: 'a2', kind: 'action', position: { x: 600, y: 100 }, name: 'SMS reminder', description: '', channel: 'sms', cost: 0.05, satisfactionEffect: -1, outcome: 'none' },
      { id: 'e2', kind: 'event', position: { x: 800, y: 0 }, name: 'Purchase', eventKey: 'purchase', channel: 'any', description: '', timer: null },
      { id: 'e3', kind: 'event', position: { x: 800, y: 200 }, name: 'No reply in 2 days', eventKey: 'timeout', channel: 'any', description: '', timer: { afterMinutes: 2880 } },
      { id: 'a3', kind: 'action', position: { x: 1000, y: 0 }, name: 'Thank you', description: '', channel: 'email', cost: 0, satisfactionEffect: 1.5, outcome: 'goal' },
      { id: 'n1', kind: 'note', position: { x: 0, y: 300 }, text: 'Ask legal about SMS opt-in', color: 'pink' },
    ],
    edges: [
      { id: 'x1', source: 'p1', target: 'e1', branch: null, likelihood: null },
      { id: 'x2', source: 'e1', target: 'd1', branch: null, likelihood: null },
      { id: 'x3', source: 'd1', target: 'a1', branch: { label: 'Gold', otherwise: false, condition: { '==': [{ var: 'persona.tier' }, 'gold'] }, percent: null }, likelihood: null },
      { id: 'x4', source: 'd1', target: 'a2', branch: { label: 'Otherwise', otherwise: true, condition: null, percent: null }, likelihood: null },
      { id: 'x5', source: 'a1', target: 'e2', branch: null, likelihood: 0.3 },
      { id: 'x6', source: 'a2', target: 'e3', branch: null, likelihood: 0.7 },
      { id: 'x7', source: 'e2', target: 'a3', branch: null, likelihood: null },
    ],
    staticRoute: ['x1', 'x2', 'x3', 'x5', 'x7'],
    stops: [],
  };
}

/** The sample without its tags: the model's journey, as the editor and the database hold it. */
export function sampleModelJourney(): Journey {
  const { tags: _, ...journey } = sampleJourney();
  return journey;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const text = fc.string({ unit: 'binary', maxLength: 12 });
const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/);
/** Any finite number JSON can carry exactly; -0 becomes 0 (JSON has no negative zero). */
const finite = (min = -1e9, max = 1e9) => fc.double({ min, max, noNaN: true }).map((x) => (x === 0 ? 0 : x));
const position = fc.record({ x: finite(), y: finite() });
const channel = fc.constantFrom(...CHANNELS);

const attributes = fc
  .dictionary(fc.string({ maxLength: 8 }), fc.oneof(text, finite(), fc.boolean()), { maxKeys: 4 })
  .map((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !FORBIDDEN.has(k))));

function nodeArb(nodeId: string): fc.Arbitrary<JourneyNode> {
  return fc.oneof(
    fc.record({ id: fc.constant(nodeId), kind: fc.constant('persona' as const), position, name: text, description: text, segment: text, attributes, preferredChannel: fc.option(channel, { nil: null }), share: finite(0, 100) }),
    fc.record({
      id: fc.constant(nodeId),
      kind: fc.constant('event' as const),
      position,
      name: text,
      eventKey: text,
      channel: fc.oneof(channel, fc.constant('any' as const)),
      description: text,
      timer: fc.option(fc.record({ afterMinutes: fc.double({ min: 0, minExcluded: true, max: 1e6, noNaN: true }) }), { nil: null }),
    }),
    fc.record({ id: fc.constant(nodeId), kind: fc.constant('decision' as const), position, name: text, description: text, mode: fc.constantFrom('rules' as const, 'split' as const) }),
    fc.record({
      id: fc.constant(nodeId),
      kind: fc.constant('action' as const),
      position,
      name: text,
      description: text,
      channel: fc.option(channel, { nil: null }),
      cost: finite(0, 1e6),
      satisfactionEffect: finite(-10, 10),
      outcome: fc.constantFrom('none' as const, 'goal' as const, 'exit' as const),
    }),
    fc.record({ id: fc.constant(nodeId), kind: fc.constant('note' as const), position, text, color: fc.constantFrom('yellow' as const, 'pink' as const, 'blue' as const, 'green' as const) }),
  );
}

/** JsonLogic rules checkCondition accepts. */
export const conditionArb: fc.Arbitrary<JsonLogicRule> = fc.letrec<{ rule: JsonLogicRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ '==': fc.tuple(fc.record({ var: fc.constantFrom('persona.tier', 'event.key', 'context.totalCost') }), fc.oneof(text, finite(), fc.boolean())) }),
    fc.record({ '>': fc.tuple(fc.record({ var: fc.constantFrom('event.value', 'context.satisfaction') }), finite()) }),
    fc.boolean(),
    fc.record({ and: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ or: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ '!': tie('rule') }),
  ) as fc.Arbitrary<JsonLogicRule>,
})).rule;

const branch = fc.record({ label: text, otherwise: fc.boolean(), condition: fc.option(conditionArb, { nil: null }), percent: fc.option(finite(0, 100), { nil: null }) });

/** Any journey the schema and the reference checks accept. */
export const journeyArb: fc.Arbitrary<JourneyDocument> = fc
  .uniqueArray(id, { maxLength: 8 })
  .chain((nodeIds) =>
    fc.record({
      nodes: nodeIds.length === 0 ? fc.constant([] as JourneyNode[]) : fc.tuple(...nodeIds.map(nodeArb)),
      edges:
        nodeIds.length === 0
          ? fc.constant([] as JourneyEdge[])
          : fc.uniqueArray(
              fc.record({
                id,
                source: fc.constantFrom(...nodeIds),
                target: fc.constantFrom(...nodeIds),
                branch: fc.option(branch, { nil: null }),
                likelihood: fc.option(finite(0, 1), { nil: null }),
              }),
              { selector: (e) => e.id, maxLength: 8 },
            ),
    }),
  )
  .chain(({ nodes, edges }) =>
    fc.record({
      id,
      name: text,
      description: text,
      tags: fc.array(text, { maxLength: 3 }),
      nodes: fc.constant(nodes),
      edges: fc.constant(edges),
      staticRoute: fc.subarray(edges.map((e) => e.id)),
      stops: stopsArb(nodes.filter((n) => n.kind === 'action').map((n) => n.id), 2),
    }),
  );
