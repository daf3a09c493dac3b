/**
 * The keys of presenter mode, in one place: the stage's key handler, its on-screen legend,
 * the shortcuts dialog and the README table all read this list. Presentation clickers send
 * PageDown/PageUp (some also `.` or `B` for a blank screen), so those always work.
 */

export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'space' | 'leave' | 'contrast' | 'blank' | 'presenter-view' | 'closure';

export interface PresenterKey {
  action: PresenterAction;
  /** `KeyboardEvent.key` values (letters in upper case, as `keyOf` writes them). */
  keys: readonly string[];
  /** How the shortcuts dialog shows the keys. */
  shown: string;
  label: string;
}

export const PRESENTER_KEYS: readonly PresenterKey[] = [
  { action: 'next', keys: ['PageDown', 'ArrowRight', 'ArrowDown', 'N'], shown: 'PageDown / → / ↓', label: 'Next stop' },
  { action: 'previous', keys: ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace'], shown: 'PageUp / ← / ↑', label: 'Previous stop' },
  { action: 'first', keys: ['Home'], shown: 'Home', label: 'First stop' },
  { action: 'last', keys: ['End'], shown: 'End', label: 'Last stop' },
  { action: 'space', keys: [' '], shown: 'Space', label: 'Play or pause the stop’s simulation; next stop when it has none' },
  { action: 'closure', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], shown: '1 – 9', label: 'Close or reopen a channel (the legend on screen says which)' },
  { action: 'contrast', keys: ['H'], shown: 'H', label: 'High contrast on/off' },
  { action: 'blank', keys: ['B', '.'], shown: 'B', label: 'Blank the screen, and back' },
  { action: 'presenter-view', keys: ['V'], shown: 'V', label: 'Open the presenter view (notes, next stop, timer) in a second window' },
  { action: 'leave', keys: ['Escape'], shown: 'Esc', label: 'Leave presenter mode, back to the editor as it was' },
];

const BY_KEY = new Map<string, PresenterAction>();
for (const k of PRESENTER_KEYS) for (const key of k.keys) BY_KEY.set(key, k.action);

/** The action of a key press in presenter mode, or null (keys with Ctrl, ⌘ or Alt are left to the browser). */
export function presenterAction(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): PresenterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return BY_KEY.get(e.key.length === 1 ? e.key.toUpperCase() : e.key) ?? null;
}
