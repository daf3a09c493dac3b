/** Copy/paste: a fragment is a set of nodes with the edges between them, pasteable into any journey. */
import { z } from 'zod';
import { JourneyEdge, JourneyNode, type Journey, type Position } from './journey';
import { newId } from './factory';

export const FRAGMENT_FORMAT = 'journey-designer/fragment';

export const JourneyFragment = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  nodes: z.array(JourneyNode),
  edges: z.array(JourneyEdge),
});
export type JourneyFragment = z.infer<typeof JourneyFragment>;

/** The selected nodes and the edges that run between two of them. */
export function copyFragment(journey: Journey, nodeIds: readonly string[]): JourneyFragment {
  const ids = new Set(nodeIds);
  return {
    format: FRAGMENT_FORMAT,
    nodes: journey.nodes.filter((n) => ids.has(n.id)),
    edges: journey.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

/**
 * Fresh copies of a fragment's nodes and edges for `journey`: new ids, shifted by `offset`
 * (and further while they would land exactly on existing nodes), edges rewired to the copies.
 */
export function pasteFragment(journey: Journey, fragment: JourneyFragment, offset: Position): { nodes: JourneyNode[]; edges: JourneyEdge[] } {
  const taken = new Set(journey.nodes.map((n) => `${n.position.x},${n.position.y}`));
  let dx = offset.x;
  let dy = offset.y;
  while (fragment.nodes.some((n) => taken.has(`${n.position.x + dx},${n.position.y + dy}`))) {
    dx += offset.x;
    dy += offset.y;
  }
  const idMap = new Map<string, string>();
  const nodes = fragment.nodes.map((n) => {
    const id = newId(n.kind);
    idMap.set(n.id, id);
    return { ...structuredClone(n), id, position: { x: n.position.x + dx, y: n.position.y + dy } } as JourneyNode;
  });
  const edges = fragment.edges.flatMap((e) => {
    const source = idMap.get(e.source);
    const target = idMap.get(e.target);
    if (!source || !target) return [];
    return [{ ...structuredClone(e), id: newId('edge'), source, target }];
  });
  return { nodes, edges };
}
