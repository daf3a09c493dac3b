import { describe, expect, it } from 'vitest';
import { validateJourney } from '../model/validation';
import { Journey } from '../model/journey';
import { caseMask, NO_FILTER, processMap } from './discover';
import { journeyFromLog } from './journey-from-log';
import { checkConformance } from './conformance';
import { suggestKinds } from './classify';
import { logOf } from './testing';

// c1: A B C · c2: A B C · c3: A C · c4: A B B C — all customer events.
const LOG = logOf([
  ['c1', 'A', 0, 'web', 'customer', { segment: 'gold' }],
  ['c1', 'B', 10, 'web', 'customer'],
  ['c1', 'C', 20, 'web', 'customer'],
  ['c2', 'A', 0, 'web', 'customer', { segment: 'new' }],
  ['c2', 'B', 30, 'web', 'customer'],
  ['c2', 'C', 50, 'web', 'customer'],
  ['c3', 'A', 0, 'web', 'customer', { segment: 'gold' }],
  ['c3', 'C', 5, 'web', 'customer'],
  ['c4', 'A', 0, 'web', 'customer', { segment: 'gold' }],
  ['c4', 'B', 10, 'web', 'customer'],
  ['c4', 'B', 20, 'web', 'customer'],
  ['c4', 'C', 40, 'web', 'customer'],
]);
const C = LOG.activities.indexOf('C');

function draft(personaAttribute: string | null = null) {
  const map = processMap(LOG, { filter: NO_FILTER, activitiesPercent: 100, pathsPercent: 100 });
  const visible = new Uint8Array(LOG.activities.length).fill(1);
  return journeyFromLog(LOG, { name: 'As-is', kinds: suggestKinds(LOG), goal: C, personaAttribute, transitions: map.paths, visible, mask: map.mask, id: 'j' });
}

describe('a journey from the map', () => {
  it('follows the grammar: consecutive customer events get a carry-on action between them, likelihoods from the counts', () => {
    const { journey, notes } = draft();
    expect(Journey.safeParse(journey).success).toBe(true);
    expect(validateJourney(journey).filter((p) => p.severity === 'error')).toEqual([]);
    expect(notes).toEqual([]);
    const edge = (id: string) => journey.edges.find((e) => e.id === id);
    expect(journey.edges.map((e) => `${e.id} ${e.likelihood ?? ''}`.trim()).sort()).toEqual([
      'carry-on-a>event-b 0.75',
      'carry-on-a>event-c 0.25',
      'carry-on-b>event-b 0.25',
      'carry-on-b>event-c 0.75',
      'event-a>carry-on-a',
      'event-b>carry-on-b',
      'event-c>action-goal',
      'persona-all-customers>event-a',
    ]);
    expect(edge('event-c>action-goal')).toBeDefined();
    expect(journey.nodes.find((n) => n.id === 'event-a')).toMatchObject({ kind: 'event', eventKey: 'A', channel: 'web' });
    expect(journey.nodes.find((n) => n.id === 'action-goal')).toMatchObject({ kind: 'action', outcome: 'goal', channel: 'web' });
    // The most frequent variant, A B C, is the printed route.
    expect(journey.staticRoute).toEqual(['event-a>carry-on-a', 'carry-on-a>event-b', 'event-b>carry-on-b', 'carry-on-b>event-c', 'event-c>action-goal']);
  });

  it('makes one persona per value of a case attribute, with shares from the cases that add up to 100', () => {
    const { journey } = draft('segment');
    const personas = journey.nodes.filter((n) => n.kind === 'persona');
    expect(personas.map((p) => [p.name, p.kind === 'persona' && p.share, p.kind === 'persona' && p.attributes])).toEqual([
      ['gold', 75, { segment: 'gold' }],
      ['new', 25, { segment: 'new' }],
    ]);
    expect(validateJourney(journey)).toEqual([]);
  });

  it('turns brand actions into actions, two brand actions in a row into a timer between them', () => {
    const log = logOf([
      ['k1', 'Called', 0, 'Phone', 'Customer'],
      ['k1', 'Agent answered', 2, 'Phone', 'Agent Ana'],
      ['k1', 'Callback', 122, 'Phone', 'Agent Ben'],
      ['k1', 'Resolved', 130, 'Phone', 'Customer'],
      ['k2', 'Called', 0, 'Phone', 'Customer'],
      ['k2', 'Agent answered', 3, 'Phone', 'Agent Ana'],
      ['k2', 'Resolved', 20, 'Phone', 'Customer'],
    ]);
    const kinds = suggestKinds(log);
    expect(kinds).toEqual(['event', 'action', 'action', 'event']);
    const map = processMap(log, { filter: NO_FILTER, activitiesPercent: 100, pathsPercent: 100 });
    const { journey } = journeyFromLog(log, { name: 'x', kinds, goal: 3, personaAttribute: null, transitions: map.paths, visible: new Uint8Array(4).fill(1), mask: caseMask(log, NO_FILTER), id: 'j' });
    expect(validateJourney(journey).filter((p) => p.severity === 'error')).toEqual([]);
    expect(journey.nodes.find((n) => n.id === 'no-reply-agent-answered')).toMatchObject({ kind: 'event', timer: { afterMinutes: 120 }, name: 'No reply within 2 h' });
    expect(journey.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['action-agent-answered>no-reply-agent-answered', 'no-reply-agent-answered>action-callback', 'action-agent-answered>event-resolved', 'event-called>action-agent-answered']));
    expect(journey.nodes.find((n) => n.id === 'action-agent-answered')).toMatchObject({ kind: 'action', channel: 'phone' });
  });
});

describe('conformance', () => {
  it('measures static and dynamic fitness, and ranks where customers left the printed route', async () => {
    const { journey } = draft();
    const out = await checkConformance(LOG, journey, { kinds: suggestKinds(LOG), personaAttribute: null });
    if (!out.ok) throw new Error(out.problems.join('\n'));
    const r = out.report;
    expect([r.customers, r.events, r.brandActions]).toEqual([4, 12, 0]);
    // Static: c1 and c2 follow A B C; c3 does C where the route expects B (and never gets there);
    // c4 does B twice — the second is off the route — then C.
    expect(r.static).toMatchObject({ placed: 10, offRoute: 2, perfect: 2, goals: 3 });
    expect(r.static.fitness).toBeCloseTo(10 / 12, 12);
    // Dynamic places every event: the journey knows A → C and B → B.
    expect(r.dynamic).toMatchObject({ placed: 12, fitness: 1, offRoute: 0, perfect: 4, goals: 4 });
    expect(r.deviations.map((d) => [d.atName, d.expected, d.instead, d.customers, d.events])).toEqual([
      ['Carry on after “A”', 'B', 'C', 1, 1],
      ['Carry on after “B”', 'C', 'B', 1, 1],
    ]);
    expect(r.missing).toEqual([]);
    expect(r.unusedEdges).toEqual([]);
    expect(Array.from(out.customers.staticPlaced)).toEqual([3, 3, 1, 3]);
  });

  it('names activities the journey has no event for, and connections nobody took', async () => {
    const { journey } = draft();
    const extra = logOf([
      ['x1', 'A', 0],
      ['x1', 'D', 5],
      ['x1', 'B', 6],
      ['x1', 'C', 7],
    ]);
    const out = await checkConformance(extra, journey, { kinds: suggestKinds(extra), personaAttribute: null, chunkSize: 1 });
    if (!out.ok) throw new Error(out.problems.join('\n'));
    expect(out.report.missing).toEqual([{ activity: 'D', events: 1, cases: 1 }]);
    expect(out.report.static).toMatchObject({ placed: 3, offRoute: 1 });
    expect(out.report.deviations[0]).toMatchObject({ atName: 'Carry on after “A”', instead: 'D', customers: 1 });
    expect(out.report.unusedEdges.map((e) => e.edgeId).sort()).toEqual(['carry-on-a>event-c', 'carry-on-b>event-b']);
  });
});
