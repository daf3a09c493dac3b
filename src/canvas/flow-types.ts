/** React Flow's view of the journey: node and edge data are plain, serialisable facts derived from the model. */
import type { Edge, Node } from '@xyflow/react';
import type { JourneyEdge, JourneyNode, NodeKind } from '../model/journey';

export interface JourneyNodeData extends Record<string, unknown> {
  node: JourneyNode;
  /** On the marked static route. */
  onRoute: boolean;
  /** Number of validation problems on this node. */
  problems: number;
  /** For decisions: number of outgoing branches. */
  branchCount: number;
}

export type JourneyFlowNode = Node<JourneyNodeData, NodeKind>;

export interface JourneyEdgeData extends Record<string, unknown> {
  edge: JourneyEdge;
  /** Text shown on the edge: a branch's name (or its condition), or a likelihood. */
  label: string;
  /** Where on the curve the label sits (0 = source, 1 = target), clear of the cards (edge-labels.ts). */
  labelAt: number;
  /** Position on the static route (1-based), or 0 when off the route. */
  routeStep: number;
  hasProblem: boolean;
}

export type JourneyFlowEdge = Edge<JourneyEdgeData, 'journey'>;
