import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS, COMMANDS_BY_ID, commandForKey, displayKeys, keyOf, type CommandContext } from './commands';
import { undo, useEditor } from '../store/editor';
import { createJourney } from '../model/factory';
import { nodeSizeOf } from '../model/node-size';

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

describe('adding a node from the palette or keys 1–5', () => {
  const ctx = (center = { x: 400, y: 300 }): CommandContext => ({
    viewportCenter: () => center,
    fitView: () => {},
    resetView: () => {},
    openImport: () => {},
    openLibrary: () => {},
    openSnapshots: () => {},
    exportImage: async () => {},
    nodeSizes: () => new Map(),
    reveal: () => {},
    openHelp: () => {},
  });
  const add = (kind: string, c = ctx()) => COMMANDS_BY_ID.get(`add-${kind}`)!.perform(c);
  const rectOf = (id: string) => {
    const n = useEditor.getState().journey.nodes.find((x) => x.id === id)!;
    return { ...n.position, ...nodeSizeOf(n.kind) };
  };
  const apart = (a: string, b: string) => {
    const [r, s] = [rectOf(a), rectOf(b)];
    return r.x + r.width <= s.x || s.x + s.width <= r.x || r.y + r.height <= s.y || s.y + s.height <= r.y;
  };
  const selected = () => useEditor.getState().selection.nodeIds[0]!;

  beforeEach(() => {
    useEditor.getState().loadJourney(createJourney());
  });

  it('puts each new node at a free spot near the centre of the view, never on another', () => {
    const ids: string[] = [];
    for (const kind of ['persona', 'note', 'event', 'decision', 'action']) {
      useEditor.getState().select({ nodeIds: [], edgeIds: [] });
      void add(kind);
      ids.push(selected());
    }
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) expect(apart(ids[i]!, ids[j]!), `${i} and ${j}`).toBe(true);
    const first = rectOf(ids[0]!);
    expect(first.x + first.width / 2).toBeCloseTo(400, -2);
    expect(first.y + first.height / 2).toBeCloseTo(300, -2);
    expect(useEditor.getState().journey.edges).toHaveLength(0);
  });

  it('adds the next step to the right of the selected node, connected, as one undo step', () => {
    void add('event');
    const event = selected();
    void add('action');
    const action = selected();
    expect(rectOf(action).x).toBeGreaterThan(rectOf(event).x + rectOf(event).width);
    expect(rectOf(action).y).toBe(rectOf(event).y);
    expect(useEditor.getState().journey.edges.map((e) => [e.source, e.target])).toEqual([[event, action]]);
    undo();
    expect(useEditor.getState().journey.nodes.map((n) => n.id)).toEqual([event]);
    expect(useEditor.getState().journey.edges).toEqual([]);
  });

  it('fans further next steps out below or above the first, still to the right', () => {
    void add('decision');
    const decision = selected();
    void add('action');
    const first = selected();
    useEditor.getState().select({ nodeIds: [decision], edgeIds: [] });
    void add('action');
    const second = selected();
    expect(rectOf(second).x).toBe(rectOf(first).x);
    expect(apart(first, second)).toBe(true);
    expect(useEditor.getState().journey.edges.filter((e) => e.source === decision)).toHaveLength(2);
  });

  it('puts a node that cannot follow the selected one beside it, unconnected', () => {
    void add('persona');
    const persona = selected();
    void add('persona');
    expect(apart(persona, selected())).toBe(true);
    expect(useEditor.getState().journey.edges).toEqual([]);
    // A goal ends the journey: an event added after it is not connected.
    void add('action');
    useEditor.getState().select({ nodeIds: [], edgeIds: [] });
    void add('action');
    const goal = selected();
    useEditor.getState().updateNode(goal, { outcome: 'goal' });
    void add('event');
    expect(useEditor.getState().journey.edges.some((e) => e.source === goal)).toBe(false);
  });
});
