/**
 * The journey is the truth; React Flow is a view. These pure adapters derive React Flow
 * nodes and edges from the journey and keep the same object for anything unchanged,
 * so React Flow and our memoised node components can skip it.
 */
import { MarkerType } from '@xyflow/react';
import type { Journey, JourneyEdge, JourneyNode, Position } from '../model/journey';
import { edgeLabel } from '../model/labels';
import type { JourneyFlowEdge, JourneyFlowNode } from './flow-types';
import { nodeSizeOf } from '../model/node-size';
import { labelSize, labelSpots } from './edge-labels';
import { declaredHandles } from './declared-handles';

export interface NodeViewInputs {
  selected: ReadonlySet<string>;
  dragPositions: Readonly<Record<string, Position>> | null;
  routeNodes: ReadonlySet<string>;
  problemsByNode: ReadonlyMap<string, number>;
  sizes: ReadonlyMap<string, { width: number; height: number }>;
}

type NodeCache = Map<string, { key: unknown[]; view: JourneyFlowNode }>;

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * `next`, or `last` when every element is the one it had: React Flow rebuilds its lookups
 * over every edge (or node) for a new array — at 7,500 connections a third of a second per
 * keystroke in a name — so an edit that changes no view hands it the same array.
 */
function reuse<T>(last: { views: T[] }, next: T[]): T[] {
  if (same(last.views, next)) return last.views;
  last.views = next;
  return next;
}

export function createNodeAdapter() {
  const cache: NodeCache = new Map();
  const last = { views: [] as JourneyFlowNode[] };
  /** The previous call's journey and inputs, its nodes' indices and its branch counts. */
  let previous: { journey: Journey; inputs: NodeViewInputs; index: Map<string, number>; branchCounts: Map<string, number> } | null = null;

  const viewOf = (node: JourneyNode, inputs: NodeViewInputs, branchCounts: ReadonlyMap<string, number>): JourneyFlowNode => {
    const drag = inputs.dragPositions?.[node.id];
    const size = inputs.sizes.get(node.id);
    const key = [
      node,
      inputs.selected.has(node.id),
      drag?.x,
      drag?.y,
      inputs.routeNodes.has(node.id),
      inputs.problemsByNode.get(node.id) ?? 0,
      node.kind === 'decision' ? (branchCounts.get(node.id) ?? 0) : 0,
      size?.width,
      size?.height,
    ];
    const hit = cache.get(node.id);
    if (hit && same(hit.key, key)) return hit.view;
    const view = toFlowNode(node, key, drag, size);
    cache.set(node.id, { key, view });
    return view;
  };

  return (journey: Journey, inputs: NodeViewInputs): JourneyFlowNode[] => {
    // A drag moves a few nodes many times a second: only those are looked at again.
    if (previous && previous.journey === journey && sameExceptDrag(previous.inputs, inputs)) {
      const moved = new Set([...Object.keys(previous.inputs.dragPositions ?? {}), ...Object.keys(inputs.dragPositions ?? {})]);
      const views = last.views.slice();
      for (const id of moved) {
        const i = previous.index.get(id);
        if (i !== undefined) views[i] = viewOf(journey.nodes[i]!, inputs, previous.branchCounts);
      }
      previous.inputs = inputs;
      return reuse(last, views);
    }
    const branchCounts = new Map<string, number>();
    for (const e of journey.edges) branchCounts.set(e.source, (branchCounts.get(e.source) ?? 0) + 1);
    const index = new Map<string, number>();
    const views = journey.nodes.map((node, i) => {
      index.set(node.id, i);
      return viewOf(node, inputs, branchCounts);
    });
    for (const id of cache.keys()) if (!index.has(id)) cache.delete(id);
    previous = { journey, inputs, index, branchCounts };
    return reuse(last, views);
  };
}

function sameExceptDrag(a: NodeViewInputs, b: NodeViewInputs): boolean {
  return a.selected === b.selected && a.routeNodes === b.routeNodes && a.problemsByNode === b.problemsByNode && a.sizes === b.sizes;
}

function toFlowNode(node: JourneyNode, key: unknown[], drag: Position | undefined, size: { width: number; height: number } | undefined): JourneyFlowNode {
  const view: JourneyFlowNode = {
    id: node.id,
    type: node.kind,
    position: drag ?? node.position,
    selected: key[1] as boolean,
    data: { node, onRoute: key[4] as boolean, problems: key[5] as number, branchCount: key[6] as number },
    ariaLabel: ariaLabelFor(node),
  };
  if (size) {
    // Measured on screen at another size than drawn (a larger default font): React Flow's own
    // measurement of the card and its handles stands.
    view.measured = size;
  } else {
    // Size and handles said up front: React Flow mounts the card only when it is on screen and
    // draws its lines from these (declared-handles.ts). On screen, a card of this size is not re-read.
    view.measured = nodeSizeOf(node.kind);
    view.handles = declaredHandles(node);
  }
  return view;
}

function ariaLabelFor(node: JourneyNode): string {
  switch (node.kind) {
    case 'persona':
      return `Persona: ${node.name}`;
    case 'event':
      return `Event: ${node.name}${node.timer ? ' (timer)' : ''}`;
    case 'decision':
      return `Decision: ${node.name}`;
    case 'action':
      return `Action: ${node.name}${node.outcome === 'goal' ? ' (goal)' : node.outcome === 'exit' ? ' (exit)' : ''}`;
    case 'note':
      return `Note: ${node.text.slice(0, 60) || 'empty'}`;
  }
}

// One definition for the canvas and the exported picture (src/io/journey-picture.ts).
export { edgeLabel };

/**
 * The words drawn on the line: a named branch by its name alone (its condition is in the
 * inspector and in the connection's accessible name), so labels stay short enough to sit between cards.
 */
export function edgeCaption(edge: JourneyEdge): string {
  if (edge.branch?.label && edge.branch.percent === null) return edge.branch.label;
  return edgeLabel(edge);
}

type Sizes = ReadonlyMap<string, { width: number; height: number }>;

/** The same places and kinds (so the same sizes) for every node: a rename or a new description moves no label. */
function sameGeometry(a: Journey['nodes'], b: Journey['nodes']): boolean {
  return a === b || (a.length === b.length && a.every((n, i) => n.id === b[i]!.id && n.kind === b[i]!.kind && n.position === b[i]!.position));
}

/**
 * `edgeLabelSpots`, recomputed only when a node moves, comes or goes, a connection changes, the
 * route changes or a card is measured anew — not on every edit (placing 7,500 labels is a
 * tenth of a second).
 */
export function createEdgeLabelSpots(): (journey: Journey, sizes: Sizes) => Map<string, number> {
  let last: { journey: Journey; sizes: Sizes; spots: Map<string, number> } | null = null;
  return (journey, sizes) => {
    const was = last?.journey;
    if (last && was && was.edges === journey.edges && was.staticRoute === journey.staticRoute && last.sizes === sizes && sameGeometry(was.nodes, journey.nodes)) {
      last.journey = journey;
      return last.spots;
    }
    last = { journey, sizes, spots: edgeLabelSpots(journey, sizes) };
    return last.spots;
  };
}

/** Where each labelled connection's label sits on its curve (edge-labels.ts), from the nodes' positions and sizes. */
export function edgeLabelSpots(journey: Journey, sizes: ReadonlyMap<string, { width: number; height: number }>): Map<string, number> {
  const routeStep = new Map(journey.staticRoute.map((id, i) => [id, i + 1]));
  const labels = new Map<string, { width: number; height: number }>();
  for (const e of journey.edges) {
    const caption = edgeCaption(e);
    if (caption || routeStep.has(e.id)) labels.set(e.id, labelSize(caption, routeStep.get(e.id) ?? 0));
  }
  const kinds = new Map(journey.nodes.map((n) => [n.id, n.kind]));
  return labelSpots(journey, (id) => sizes.get(id) ?? nodeSizeOf(kinds.get(id) ?? 'event'), labels);
}

const NO_SPOTS: ReadonlyMap<string, number> = new Map();

/**
 * One arrowhead size whatever the line's width (10 × 16 px on the canvas). React Flow's default
 * scales it with the stroke, and playback draws busy connections up to 12 px thick: arrows of
 * 40 × 60 px that filled the gap between cards.
 */
const ARROW = { markerUnits: 'userSpaceOnUse', width: 40, height: 40 } as const;

export function createEdgeAdapter() {
  const cache = new Map<string, { key: unknown[]; view: JourneyFlowEdge }>();
  const last = { views: [] as JourneyFlowEdge[] };
  return (journey: Journey, selected: ReadonlySet<string>, problemEdges: ReadonlySet<string>, labelAt: ReadonlyMap<string, number> = NO_SPOTS): JourneyFlowEdge[] => {
    const routeStep = new Map(journey.staticRoute.map((id, i) => [id, i + 1]));
    const seen = new Set<string>();
    const views = journey.edges.map((edge) => {
      seen.add(edge.id);
      const key = [edge, selected.has(edge.id), routeStep.get(edge.id) ?? 0, problemEdges.has(edge.id), labelAt.get(edge.id) ?? 0.5];
      const hit = cache.get(edge.id);
      if (hit && same(hit.key, key)) return hit.view;
      const label = edgeLabel(edge);
      const view: JourneyFlowEdge = {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: 'journey',
        selected: key[1] as boolean,
        zIndex: routeStep.has(edge.id) ? 1 : 0,
        markerEnd: { type: MarkerType.ArrowClosed, color: key[1] ? '#2563eb' : key[3] ? '#dc2626' : routeStep.has(edge.id) ? '#ea580c' : '#64748b', ...ARROW },
        data: { edge, label: edgeCaption(edge), labelAt: key[4] as number, routeStep: key[2] as number, hasProblem: key[3] as boolean },
        ariaLabel: `Connection ${label ? `(${label}) ` : ''}${routeStep.has(edge.id) ? 'on the static route' : ''}`.trim(),
      };
      cache.set(edge.id, { key, view });
      return view;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return reuse(last, views);
  };
}
