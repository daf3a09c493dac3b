/**
 * One side of the comparison: the journey drawn with the editor's node and edge components,
 * read-only, in its own React Flow store, showing the overlays of its side.
 */
import { useMemo, useRef } from 'react';
import { Background, BackgroundVariant, Controls, ReactFlow, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import type { Journey } from '../../model/journey';
import { createEdgeAdapter, createNodeAdapter, edgeLabelSpots } from '../../canvas/flow-adapters';
import type { JourneyFlowEdge, JourneyFlowNode } from '../../canvas/flow-types';
import { nodeTypes } from '../../canvas/nodes/nodes';
import { edgeTypes } from '../../canvas/JourneyEdgeView';
import { routeNodesOf } from '../../store/derived';
import { FitViewButton } from '../../canvas/FitViewButton';
import { SideContext } from '../hooks';
import type { Side } from '../types';

const NONE: ReadonlySet<string> = new Set();
const NO_PROBLEMS: ReadonlyMap<string, number> = new Map();
const NO_SIZES: ReadonlyMap<string, { width: number; height: number }> = new Map();

export interface ReadOnlyCanvasProps {
  side: Side;
  journey: Journey;
  label: string;
  /** The canvas is ready: the caller sets its first view (CompareView: readable, or following the customer). */
  onInit: (side: Side, flow: ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>) => void;
  /** The user panned or zoomed this canvas (not a programmatic move). */
  onUserMove: (side: Side, viewport: Viewport) => void;
}

export function ReadOnlyCanvas({ side, journey, label, onInit, onUserMove }: ReadOnlyCanvasProps) {
  const nodeAdapter = useRef(createNodeAdapter()).current;
  const edgeAdapter = useRef(createEdgeAdapter()).current;
  const nodes = useMemo(
    () => nodeAdapter(journey, { selected: NONE, dragPositions: null, routeNodes: routeNodesOf(journey), problemsByNode: NO_PROBLEMS, sizes: NO_SIZES }),
    [nodeAdapter, journey],
  );
  const edges = useMemo(() => edgeAdapter(journey, NONE, NONE, edgeLabelSpots(journey, NO_SIZES)), [edgeAdapter, journey]);
  return (
    <SideContext.Provider value={side}>
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        id={`compare-${side}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        colorMode="system"
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
        aria-label={label}
        onInit={(flow) => onInit(side, flow)}
        onMove={(event, viewport) => {
          if (event) onUserMove(side, viewport);
        }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls showInteractive={false} showFitView={false} aria-label={`Zoom controls, ${side}`}>
          <FitViewButton journey={() => journey} onFitted={(view) => onUserMove(side, view)} />
        </Controls>
      </ReactFlow>
    </SideContext.Provider>
  );
}

