/**
 * Narrow selectors for the canvases: a node or an edge reads its own overlay only, so a
 * tick of the clock re-renders the nodes whose overlay changed and nothing else. Playback
 * comes first; where it shows nothing, the canvas's overlay slot (src/canvas/overlay-slot.ts)
 * may — e.g. the real traffic of an event log.
 */
import { createContext, useContext } from 'react';
import { useNodeId } from '@xyflow/react';
import { EDITOR_LAYER, OverlayLayerContext, useOverlaySlot } from '../canvas/overlay-slot';
import { UNTRAVELLED, type EdgeOverlay, type NodeOverlay } from './overlays';
import { mainSide, useSimulation, type SimulationState } from './store';
import type { Side } from './types';

/** Which side a canvas shows; null: the editor's canvas, which shows the side the mode picks. */
export const SideContext = createContext<Side | null>(null);

const sideOf = (s: SimulationState, side: Side | null): Side => side ?? mainSide(s.mode);
/** Playback shows on the editor's layer (its canvas and the compare view), never on another feature's canvases. */
const playing = (s: SimulationState, layer: string) => layer === EDITOR_LAYER && s.open && s.shown !== null;

/** The overlay of the node being rendered (inside a React Flow node component), or undefined when nothing is shown. */
export function useNodeOverlay(): NodeOverlay | undefined {
  const id = useNodeId();
  const side = useContext(SideContext);
  const layer = useContext(OverlayLayerContext);
  const sim = useSimulation((s) => (playing(s, layer) && id ? s.view[sideOf(s, side)].nodes.get(id) : undefined));
  const slot = useOverlaySlot((s) => (id ? s.layers[layer]?.nodes.get(id) : undefined));
  return sim ?? slot;
}

/** The overlay of an edge; untravelled edges get a shared faint overlay while a run (or a layer) is shown. */
export function useEdgeOverlay(id: string): EdgeOverlay | undefined {
  const side = useContext(SideContext);
  const layer = useContext(OverlayLayerContext);
  const sim = useSimulation((s) => (playing(s, layer) ? (s.view[sideOf(s, side)].edges.get(id) ?? UNTRAVELLED) : undefined));
  const slot = useOverlaySlot((s) => {
    const l = s.layers[layer];
    return l ? (l.edges.get(id) ?? UNTRAVELLED) : undefined;
  });
  return sim ?? slot;
}

/** True when the overlays follow one customer (their notes and token), false when they count everybody. */
export function useFollowingOne(): boolean {
  const layer = useContext(OverlayLayerContext);
  return useSimulation((s) => playing(s, layer) && s.customer !== null);
}

export const useSimulatorOpen = () => useSimulation((s) => s.open);
/** True while the two canvases replace the editor's. */
export const useComparing = () => useSimulation((s) => s.open && s.mode === 'compare');
/** The speed the token moves at (a number, so edges re-render only when it changes). */
export const useSpeed = () => useSimulation((s) => s.clock.speed);
