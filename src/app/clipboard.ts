/**
 * Copy/paste of journey fragments. The system clipboard (via the copy/paste events, which need
 * no permission) carries fragments between tabs and journeys; a memory copy covers browsers
 * or contexts where the system clipboard is unavailable.
 */
import { useEditor } from '../store/editor';
import type { JourneyFragment } from '../model/fragment';
import { fragmentToText, parseFragmentText } from '../io/fragment';

let memory: JourneyFragment | null = null;

/** Copies the selected nodes; false when nothing is selected. */
export function copyToClipboard(): boolean {
  const fragment = useEditor.getState().copySelection();
  if (!fragment) {
    useEditor.getState().notify('Select one or more nodes to copy.');
    return false;
  }
  memory = fragment;
  void navigator.clipboard?.writeText(fragmentToText(fragment)).catch(() => {
    // The memory copy still works inside this tab.
  });
  return true;
}

export function pasteFromMemory(): void {
  if (memory) useEditor.getState().paste(memory);
  else useEditor.getState().notify('Nothing to paste yet — copy some nodes first.');
}

/** Handles a native paste event's text; returns true when it held a journey fragment. */
export function pasteText(text: string): boolean {
  const fragment = parseFragmentText(text);
  if (!fragment) return false;
  memory = fragment;
  useEditor.getState().paste(fragment);
  return true;
}

/** The text for a native copy event, or null when nothing is selected. */
export function copyText(): string | null {
  const fragment = useEditor.getState().copySelection();
  if (!fragment) return null;
  memory = fragment;
  return fragmentToText(fragment);
}
