/**
 * The engine gives the same result inside and outside the worker: the API object the
 * worker exposes is called directly here and compared with `runSimulation`, down to every
 * customer's columns (through the CSV the worker writes) and every path.
 */
import { describe, expect, it } from 'vitest';
import { customersToCsv, runSimulation, summaryToCsv, trafficToCsv, type Progress, type SimulationInput, type SimulationResult } from '../sim';
import type { Journey } from '../model/journey';
import { SCENARIOS } from '../samples/scenarios';
import { PLAYBACK_LIMIT, type RunReply } from './reply';
import { createWorkerApi } from './sim-api';

const [retail, telecom] = SCENARIOS;

async function direct(input: SimulationInput): Promise<SimulationResult> {
  const out = await runSimulation(input);
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return out.result;
}

function expectSameResult(reply: RunReply, result: SimulationResult, withPaths: boolean) {
  if (!reply.ok) throw new Error(reply.problems.join('\n'));
  expect(reply.summary).toEqual(result.summary);
  expect(reply.comparison).toEqual(result.comparison);
  expect(reply.warnings).toEqual(result.warnings);
  expect(reply.seed).toBe(result.seed);
  if (withPaths) {
    expect(reply.paths.static).toEqual(result.static?.paths ?? null);
    expect(reply.paths.dynamic).toEqual(result.dynamic?.paths ?? null);
    expect(reply.customers?.ids).toEqual(result.static?.customerIds ?? result.dynamic?.customerIds);
    expect(reply.customers?.goal.static).toEqual(result.static?.goal);
    expect(reply.customers?.reroutes.dynamic).toEqual(result.dynamic?.reroutes);
  } else {
    expect(reply.paths).toEqual({ static: null, dynamic: null });
    expect(reply.customers).toBeNull();
  }
}

async function expectSameCsv(api: ReturnType<typeof createWorkerApi>, runId: number, result: SimulationResult, journey: Journey) {
  expect(api.csv(runId, 'customers')).toBe(customersToCsv(result, journey));
  expect(api.csv(runId, 'summary')).toBe(summaryToCsv(result));
  expect(api.csv(runId, 'traffic')).toBe(trafficToCsv(result, journey));
}

describe('the simulation worker API', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('replays scenario %s exactly as the engine does', async (_id, scenario) => {
    const api = createWorkerApi();
    const input: SimulationInput = { journey: scenario.journey, log: scenario.log, mode: 'compare', seed: 3 };
    const reply = await api.run(1, input);
    const result = await direct({ ...input, recordPaths: true });
    expectSameResult(reply, result, true);
    await expectSameCsv(api, 1, result, scenario.journey);
  });

  it('generates a small population itself, returns its log, and replays it as the engine does', async () => {
    const api = createWorkerApi();
    const input: SimulationInput = { journey: retail!.journey, population: { size: 400, deviationRate: 0.1 }, mode: 'compare', seed: 11 };
    const reply = await api.run(7, input);
    const result = await direct({ ...input, recordPaths: true });
    expectSameResult(reply, result, true);
    expect(reply.ok && reply.log?.customers.length).toBe(400);
    await expectSameCsv(api, 7, result, input.journey);
  });

  it('keeps a large population in the worker: summaries and CSV the same, no paths posted', async () => {
    const api = createWorkerApi();
    const input: SimulationInput = { journey: telecom!.journey, population: { size: PLAYBACK_LIMIT + 500, deviationRate: 0.05 }, mode: 'dynamic', seed: 5 };
    const progress: Progress[] = [];
    const reply = await api.run(2, { ...input, chunkSize: 1000 }, (p) => progress.push(p));
    const result = await direct(input);
    expectSameResult(reply, result, false);
    expect(reply.ok && reply.log).toBeNull();
    await expectSameCsv(api, 2, result, input.journey);
    expect(progress.map((p) => p.phase)).toEqual(['generating', 'generating', 'generating', 'dynamic', 'dynamic', 'dynamic']);
    expect(progress.at(-1)).toEqual({ phase: 'dynamic', done: PLAYBACK_LIMIT + 500, total: PLAYBACK_LIMIT + 500 });
  });

  it('cancels a run between chunks', async () => {
    const api = createWorkerApi();
    let calls = 0;
    const reply = await api.run(3, { journey: retail!.journey, population: { size: 20_000 }, mode: 'compare', chunkSize: 500 }, () => {
      if (++calls === 1) api.cancel(3);
    });
    expect(reply).toMatchObject({ ok: false, cancelled: true });
    expect(calls).toBe(1);
    expect(api.csv(3, 'summary')).toBeNull();
  });

  it('reports a log the journey cannot replay as problems, not as a crash', async () => {
    const api = createWorkerApi();
    const reply = await api.run(4, { journey: retail!.journey, log: telecom!.log, mode: 'compare' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.problems[0]).toBe('Persona "Home broadband" of customer "t01" is not in the journey.');
    // The field at fault travels too, so the app can name its line in the imported file.
    expect(!reply.ok && reply.issues?.[0]).toEqual({ path: ['customers', 0, 'persona'], message: 'persona "Home broadband" of customer "t01" is not in the journey' });
  });

  it('writes CSV only for the last finished run', async () => {
    const api = createWorkerApi();
    await api.run(1, { journey: retail!.journey, log: retail!.log, mode: 'static' });
    await api.run(2, { journey: retail!.journey, log: retail!.log, mode: 'dynamic' });
    expect(api.csv(1, 'summary')).toBeNull();
    expect(api.csv(2, 'summary')).toMatch(/^\uFEFFmeasure,static,dynamic,difference\r\n/);
  });
});
