/**
 * Narrow selectors for the canvases: a node or an edge reads its own overlay only, so a
 * tick of the clock re-renders the nodes whose overlay changed and nothing else.
 */
import { createContext, useContext } from 'react';
import { useNodeId } from '@xyflow/react';
import { UNTRAVELLED, type EdgeOverlay, type NodeOverlay } from './overlays';
import { mainSide, useSimulation, type SimulationState } from './store';
import type { Side } from './types';

/** Which side a canvas shows; null: the editor's canvas, which shows the side the mode picks. */
export const SideContext = createContext<Side | null>(null);

const sideOf = (s: SimulationState, side: Side | null): Side => side ?? mainSide(s.mode);

/** The overlay of the node being rendered (inside a React Flow node component), or undefined when nothing is shown. */
export function useNodeOverlay(): NodeOverlay | undefined {
  const id = useNodeId();
  const side = useContext(SideContext);
  return useSimulation((s) => (s.open && s.shown && id ? s.view[sideOf(s, side)].nodes.get(id) : undefined));
}

/** The overlay of an edge; untravelled edges get a shared faint overlay while a run is shown. */
export function useEdgeOverlay(id: string): EdgeOverlay | undefined {
  const side = useContext(SideContext);
  return useSimulation((s) => (s.open && s.shown ? (s.view[sideOf(s, side)].edges.get(id) ?? UNTRAVELLED) : undefined));
}

export const useSimulatorOpen = () => useSimulation((s) => s.open);
/** True while the two canvases replace the editor's. */
export const useComparing = () => useSimulation((s) => s.open && s.mode === 'compare');
/** The speed the token moves at (a number, so edges re-render only when it changes). */
export const useSpeed = () => useSimulation((s) => s.clock.speed);
