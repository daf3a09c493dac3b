/**
 * From the simulator's choices to a worker request: the journey in the editor, the chosen
 * customers, and the log's disruptions plus the road closures switched on during playback.
 */
import type { Journey } from '../model/journey';
import { DEFAULT_SEED, type InteractionLog } from '../sim';
import type { RunRequest } from '../workers/sim-api';
import { closuresToDisruptions } from './closures';
import type { Closure, SourceChoice } from './types';

export type BuiltRequest = { ok: true; request: RunRequest; log: InteractionLog | null } | { ok: false; problem: string };

/** The request for a run; `scenarioLog` finds a built-in scenario's log by id. */
export function buildRequest(
  source: SourceChoice,
  journey: Journey,
  closures: readonly Closure[],
  scenarioLog: (id: string) => InteractionLog | undefined,
): BuiltRequest {
  const added = closuresToDisruptions(closures, journey);
  const base = { journey, mode: 'compare' as const, seed: DEFAULT_SEED };
  switch (source.kind) {
    case 'none':
      return { ok: false, problem: 'Choose whose interactions to replay: a scenario, an imported log or a generated population.' };
    case 'population':
      return { ok: true, log: null, request: { ...base, population: { size: source.size, deviationRate: source.deviationRate, dropOffRate: source.dropOffRate, disruptions: added } } };
    case 'scenario':
    case 'log': {
      const log = source.kind === 'log' ? source.log : scenarioLog(source.scenarioId);
      if (!log) return { ok: false, problem: 'That scenario is not available.' };
      const withClosures = added.length > 0 ? { ...log, disruptions: [...log.disruptions, ...added] } : log;
      return { ok: true, log: withClosures, request: { ...base, log: withClosures } };
    }
  }
}
