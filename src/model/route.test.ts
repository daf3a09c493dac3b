import { describe, expect, it } from 'vitest';
import { createJourney, createNode } from './factory';
import type { Journey, JourneyEdge } from './journey';
import { orderRoute, routeNodeIds } from './route';

const edge = (id: string, source: string, target: string): JourneyEdge => ({ id, source, target, branch: null, likelihood: null });

/** event e1 → action a1 → event e2 → action a2 → event e3, plus a side branch a1 → x. */
function chain(): Journey {
  const journey = createJourney('Route', 'j');
  journey.nodes = [
    createNode('event', { x: 0, y: 0 }, 'e1'),
    createNode('action', { x: 0, y: 0 }, 'a1'),
    createNode('event', { x: 0, y: 0 }, 'e2'),
    createNode('action', { x: 0, y: 0 }, 'a2'),
    createNode('event', { x: 0, y: 0 }, 'e3'),
    createNode('event', { x: 0, y: 0 }, 'x'),
  ];
  journey.edges = [
    edge('r1', 'e1', 'a1'),
    edge('r2', 'a1', 'e2'),
    edge('r3', 'e2', 'a2'),
    edge('r4', 'a2', 'e3'),
    edge('side', 'a1', 'x'),
    edge('into-e2', 'x', 'e2'),
    edge('back', 'e2', 'e1'),
  ];
  return journey;
}

describe('orderRoute', () => {
  it('orders shuffled edges into one path', () => {
    expect(orderRoute(chain(), ['r3', 'r1', 'r4', 'r2'])).toEqual({ ok: true, route: ['r1', 'r2', 'r3', 'r4'] });
    expect(orderRoute(chain(), ['r2', 'r1'])).toEqual({ ok: true, route: ['r1', 'r2'] });
  });

  it('accepts an empty route and ignores repeated ids', () => {
    expect(orderRoute(chain(), [])).toEqual({ ok: true, route: [] });
    expect(orderRoute(chain(), ['r2', 'r1', 'r2'])).toEqual({ ok: true, route: ['r1', 'r2'] });
  });

  it('refuses a route that splits', () => {
    expect(orderRoute(chain(), ['r1', 'r2', 'side'])).toEqual({ ok: false, reason: 'The route splits: two route connections leave the same node.' });
  });

  it('refuses a route that merges', () => {
    expect(orderRoute(chain(), ['r2', 'into-e2'])).toEqual({ ok: false, reason: 'The route merges: two route connections enter the same node.' });
  });

  it('refuses a route with a gap', () => {
    expect(orderRoute(chain(), ['r1', 'r3'])).toEqual({ ok: false, reason: 'The route has gaps: its connections do not form one path.' });
  });

  it('refuses a path plus a separate loop as a gap', () => {
    // r1, r2 make a path e1 → a1 → e2; c1, c2 a separate loop e3 → x → e3 the walk never reaches.
    const journey = chain();
    journey.edges.push(edge('c1', 'e3', 'x'), edge('c2', 'x', 'e3'));
    expect(orderRoute(journey, ['r1', 'r2', 'c1', 'c2'])).toEqual({ ok: false, reason: 'The route has gaps: its connections do not form one path.' });
  });

  it('refuses a route that loops back on itself', () => {
    expect(orderRoute(chain(), ['r1', 'r2', 'back'])).toEqual({ ok: false, reason: 'The route loops back on itself.' });
  });

  it('refuses a route using a connection that was deleted', () => {
    expect(orderRoute(chain(), ['r1', 'gone'])).toEqual({ ok: false, reason: 'The route uses a connection that no longer exists (gone).' });
  });
});

describe('routeNodeIds', () => {
  it('lists the nodes along the static route, in order', () => {
    expect(routeNodeIds({ ...chain(), staticRoute: ['r1', 'r2', 'r3', 'r4'] })).toEqual(['e1', 'a1', 'e2', 'a2', 'e3']);
  });

  it('is empty without a route and skips connections that no longer exist', () => {
    expect(routeNodeIds(chain())).toEqual([]);
    expect(routeNodeIds({ ...chain(), staticRoute: ['gone', 'r1', 'r2'] })).toEqual(['e1', 'a1', 'e2']);
  });
});
