/**
 * Presenter mode's own state: whether the room's view is on, which stop it shows, and how it
 * looks. Plain verbs; what a stop does to the canvas and the simulator is sequenced in
 * controller.ts, which also keeps what to put back when the presentation ends.
 */
import { create } from 'zustand';

export type FullScreenState = 'off' | 'on' | 'refused';

export interface PresenterState {
  presenting: boolean;
  /** The stop shown (or last shown, once the presentation ended): where Shift+F5 resumes. */
  index: number;
  /** Black on white with heavy outlines, for washed-out projectors. */
  highContrast: boolean;
  fullScreen: FullScreenState;
  /** Set while a stop is being applied (its simulation replaying): the caption says so. */
  arriving: boolean;
  /** A stop that could not be shown as saved (its scenario is unknown, its customer gone): why. */
  problem: string | null;
  /** The stops list beside the canvas, outside presenter mode. */
  listOpen: boolean;

  started: (index: number) => void;
  /** The stop the list has chosen (outside presenter mode): where Shift+F5 starts and new stops go after. */
  pick: (index: number) => void;
  ended: () => void;
  arrived: (index: number, problem: string | null) => void;
  setArriving: (index: number) => void;
  /** Tells the facilitator something on the stage (the editor's notices are hidden while presenting). */
  warn: (problem: string) => void;
  setFullScreen: (state: FullScreenState) => void;
  toggleHighContrast: () => void;
  setListOpen: (open: boolean) => void;
}

export const usePresenter = create<PresenterState>()((set, get) => ({
  presenting: false,
  index: 0,
  highContrast: false,
  fullScreen: 'off',
  arriving: false,
  problem: null,
  listOpen: false,

  started: (index) => set({ presenting: true, index, arriving: false, problem: null }),
  pick: (index) => set({ index }),
  ended: () => set({ presenting: false, arriving: false, problem: null, fullScreen: 'off' }),
  arrived: (index, problem) => set({ index, arriving: false, problem }),
  setArriving: (index) => set({ index, arriving: true, problem: null }),
  warn: (problem) => set({ problem }),
  setFullScreen: (fullScreen) => set({ fullScreen }),
  toggleHighContrast: () => set({ highContrast: !get().highContrast }),
  setListOpen: (listOpen) => set({ listOpen }),
}));
