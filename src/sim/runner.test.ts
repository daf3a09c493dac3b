import { describe, expect, it } from 'vitest';
import { log } from './builders';
import { cartJourney } from './cart-fixture';
import { generatePopulation } from './population';
import { replayLog } from './replay';
import { runSimulation, type Progress } from './runner';

const noPause = () => Promise.resolve();

describe('the chunked runner (what the worker calls)', () => {
  it('reports progress per chunk and gives the same result as a replay in one go', async () => {
    const l = generatePopulation(cartJourney(), { size: 500, seed: 3, deviationRate: 0.1 });
    const progress: Progress[] = [];
    const out = await runSimulation({ journey: cartJourney(), log: l, mode: 'compare', seed: 3 }, { chunkSize: 100, onProgress: (p) => progress.push(p), pause: noPause });
    expect(out.ok).toBe(true);
    expect(progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'static 100/1000', 'static 200/1000', 'static 300/1000', 'static 400/1000', 'dynamic 500/1000',
      'dynamic 600/1000', 'dynamic 700/1000', 'dynamic 800/1000', 'dynamic 900/1000', 'dynamic 1000/1000',
    ]);
    const once = replayLog(cartJourney(), l, { mode: 'compare', seed: 3 });
    if (!out.ok || !once.ok) throw new Error('failed');
    expect(out.result).toEqual(once.result);
  });

  it('generates a population in chunks when given one instead of a log', async () => {
    const progress: string[] = [];
    const out = await runSimulation(
      { journey: cartJourney(), population: { size: 250, deviationRate: 0.05 }, mode: 'dynamic', seed: 8 },
      { chunkSize: 100, onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`), pause: noPause },
    );
    expect(progress.slice(0, 3)).toEqual(['generating 100/250', 'generating 200/250', 'generating 250/250']);
    if (!out.ok) throw new Error(out.problems.join());
    const direct = replayLog(cartJourney(), generatePopulation(cartJourney(), { size: 250, deviationRate: 0.05, seed: 8 }), { mode: 'dynamic', seed: 8, recordPaths: false });
    if (!direct.ok) throw new Error('failed');
    expect(out.result.summary).toEqual(direct.result.summary);
    expect(out.result.dynamic!.paths).toBeNull();
  });

  it('stops between chunks when cancelled', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const out = await runSimulation(
      { journey: cartJourney(), population: { size: 1000 }, mode: 'compare' },
      { chunkSize: 100, signal: controller.signal, pause: noPause, onProgress: () => ++chunks === 3 && controller.abort() },
    );
    expect(out).toEqual({ ok: false, cancelled: true, problems: ['The simulation was cancelled.'] });
    expect(chunks).toBe(3);
  });

  it('returns problems instead of throwing', async () => {
    const out = await runSimulation({ journey: cartJourney(), log: log([['c1', 'Nobody', [[0, 'x']]]]), mode: 'static' });
    expect(out).toMatchObject({ ok: false, cancelled: false, problems: ['Persona "Nobody" of customer "c1" is not in the journey.'] });
  });
});
