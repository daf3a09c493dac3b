/**
 * The canvas's extension point for what is drawn over a journey besides simulator playback: a
 * feature fills a layer (node and edge overlays by id) and the canvas's nodes and edges show it
 * through the same narrow hooks and badges as playback. The editor's canvas reads the `editor`
 * layer; a read-only canvas names its own layer with `OverlayLayerContext`. Journey mining puts
 * the real traffic of an event log here.
 */
import { createContext } from 'react';
import { create } from 'zustand';
import type { EdgeOverlay, NodeOverlay } from '../simulation/overlays';

export interface OverlayLayer {
  nodes: ReadonlyMap<string, NodeOverlay>;
  edges: ReadonlyMap<string, EdgeOverlay>;
}

export const EDITOR_LAYER = 'editor';

/** Which layer the canvas being rendered shows. */
export const OverlayLayerContext = createContext<string>(EDITOR_LAYER);

interface OverlaySlotState {
  layers: Readonly<Record<string, OverlayLayer | undefined>>;
  show: (layer: string, overlay: OverlayLayer) => void;
  hide: (layer: string) => void;
}

export const useOverlaySlot = create<OverlaySlotState>()((set, get) => ({
  layers: {},
  show: (layer, overlay) => set({ layers: { ...get().layers, [layer]: overlay } }),
  hide: (layer) => {
    if (get().layers[layer]) set({ layers: { ...get().layers, [layer]: undefined } });
  },
}));
