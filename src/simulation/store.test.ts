import { beforeEach, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../samples/scenarios';
import { closuresToDisruptions } from './closures';
import { useSimulation } from './store';
import { replayed } from './testing';
import { timelinesFor } from './timeline';

const [retail] = SCENARIOS;
const initial = useSimulation.getState();

/** A finished run of the retail scenario, as the controller hands it to the store. */
function finishRun(runId: number, options: { keepPlayhead?: boolean; closures?: boolean } = {}) {
  const store = useSimulation.getState();
  const log = options.closures ? { ...retail!.log, disruptions: [...retail!.log.disruptions, ...closuresToDisruptions(store.closures, retail!.journey)] } : retail!.log;
  const { reply } = replayed(retail!.journey, log);
  store.runStarted(runId);
  useSimulation.getState().runFinished(runId, { ...reply, runId }, { journey: retail!.journey, log, timelines: timelinesFor(reply, retail!.journey, log) }, { durationMs: 12, keepPlayhead: options.keepPlayhead ?? false });
}

beforeEach(() => {
  useSimulation.setState(initial, true);
  useSimulation.getState().openSimulator();
});

describe('the simulation store', () => {
  it('shows a finished run following its story customer: stalls in static, re-routes in dynamic', () => {
    finishRun(1);
    const s = useSimulation.getState();
    expect(s.run).toMatchObject({ state: 'done', durationMs: 12 });
    expect(s.shown?.reply.customers?.ids[s.customer!]).toBe('r09');
    // The clock spans the customer's story, playhead at its start, nothing shown yet.
    expect(s.clock).toMatchObject({ start: 65, end: 123, t: 65 });
    expect(s.view.static.nodes.size).toBe(0);
  });

  it('ignores progress and replies of a run that was replaced', () => {
    useSimulation.getState().runStarted(1);
    useSimulation.getState().runStarted(2);
    useSimulation.getState().runProgressed(1, { phase: 'static', done: 5, total: 10 });
    expect(useSimulation.getState().run.progress).toBeNull();
    const { reply } = replayed(retail!.journey, retail!.log);
    useSimulation.getState().runFinished(1, reply, { journey: retail!.journey, log: retail!.log, timelines: {} }, { durationMs: 1, keepPlayhead: false });
    expect(useSimulation.getState().shown).toBeNull();
    useSimulation.getState().runFailed(2, ['The simulation was cancelled.'], true);
    expect(useSimulation.getState().run.state).toBe('cancelled');
  });

  it('steps from mark to mark, marking the stall and the re-route on their sides', () => {
    finishRun(1);
    const store = useSimulation.getState;
    store().stepForward();
    expect(store().clock.t).toBe(70);
    expect(store().animate).toBe(true);
    expect(store().view.static.nodes.get('sms')?.note?.kind).toBe('stall');
    expect(store().view.dynamic.nodes.get('email')?.note?.kind).toBe('re-route');
    store().stepForward();
    expect(store().clock.t).toBe(110);
    store().stepBack();
    expect(store().clock.t).toBe(70);
    expect(store().animate).toBe(false);
  });

  it('plays by ticks at the chosen speed and stops at the end', () => {
    finishRun(1);
    const store = useSimulation.getState;
    store().setSpeed(8);
    store().play();
    store().tick(1000);
    const span = store().clock.end - store().clock.start;
    expect(store().clock.t).toBeCloseTo(65 + (span * 8) / 30);
    store().tick(60_000);
    expect(store().clock).toMatchObject({ t: 123, playing: false });
    expect(store().view.dynamic.nodes.get('confirm')?.here).toBe(1);
  });

  it('keeps overlay objects while no mark crosses the playhead', () => {
    finishRun(1);
    const store = useSimulation.getState;
    store().seek(70);
    const view = store().view;
    store().seek(80);
    expect(store().view).toBe(view);
    store().seek(110);
    expect(store().view.static.nodes.get('bargain')).toBe(view.static.nodes.get('bargain'));
  });

  it('follows everybody or one customer; the range follows the choice', () => {
    finishRun(1);
    const store = useSimulation.getState;
    store().pickCustomer(null);
    expect(store().clock.start).toBe(0);
    expect(store().clock.end).toBeGreaterThan(1440);
    store().seek(store().clock.end);
    expect(store().view.dynamic.nodes.get('confirm')?.here).toBe(30);
  });

  it('closes a road at the playhead and keeps the playhead and the customer through the re-run', () => {
    finishRun(1);
    const store = useSimulation.getState;
    store().seek(100);
    const customer = store().customer;
    store().closeRoad({ channel: 'email' });
    expect(store().closures).toEqual([{ id: 1, target: { channel: 'email' }, from: 100, until: null }]);
    finishRun(2, { keepPlayhead: true, closures: true });
    expect(store().clock.t).toBe(100);
    expect(store().customer).toBe(customer);
    expect(store().shown?.log?.disruptions.at(-1)).toMatchObject({ from: 100, channel: 'email' });
    store().seek(115);
    store().reopenRoad({ channel: 'email' });
    expect(store().closures[0]?.until).toBe(115);
  });

  it('remembers import problems until dismissed, and a new source clears closures', () => {
    const store = useSimulation.getState;
    store().showImportProblems('bad.csv', ['line 3, column "at": "yesterday" is not a time']);
    expect(store().importProblems?.messages).toHaveLength(1);
    store().closeRoad({ channel: 'sms' });
    store().chooseSource({ kind: 'population', size: 10, deviationRate: 0, dropOffRate: 0 });
    expect(store().closures).toEqual([]);
    expect(store().importProblems).toBeNull();
  });
});
