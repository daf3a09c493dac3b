import { describe, expect, it } from 'vitest';
import { Journey } from '../model/journey';
import { routeNodeIds } from '../model/route';
import { validateJourney } from '../model/validation';
import { CARD_SIZE } from '../model/node-size';
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

  it('lays cards out on the snap grid, apart, with room for labels between columns', () => {
    const nodes = retailJourney.nodes;
    for (const n of nodes) {
      expect(n.position.x % 20, n.id).toBe(0);
      expect(n.position.y % 20, n.id).toBe(0);
    }
    for (const a of nodes)
      for (const b of nodes) {
        if (a === b) continue;
        const apart = a.position.x + CARD_SIZE.width + 100 <= b.position.x || b.position.x + CARD_SIZE.width + 100 <= a.position.x || a.position.y + CARD_SIZE.height + 40 <= b.position.y || b.position.y + CARD_SIZE.height + 40 <= a.position.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
  });

  it('is compact in two dimensions, not one long line', () => {
    const xs = retailJourney.nodes.map((n) => n.position.x);
    const ys = retailJourney.nodes.map((n) => n.position.y);
    const width = Math.max(...xs) - Math.min(...xs) + CARD_SIZE.width;
    const height = Math.max(...ys) - Math.min(...ys) + CARD_SIZE.height;
    // About a wide screen's shape (16:9 is 1.8), where the first layout was 6:1.
    expect(width / height).toBeLessThan(2.8);
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
