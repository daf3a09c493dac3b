import { describe, expect, it } from 'vitest';
import { Journey, type Stop } from './journey';
import { createStop, insertStop, moveStopTo, stopLabel, stopReferenceProblems, stopsWithoutNodes } from './stops';

const camera = { x: 0, y: 0, zoom: 1 };
const stop = (id: string, extra: Partial<Stop> = {}): Stop => createStop({ camera, ...extra }, id);
const ids = (stops: readonly Stop[]) => stops.map((s) => s.id);

describe('stops', () => {
  it('are part of the journey, with a default so files from before stops still read', () => {
    expect(Journey.parse({ id: 'j', name: 'Old file', nodes: [], edges: [] }).stops).toEqual([]);
    const parsed = Journey.parse({ id: 'j', name: 'x', nodes: [], edges: [], stops: [{ id: 's', camera, simulation: { source: { kind: 'scenario', scenarioId: 'retail-sms-outage' } } }] });
    expect(parsed.stops[0]).toEqual({
      id: 's',
      name: '',
      caption: '',
      notes: '',
      camera,
      simulation: { source: { kind: 'scenario', scenarioId: 'retail-sms-outage' }, mode: 'compare', customer: null, playhead: null, closures: [], figures: false },
    });
    expect(Journey.safeParse({ id: 'j', name: 'x', nodes: [], edges: [], stops: [{ id: 's', camera: { x: 0, y: 0, zoom: 0 } }] }).success).toBe(false);
  });

  it('insert, move (either way, clamped) and keep the list when nothing moves', () => {
    const list = [stop('a'), stop('b'), stop('c')];
    expect(ids(insertStop(list, stop('n'), 1))).toEqual(['a', 'n', 'b', 'c']);
    expect(ids(insertStop(list, stop('n')))).toEqual(['a', 'b', 'c', 'n']);
    expect(ids(moveStopTo(list, 'a', 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveStopTo(list, 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveStopTo(list, 'b', 99))).toEqual(['a', 'c', 'b']);
    expect(moveStopTo(list, 'b', 1)).toBe(list);
    expect(moveStopTo(list, 'nope', 0)).toBe(list);
  });

  it('are named by their name, else their caption, else their number', () => {
    expect(stopLabel(stop('a', { name: ' The stall ' }), 0)).toBe('The stall');
    expect(stopLabel(stop('a', { caption: '09:10 — down' }), 0)).toBe('09:10 — down');
    expect(stopLabel(stop('a'), 2)).toBe('Stop 3');
  });

  it('lose the closures of removed actions, and only those', () => {
    const simulation = {
      source: { kind: 'scenario' as const, scenarioId: 'x' },
      mode: 'compare' as const,
      customer: null,
      playhead: null,
      figures: false,
      closures: [
        { target: { actionId: 'sms' }, from: 0, until: null },
        { target: { channel: 'email' as const }, from: 0, until: null },
      ],
    };
    const list = [stop('a', { simulation }), stop('b')];
    const after = stopsWithoutNodes(list, new Set(['sms', 'other']));
    expect(after[0]!.simulation!.closures).toEqual([{ target: { channel: 'email' }, from: 0, until: null }]);
    expect(after[1]).toBe(list[1]);
  });

  it('report duplicate ids and closures of actions the journey does not have, with their paths', () => {
    const journey = Journey.parse({
      id: 'j',
      name: 'x',
      nodes: [{ id: 'sms', kind: 'action', position: { x: 0, y: 0 }, name: 'SMS' }],
      edges: [],
      stops: [
        { id: 's', camera },
        { id: 's', camera, simulation: { source: { kind: 'population', size: 10, deviationRate: 0 }, closures: [{ target: { actionId: 'sms' }, from: 0 }, { target: { actionId: 'fax' }, from: 0 }] } },
      ],
    });
    expect(stopReferenceProblems(journey, 'journey')).toEqual([
      { path: 'journey.stops[1].id', message: 'another stop already has the id "s" (journey.stops[0])' },
      { path: 'journey.stops[1].simulation.closures[1].target.actionId', message: 'action "fax" does not exist' },
    ]);
  });
});
