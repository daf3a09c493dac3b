/**
 * The simulation worker's API: what `sim.worker.ts` exposes through comlink, written
 * without comlink so Node tests can call it directly and compare it with the engine.
 *
 * Typed requests and replies; every run has an id the caller chooses, so `cancel(id)`
 * stops that run (the engine checks between chunks) and a late reply can be told apart.
 */
import { customersToCsv, DEFAULT_SEED, generatePopulation, populationWarnings, runSimulation, summaryToCsv, trafficToCsv, type InteractionLog, type Progress, type RunOptions, type SimulationInput, type SimulationResult } from '../sim';
import type { Journey } from '../model/journey';
import { PLAYBACK_LIMIT, replyFor, type ResultsCsvKind, type RunReply } from './reply';

export interface RunRequest extends SimulationInput {
  /** Keep paths for playback when the run has at most PLAYBACK_LIMIT customers. Default true. */
  playback?: boolean;
  /** Customers per chunk between progress reports. */
  chunkSize?: number;
}

export interface WorkerApiOptions {
  /** How to let other messages in between chunks (default: the engine's zero timeout). */
  pause?: RunOptions['pause'];
}

/** Creates the API object the worker exposes. */
export function createWorkerApi(options: WorkerApiOptions = {}) {
  const running = new Map<number, AbortController>();
  // The last finished run, for CSV export: its columns never leave the worker. Its journey
  // gives the CSVs their names (persona, node, edge) beside the ids.
  let last: { runId: number; result: SimulationResult; journey: Journey } | null = null;

  return {
    /** Replays a log or a generated population; reports progress; resolves with the reply (or cancelled). */
    async run(runId: number, request: RunRequest, onProgress?: (progress: Progress) => void): Promise<RunReply> {
      const controller = new AbortController();
      running.set(runId, controller);
      const began = performance.now();
      try {
        const { playback: wanted = true, chunkSize, ...input } = request;
        const size = input.log ? input.log.customers.length : (input.population?.size ?? 0);
        const playback = wanted && size <= PLAYBACK_LIMIT;
        let log: InteractionLog | null = null;
        let engineInput: SimulationInput = { ...input, recordPaths: input.recordPaths ?? playback };
        if (!input.log && input.population && playback) {
          // Small enough to play back: generate here so the app gets the customers' events too.
          log = generatePopulation(input.journey, { seed: input.seed ?? DEFAULT_SEED, ...input.population });
          engineInput = { ...engineInput, log, population: undefined };
        }
        const outcome = await runSimulation(engineInput, { onProgress, signal: controller.signal, chunkSize, pause: options.pause });
        if (!outcome.ok) return outcome;
        // Generated here rather than in the engine: the engine saw a log, so the population's warnings are added here.
        if (log) outcome.result.warnings.push(...populationWarnings(input.journey));
        last = { runId, result: outcome.result, journey: input.journey };
        return replyFor(runId, outcome.result, playback, log, performance.now() - began);
      } finally {
        running.delete(runId);
      }
    },

    /** Stops run `runId` at its next chunk; it then resolves as cancelled. */
    cancel(runId: number): void {
      running.get(runId)?.abort();
    },

    /** The last finished run's results as CSV, or null when `runId` is no longer the last run. */
    csv(runId: number, kind: ResultsCsvKind): string | null {
      if (!last || last.runId !== runId) return null;
      if (kind === 'summary') return summaryToCsv(last.result);
      return kind === 'customers' ? customersToCsv(last.result, last.journey) : trafficToCsv(last.result, last.journey);
    },
  };
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;

/** The instance the worker exposes. */
export const workerApi: WorkerApi = createWorkerApi();
