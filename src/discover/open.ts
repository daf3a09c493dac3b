/** Whether the Discover workspace is open: a tiny store in the main bundle, so the toolbar can open what loads lazily. */
import { create } from 'zustand';

interface DiscoverOpen {
  open: boolean;
  /** The workspace's code was asked for once: keep it mounted (its state survives closing). */
  loaded: boolean;
  openDiscover: () => void;
  closeDiscover: () => void;
}

export const useDiscoverOpen = create<DiscoverOpen>()((set) => ({
  open: false,
  loaded: false,
  openDiscover: () => set({ open: true, loaded: true }),
  closeDiscover: () => set({ open: false }),
}));

export const openDiscover = () => useDiscoverOpen.getState().openDiscover();
