import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForKey, displayKeys, keyOf } from './commands';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  keyOf({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('command registry', () => {
  it('maps keyboard events to commands on Windows/Linux and Mac alike', () => {
    expect(commandForKey(key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(commandForKey(key('z', { metaKey: true }))?.id).toBe('undo');
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(commandForKey(key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(commandForKey(key('?', { shiftKey: true }))?.id).toBe('help');
    expect(commandForKey(key('Delete'))?.id).toBe('delete');
    expect(commandForKey(key('1'))?.id).toBe('add-persona');
    expect(commandForKey(key('!', { shiftKey: true }))?.id).toBe('fit-view');
    expect(commandForKey(key('L', { shiftKey: true }))?.id).toBe('layout');
    expect(commandForKey(key('S', { ctrlKey: true, shiftKey: true }))?.id).toBe('save-snapshot');
    expect(commandForKey(key('q'))).toBeUndefined();
  });

  it('gives every command a unique id, a label, and no key used twice', () => {
    const ids = new Set(COMMANDS.map((c) => c.id));
    expect(ids.size).toBe(COMMANDS.length);
    const keys = COMMANDS.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of COMMANDS) expect(c.label.length).toBeGreaterThan(2);
  });

  it('shows keys in the platform’s words', () => {
    expect(displayKeys('Mod+Shift+Z', true)).toBe('⌘+⇧+Z');
    expect(displayKeys('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
  });
});
