import { describe, expect, it } from 'vitest';
import { Journey } from '../model/journey';
import { routeNodeIds } from '../model/route';
import { validateJourney } from '../model/validation';
import { cloneSample, retailJourney } from './retail';

describe('the retail cart-abandonment sample', () => {
  it('has no validation errors and no warnings', () => {
    expect(validateJourney(retailJourney)).toEqual([]);
  });

  it('is already in the shape Journey.parse returns', () => {
    expect(Journey.parse(retailJourney)).toEqual(retailJourney);
  });

  it('has unique node and edge ids', () => {
    const nodeIds = retailJourney.nodes.map((n) => n.id);
    const edgeIds = retailJourney.edges.map((e) => e.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
  });

  it('has three personas whose shares make the whole population', () => {
    const personas = retailJourney.nodes.filter((n) => n.kind === 'persona');
    expect(personas.map((p) => [p.name, p.preferredChannel, p.share])).toEqual([
      ['Deal hunter', 'sms', 45],
      ['Loyal regular', 'email', 35],
      ['Busy professional', 'push', 20],
    ]);
  });

  it('marks a static route from the first event to the goal', () => {
    const path = routeNodeIds(retailJourney);
    expect(path[0]).toBe('event-browses-product');
    expect(path.at(-1)).toBe('action-order-confirmed');
    expect(retailJourney.nodes.find((n) => n.id === path.at(-1))).toMatchObject({ kind: 'action', outcome: 'goal' });
  });

  it('gives each action no more than a whole customer of likelihood', () => {
    for (const node of retailJourney.nodes.filter((n) => n.kind === 'action')) {
      const total = retailJourney.edges.filter((e) => e.source === node.id).reduce((sum, e) => sum + (e.likelihood ?? 0), 0);
      expect(total, node.name).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('lays nodes out on a grid without two on the same spot', () => {
    const spots = retailJourney.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(spots).size).toBe(spots.length);
    for (const n of retailJourney.nodes) {
      expect(n.position.x % 280).toBe(0);
      expect(n.position.y % 140).toBe(0);
    }
  });

  it('hands out copies that do not share state with the sample', () => {
    const copy = cloneSample();
    expect(copy).toEqual(retailJourney);
    copy.nodes[0]!.position.x = 999;
    copy.edges.pop();
    expect(retailJourney.nodes[0]!.position.x).toBe(0);
    expect(cloneSample()).toEqual(retailJourney);
  });
});
