/**
 * The baseline: a bare <ReactFlow> with default nodes and edges, the standard controlled
 * setup from React Flow's docs, over the same graph. The run script places it where the
 * editor's canvas is (?box=left,top,width,height) and starts it at the editor's fitted
 * viewport (?viewport=x,y,zoom) so both pages receive identical pointer input.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, useEdgesState, useNodesState, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { generateJourney, sizeFromUrl, toBareFlow } from './generate';

const params = new URLSearchParams(location.search);
const numbers = (name: string): number[] | null => {
  const raw = params.get(name);
  const values = raw ? raw.split(',').map(Number) : [];
  return values.length && values.every(Number.isFinite) ? values : null;
};

const size = sizeFromUrl(location.search);
const { journey, columns, rows } = generateJourney(size.nodes, size.edges);
const graph = toBareFlow(journey);
// Defaults: the editor's canvas area at 1280×720 (between the 192 px palette and the 320 px inspector).
const [left = 192, top = 48, width = 768, height = 672] = numbers('box') ?? [];
const start = numbers('viewport');
const viewport: Viewport | undefined = start ? { x: start[0]!, y: start[1]!, zoom: start[2]! } : undefined;
Object.assign(window, { __bench: { page: 'bare', nodes: graph.nodes.length, edges: graph.edges.length, columns, rows } });

function Bare() {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  return (
    <div style={{ position: 'absolute', left, top, width, height }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        // The editor's zoom range: React Flow's default minimum (0.5) would keep a large graph from fitting.
        minZoom={0.05}
        maxZoom={2.5}
        fitView={!viewport}
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        {...(viewport ? { defaultViewport: viewport } : {})}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
