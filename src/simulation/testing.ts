/** Shared by the simulation tests: a scenario replayed with paths, as the worker would reply. */
import { generatePopulation, replayLog, type InteractionLog } from '../sim';
import type { Journey } from '../model/journey';
import { replyFor, type RunReplyOk } from '../workers/reply';

export function replayed(journey: Journey, log: InteractionLog, seed = 1): { reply: RunReplyOk; result: Extract<ReturnType<typeof replayLog>, { ok: true }>['result'] } {
  const out = replayLog(journey, log, { mode: 'compare', seed, recordPaths: true });
  if (!out.ok) throw new Error(out.problems.join('\n'));
  return { reply: replyFor(1, out.result, true, null), result: out.result };
}

export const population = (journey: Journey, size: number, seed = 4) => generatePopulation(journey, { size, seed, deviationRate: 0.2 });
