/** Keyboard shortcuts and native copy/paste, routed through the command registry. */
import { useEffect } from 'react';
import { commandForKey, keyOf, type CommandContext } from './commands';
import { copyText, pasteFromMemory, pasteText } from './clipboard';
import { useEditor } from '../store/editor';
import { importJourneyText } from './import-export';

/** Typing in a field must never trigger canvas shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(type);
  }
  return false;
}

/**
 * A dialog is open: its own keys win. Also when focus fell back to the page body (a focused
 * button was disabled or removed), where Escape would otherwise clear the canvas selection
 * instead of closing the dialog.
 */
function inDialog(target: EventTarget | null): boolean {
  if (target instanceof HTMLElement && target.closest('dialog[open]') !== null) return true;
  return typeof document !== 'undefined' && document.querySelector('dialog[open]') !== null;
}

/** Clipboard keys are handled by the copy/cut/paste events, which carry the system clipboard. */
const CLIPBOARD_KEYS = new Set(['Mod+C', 'Mod+X', 'Mod+V']);

export function useShortcuts(ctx: CommandContext): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target) || inDialog(e.target)) return;
      const key = keyOf(e);
      if (CLIPBOARD_KEYS.has(key)) return;
      // Buttons and links use Enter/Space themselves; plain Backspace/Delete on them still deletes nodes.
      const command = commandForKey(key);
      if (!command) return;
      e.preventDefault();
      void command.perform(ctx);
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isEditable(e.target) || inDialog(e.target) || hasTextSelection()) return;
      const text = copyText();
      if (!text) return;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };
    const onCut = (e: ClipboardEvent) => {
      if (isEditable(e.target) || inDialog(e.target) || hasTextSelection()) return;
      const text = copyText();
      if (!text) return;
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
      useEditor.getState().deleteSelection();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || inDialog(e.target)) return;
      e.preventDefault();
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (pasteText(text)) return;
      // A whole journey file pasted onto the canvas is imported as a new library entry.
      if (text.includes('journey-designer/journey')) void importJourneyText(text, 'the pasted text');
      else pasteFromMemory();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [ctx]);
}

function hasTextSelection(): boolean {
  const s = window.getSelection();
  return !!s && !s.isCollapsed && s.toString().length > 0;
}
