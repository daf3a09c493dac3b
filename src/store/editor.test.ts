import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redo, undo, useEditor } from './editor';
import { createJourney } from '../model/factory';
import { nodeLabel, type Journey } from '../model/journey';

const state = () => useEditor.getState();
const journey = () => state().journey;

function fresh(): void {
  state().loadJourney(createJourney('Test'));
}

/** persona → event → decision, built through the store's own actions. */
function chain(): { persona: string; event: string; decision: string } {
  const persona = state().addNode('persona', { x: 0, y: 0 });
  const event = state().addNode('event', { x: 300, y: 0 });
  const decision = state().addNode('decision', { x: 600, y: 0 });
  expect(state().connect(persona, event).ok).toBe(true);
  expect(state().connect(event, decision).ok).toBe(true);
  return { persona, event, decision };
}

describe('editor store', () => {
  beforeEach(() => {
    vi.useRealTimers();
    fresh();
  });

  it('adds a node, snapped to the grid, and selects it', () => {
    const id = state().addNode('action', { x: 13, y: 29 });
    const node = journey().nodes.find((n) => n.id === id)!;
    expect(node.kind).toBe('action');
    expect(node.position).toEqual({ x: 20, y: 20 });
    expect(state().selection.nodeIds).toEqual([id]);
  });

  it('refuses a connection that breaks the grammar and says why', () => {
    const action = state().addNode('action', { x: 0, y: 0 });
    const decision = state().addNode('decision', { x: 300, y: 0 });
    const result = state().connect(action, decision);
    expect(result.ok).toBe(false);
    expect(journey().edges).toHaveLength(0);
    expect(state().notice?.text).toMatch(/action can only lead to an event/i);
  });

  it('makes the first branch of a decision its otherwise branch', () => {
    const { decision } = chain();
    const a = state().addNode('action', { x: 900, y: 0 });
    const b = state().addNode('action', { x: 900, y: 200 });
    state().connect(decision, a);
    state().connect(decision, b);
    const branches = journey().edges.filter((e) => e.source === decision);
    expect(branches.map((e) => e.branch?.otherwise)).toEqual([true, false]);
    expect(branches[1]!.branch?.condition).not.toBeNull();
  });

  it('reorders branches and keeps exactly one otherwise', () => {
    const { decision } = chain();
    const targets = [0, 1, 2].map((i) => state().addNode('action', { x: 900, y: i * 200 }));
    for (const t of targets) state().connect(decision, t);
    const ids = () => journey().edges.filter((e) => e.source === decision).map((e) => e.target);
    state().moveBranch(journey().edges.find((e) => e.target === targets[2])!.id, -1);
    expect(ids()).toEqual([targets[0], targets[2], targets[1]]);
    state().setOtherwiseBranch(journey().edges.find((e) => e.target === targets[1])!.id);
    const otherwise = journey().edges.filter((e) => e.source === decision && e.branch?.otherwise);
    expect(otherwise.map((e) => e.target)).toEqual([targets[1]]);
  });

  it('turns a decision into a split whose branches sum to 100', () => {
    const { decision } = chain();
    for (let i = 0; i < 3; i++) state().connect(decision, state().addNode('action', { x: 900, y: i * 200 }));
    state().setDecisionMode(decision, 'split');
    const percents = journey().edges.filter((e) => e.source === decision).map((e) => e.branch?.percent);
    expect(percents).toEqual([33, 33, 34]);
  });

  it('deletes nodes with their edges and keeps the static route consistent', () => {
    const { persona, event, decision } = chain();
    const routeEdges = journey().edges.map((e) => e.id);
    expect(state().markStaticRoute([...routeEdges].reverse()).ok).toBe(true);
    expect(journey().staticRoute).toEqual(routeEdges);
    state().select({ nodeIds: [decision], edgeIds: [] });
    state().deleteSelection();
    expect(journey().nodes.map((n) => n.id)).toEqual([persona, event]);
    expect(journey().edges).toHaveLength(1);
    expect(journey().staticRoute).toEqual([routeEdges[0]]);
  });

  it('refuses a static route with a gap', () => {
    const persona = state().addNode('persona', { x: 0, y: 0 });
    const e1 = state().addNode('event', { x: 300, y: 0 });
    const a = state().addNode('action', { x: 600, y: 0 });
    const e2 = state().addNode('event', { x: 900, y: 0 });
    state().connect(persona, e1);
    state().connect(e1, a);
    state().connect(a, e2);
    const [first, , third] = journey().edges;
    const result = state().markStaticRoute([first!.id, third!.id]);
    expect(result.ok).toBe(false);
    expect(journey().staticRoute).toEqual([]);
  });

  it('copies and pastes nodes with the edges between them, under new ids', () => {
    const { persona, event } = chain();
    state().select({ nodeIds: [persona, event], edgeIds: [] });
    const fragment = state().copySelection()!;
    expect(fragment.edges).toHaveLength(1);
    state().paste(fragment);
    expect(journey().nodes).toHaveLength(5);
    const pasted = state().selection.nodeIds;
    expect(pasted).toHaveLength(2);
    expect(pasted).not.toContain(persona);
    const pastedEdge = journey().edges.find((e) => pasted.includes(e.source));
    expect(pastedEdge && pasted.includes(pastedEdge.target)).toBe(true);
  });

  it('pastes a fragment copied from another journey', () => {
    const { persona } = chain();
    state().select({ nodeIds: [persona], edgeIds: [] });
    const fragment = state().copySelection()!;
    state().loadJourney(createJourney('Other'));
    state().paste(fragment);
    expect(journey().name).toBe('Other');
    expect(journey().nodes.map((n) => n.kind)).toEqual(['persona']);
  });
});

describe('undo and redo', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    fresh();
  });

  it('undoes and redoes every kind of edit', () => {
    const before: Journey = journey();
    const id = state().addNode('persona', { x: 0, y: 0 });
    vi.advanceTimersByTime(2000);
    state().updateNode(id, { name: 'Deal hunter' });
    vi.advanceTimersByTime(2000);
    state().commitMoves({ [id]: { x: 400, y: 200 } });
    expect(journey().nodes[0]).toMatchObject({ name: 'Deal hunter', position: { x: 400, y: 200 } });
    undo();
    expect(journey().nodes[0]!.position).toEqual({ x: 0, y: 0 });
    undo();
    expect(nodeLabel(journey().nodes[0]!)).toBe('New persona');
    undo();
    expect(journey()).toBe(before);
    redo();
    redo();
    redo();
    expect(journey().nodes[0]).toMatchObject({ name: 'Deal hunter', position: { x: 400, y: 200 } });
  });

  it('records typing in one field as one step, and a pause starts a new one', () => {
    const id = state().addNode('action', { x: 0, y: 0 });
    vi.advanceTimersByTime(2000);
    for (const name of ['S', 'Se', 'Sen', 'Send']) {
      state().updateNode(id, { name });
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(2000);
    state().updateNode(id, { name: 'Send SMS' });
    undo();
    expect(nodeLabel(journey().nodes[0]!)).toBe('Send');
    undo();
    expect(nodeLabel(journey().nodes[0]!)).toBe('New action');
  });

  it('does not record selection changes as edits', () => {
    const id = state().addNode('event', { x: 0, y: 0 });
    const steps = useEditor.temporal.getState().pastStates.length;
    state().select({ nodeIds: [], edgeIds: [] });
    state().select({ nodeIds: [id], edgeIds: [] });
    expect(useEditor.temporal.getState().pastStates.length).toBe(steps);
  });

  it('makes a drag one undo step: positions while dragging stay out of the journey', () => {
    const id = state().addNode('event', { x: 0, y: 0 });
    vi.advanceTimersByTime(2000);
    const steps = useEditor.temporal.getState().pastStates.length;
    state().setDragPositions({ [id]: { x: 50, y: 10 } });
    state().setDragPositions({ [id]: { x: 90, y: 30 } });
    expect(journey().nodes[0]!.position).toEqual({ x: 0, y: 0 });
    state().commitMoves({ [id]: { x: 101, y: 39 } });
    expect(journey().nodes[0]!.position).toEqual({ x: 100, y: 40 });
    expect(state().dragPositions).toBeNull();
    expect(useEditor.temporal.getState().pastStates.length).toBe(steps + 1);
  });

  it('lets a new journey be undone, so nothing is lost', () => {
    state().addNode('persona', { x: 0, y: 0 });
    state().newJourney();
    expect(journey().nodes).toHaveLength(0);
    undo();
    expect(journey().nodes).toHaveLength(1);
  });
});
