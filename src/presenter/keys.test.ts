import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../app/commands';
import { PRESENTER_KEYS, presenterAction } from './keys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => presenterAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('presenter mode keys', () => {
  it('move between stops with what clickers send, arrows and Space', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown']) expect(press(key)).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(press(key)).toBe('previous');
    expect(press(' ')).toBe('space');
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
    expect(press('Escape')).toBe('leave');
  });

  it('close roads with number keys, and read letters in either case', () => {
    expect(press('1')).toBe('closure');
    expect(press('9')).toBe('closure');
    expect(press('h')).toBe('contrast');
    expect(press('H')).toBe('contrast');
    expect(press('v')).toBe('presenter-view');
    expect(press('.')).toBe('blank');
  });

  it('leave Ctrl, ⌘ and Alt combinations to the browser', () => {
    expect(press('PageDown', { ctrlKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('q')).toBeNull();
  });

  it('bind no key twice, and start presenting with P and F5 from the command registry', () => {
    const keys = PRESENTER_KEYS.flatMap((k) => k.keys);
    expect(new Set(keys).size).toBe(keys.length);
    const present = COMMANDS.find((c) => c.id === 'present')!;
    expect(present.keys).toEqual(['P', 'F5']);
  });
});
