/**
 * Auto-layout left to right with ELK's layered algorithm (the Sugiyama method).
 * elkjs is loaded on first use so it stays out of the initial bundle.
 */
import type { Journey, Position } from './journey';
import { nodeSizeOf, type NodeSize } from './node-size';

export type { NodeSize };

/** New positions for every journey element (notes stay where the user put them). */
export async function layoutJourney(journey: Journey, sizes: ReadonlyMap<string, NodeSize> = new Map()): Promise<Record<string, Position>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const elements = journey.nodes.filter((n) => n.kind !== 'note');
  const ids = new Set(elements.map((n) => n.id));
  const graph = {
    id: 'journey',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      // Room between columns for a branch label (edge-labels.ts places it between the cards).
      'elk.layered.spacing.nodeNodeBetweenLayers': '140',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    },
    children: elements.map((n) => ({ id: n.id, ...(sizes.get(n.id) ?? nodeSizeOf(n.kind)) })),
    edges: journey.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, Position> = {};
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return positions;
}
