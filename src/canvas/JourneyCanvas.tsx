/**
 * The canvas: a view of the journey in React Flow. Gestures become store actions;
 * React Flow never owns the journey. Positions being dragged stay out of the
 * journey until the drag ends, so a drag is one undo step.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
} from '@xyflow/react';
import { useEditor } from '../store/editor';
import { problemsOf, routeNodesOf } from '../store/derived';
import { checkConnection } from '../model/grammar';
import type { NodeKind, Position } from '../model/journey';
import { createEdgeAdapter, createEdgeLabelSpots, createNodeAdapter } from './flow-adapters';
import type { JourneyFlowEdge, JourneyFlowNode } from './flow-types';
import { nodeTypes } from './nodes/nodes';
import { edgeTypes } from './JourneyEdgeView';
import { KIND_STYLES } from './kinds';
import { ConnectionHint } from './ConnectionHint';
import { readableViewOf } from './readable-fit';
import { FitViewButton } from './FitViewButton';
import { JourneyMap } from './JourneyMap';
import { isMapView, LARGE_JOURNEY, nodeAt } from './journey-map';

export const KIND_DRAG_TYPE = 'application/x-journey-kind';
const SNAP: [number, number] = [20, 20];
const MINIMAP_AUTO_MAX = 500;
const MINIMAP_STYLE = { width: 160, height: 110 };

const currentJourney = () => useEditor.getState().journey;
const NO_NODES: JourneyFlowNode[] = [];
const NO_EDGES: JourneyFlowEdge[] = [];

function minimapColor(node: JourneyFlowNode): string {
  return KIND_STYLES[node.type ?? 'note'].minimap;
}

export function JourneyCanvas() {
  const journey = useEditor((s) => s.journey);
  const selection = useEditor((s) => s.selection);
  const dragPositions = useEditor((s) => s.dragPositions);
  const snapToGrid = useEditor((s) => s.snapToGrid);
  const focusRequest = useEditor((s) => s.focusRequest);
  const minimapChoice = useEditor((s) => s.minimap);
  // The minimap repaints every node on every frame of a pan or zoom (it doubled p95 frame time
  // at 1,000 nodes in bench:canvas), so large journeys start without it; Shift+M brings it back.
  const showMinimap = minimapChoice ?? journey.nodes.length <= MINIMAP_AUTO_MAX;
  const [sizes, setSizes] = useState<Map<string, { width: number; height: number }>>(() => new Map());
  const flow = useReactFlow<JourneyFlowNode, JourneyFlowEdge>();
  const box = useRef<HTMLDivElement>(null);
  // Far out, a large journey is a map on one canvas (JourneyMap): React Flow draws no card or line.
  const large = journey.nodes.length > LARGE_JOURNEY;
  const mapView = useStore((s) => isMapView(journey.nodes.length, s.transform[2]));

  const nodeAdapter = useRef(createNodeAdapter()).current;
  const edgeAdapter = useRef(createEdgeAdapter()).current;
  const labelSpots = useRef(createEdgeLabelSpots()).current;

  const problems = problemsOf(journey);
  const problemIndex = useMemo(() => {
    const byNode = new Map<string, number>();
    const edges = new Set<string>();
    for (const p of problems) {
      if (p.nodeId) byNode.set(p.nodeId, (byNode.get(p.nodeId) ?? 0) + 1);
      if (p.edgeId) edges.add(p.edgeId);
    }
    return { byNode, edges };
  }, [problems]);

  const selectedNodes = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const selectedEdges = useMemo(() => new Set(selection.edgeIds), [selection.edgeIds]);

  const nodes = useMemo(
    () =>
      nodeAdapter(journey, {
        selected: selectedNodes,
        dragPositions,
        routeNodes: routeNodesOf(journey),
        problemsByNode: problemIndex.byNode,
        sizes,
      }),
    [nodeAdapter, journey, selectedNodes, dragPositions, problemIndex, sizes],
  );
  // Only positions, connections, the route and measured sizes move labels: not a rename or a description.
  const labelAt = useMemo(() => labelSpots(journey, sizes), [labelSpots, journey, sizes]);
  const edges = useMemo(() => edgeAdapter(journey, selectedEdges, problemIndex.edges, labelAt), [edgeAdapter, journey, selectedEdges, problemIndex, labelAt]);

  const onNodesChange = useCallback((changes: NodeChange<JourneyFlowNode>[]) => {
    const store = useEditor.getState();
    const dragging: Record<string, Position> = {};
    const moved: Record<string, Position> = {};
    let selectionChanged = false;
    const nodeIds = new Set(store.selection.nodeIds);
    const newSizes: [string, { width: number; height: number }][] = [];
    for (const change of changes) {
      if (change.type === 'position') {
        const position = change.position ?? store.dragPositions?.[change.id];
        if (!position) continue;
        if (change.dragging) dragging[change.id] = position;
        else moved[change.id] = position;
      } else if (change.type === 'select') {
        selectionChanged = true;
        if (change.selected) nodeIds.add(change.id);
        else nodeIds.delete(change.id);
      } else if (change.type === 'dimensions' && change.dimensions) {
        newSizes.push([change.id, change.dimensions]);
      }
    }
    if (Object.keys(dragging).length) store.setDragPositions(dragging);
    if (Object.keys(moved).length) {
      // The drag (or keyboard move) ended: commit every dragged node, as one undo step.
      store.commitMoves({ ...useEditor.getState().dragPositions, ...moved });
    }
    if (selectionChanged) store.select({ nodeIds: [...nodeIds], edgeIds: useEditor.getState().selection.edgeIds });
    if (newSizes.length) {
      setSizes((old) => {
        const next = new Map(old);
        for (const [id, size] of newSizes) next.set(id, size);
        return next;
      });
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<JourneyFlowEdge>[]) => {
    const store = useEditor.getState();
    const edgeIds = new Set(store.selection.edgeIds);
    let changed = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      changed = true;
      if (change.selected) edgeIds.add(change.id);
      else edgeIds.delete(change.id);
    }
    if (changed) store.select({ nodeIds: useEditor.getState().selection.nodeIds, edgeIds: [...edgeIds] });
  }, []);

  const onConnect = useCallback((c: Connection) => {
    useEditor.getState().connect(c.source, c.target);
  }, []);

  const isValidConnection = useCallback(
    (c: Connection | JourneyFlowEdge) => checkConnection(useEditor.getState().journey, c.source, c.target).ok,
    [],
  );

  const onConnectEnd: OnConnectEnd = useCallback((_event, state) => {
    // Dropped on a card away from its handles, React Flow says `isValid: null`: still a refusal to explain.
    if (state.isValid !== true && state.fromNode && state.toNode && state.fromNode.id !== state.toNode.id) {
      const check = checkConnection(useEditor.getState().journey, state.fromNode.id, state.toNode.id);
      if (!check.ok) useEditor.getState().notify(`Connection refused: ${check.reason}`);
    }
  }, []);

  // On the map, a click on a box selects its node (after React Flow's own clearing of the selection on a pane click).
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (!mapView) return;
      const node = nodeAt(useEditor.getState().journey, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), { sizeOf: (id) => sizes.get(id) });
      if (node) queueMicrotask(() => useEditor.getState().select({ nodeIds: [node.id], edgeIds: [] }));
    },
    [mapView, flow, sizes],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(KIND_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_DRAG_TYPE) as NodeKind;
      if (!kind) return;
      event.preventDefault();
      const p = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      useEditor.getState().addNode(kind, { x: p.x - 112, y: p.y - 30 });
    },
    [flow],
  );

  useEffect(() => {
    if (!focusRequest) return;
    const node = useEditor.getState().journey.nodes.find((n) => n.id === focusRequest.nodeId);
    if (!node) return;
    void flow.setCenter(node.position.x + 112, node.position.y + 40, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
  }, [focusRequest, flow]);

  return (
    <div ref={box} className="relative h-full w-full" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
        nodes={mapView ? NO_NODES : nodes}
        edges={mapView ? NO_EDGES : edges}
        onPaneClick={onPaneClick}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        // Dropping near a handle connects too; the card itself is a drop target (NodeCard).
        connectionRadius={30}
        colorMode="system"
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        // Off-screen culling keeps 5,000-node journeys fluid; below that every node stays in the page so Tab reaches it.
        onlyRenderVisibleElements={large}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control']}
        minZoom={0.05}
        maxZoom={2.5}
        // The first view is readable (readable-fit.ts); a viewport saved with the journey replaces it (ViewportKeeper).
        onInit={(instance) => {
          const view = box.current && readableViewOf(instance, useEditor.getState().journey, { width: box.current.clientWidth, height: box.current.clientHeight });
          if (view) void instance.setViewport(view);
        }}
        proOptions={{ hideAttribution: true }}
        aria-label="Journey canvas"
      >
        {mapView ? <JourneyMap sizes={sizes} /> : <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />}
        <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls">
          <FitViewButton journey={currentJourney} />
        </Controls>
        {showMinimap && !mapView && <MiniMap<JourneyFlowNode> pannable zoomable nodeColor={minimapColor} style={MINIMAP_STYLE} ariaLabel="Minimap" />}
      </ReactFlow>
      <ConnectionHint />
    </div>
  );
}
