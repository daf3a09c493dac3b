/** The stop verbs of the editor store: every change to a presentation is one undoable edit. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redo, undo, useEditor } from './editor';
import { createJourney } from '../model/factory';
import { createStop } from '../model/stops';

const state = () => useEditor.getState();
const stops = () => state().journey.stops;
const camera = { x: 10, y: 20, zoom: 1 };

describe('editor store: stops', () => {
  beforeEach(() => {
    vi.useRealTimers();
    state().loadJourney(createJourney('Test'));
  });

  it('adds, moves and removes stops, each one undo step', () => {
    state().addStop(createStop({ camera, name: 'One' }, 's1'));
    state().addStop(createStop({ camera, name: 'Two' }, 's2'));
    state().addStop(createStop({ camera, name: 'First' }, 's0'), 0);
    expect(stops().map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    state().moveStop('s0', 2);
    expect(stops().map((s) => s.id)).toEqual(['s1', 's2', 's0']);
    state().removeStop('s2');
    expect(stops().map((s) => s.id)).toEqual(['s1', 's0']);
    undo();
    expect(stops().map((s) => s.id)).toEqual(['s1', 's2', 's0']);
    undo();
    expect(stops().map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    redo();
    expect(stops().map((s) => s.id)).toEqual(['s1', 's2', 's0']);
  });

  it('records typing a caption as one step, and keeps the id', () => {
    vi.useFakeTimers();
    state().addStop(createStop({ camera }, 's1'));
    for (const caption of ['0', '09', '09:1', '09:10']) {
      state().updateStop('s1', { caption });
      vi.advanceTimersByTime(100);
    }
    expect(stops()[0]).toMatchObject({ id: 's1', caption: '09:10' });
    undo();
    expect(stops()[0]!.caption).toBe('');
    state().updateStop('s1', { id: 'other' } as never);
    expect(stops()[0]!.id).toBe('s1');
  });

  it('leaves the journey alone for a stop that is not there, or a move to where it is', () => {
    state().addStop(createStop({ camera }, 's1'));
    const before = state().journey;
    state().updateStop('nope', { caption: 'x' });
    state().removeStop('nope');
    state().moveStop('s1', 0);
    expect(state().journey).toBe(before);
  });

  it('drops a stop’s closure of an action when the action is deleted, and undo brings both back', () => {
    const action = state().addNode('action', { x: 0, y: 0 });
    const simulation = { source: { kind: 'scenario' as const, scenarioId: 'x' }, mode: 'compare' as const, customer: null, playhead: 5, figures: false, closures: [{ target: { actionId: action }, from: 5, until: null }] };
    state().addStop(createStop({ camera, simulation }, 's1'));
    state().select({ nodeIds: [action], edgeIds: [] });
    state().deleteSelection();
    expect(stops()[0]!.simulation!.closures).toEqual([]);
    undo();
    expect(stops()[0]!.simulation!.closures).toHaveLength(1);
  });
});
