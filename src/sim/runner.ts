/**
 * The run a worker exposes: compile, (generate,) replay in chunks, report progress between
 * chunks and stop when asked. No comlink here — the worker entry point wraps this.
 */
import type { Journey } from '../model/journey';
import { compileJourney } from './compile';
import type { InteractionLog, LogCustomer, LogIssue } from './log';
import { InteractionLog as LogSchema } from './log';
import { customerGenerator, populationWarnings, type PopulationOptions } from './population';
import { prepareLog } from './prepare';
import { createSimulation, DEFAULT_SEED, type RunMode, type SimulationResult } from './replay';

export interface SimulationInput {
  journey: Journey;
  /** Replay this log… */
  log?: InteractionLog;
  /** …or generate a population (its seed defaults to the run's seed). */
  population?: PopulationOptions;
  mode: RunMode;
  seed?: number;
  recordPaths?: boolean;
}

export interface Progress {
  phase: 'generating' | 'static' | 'dynamic';
  done: number;
  total: number;
}

export interface RunOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** Customers per chunk between two progress reports. Default 2,000. */
  chunkSize?: number;
  /** How to let other work (a cancel message) in between chunks. Default: a zero timeout. */
  pause?: () => Promise<void>;
}

/** `issues`: the problems tied to a field of the log (see prepareLog), for the caller to locate in its file. */
export type RunOutcome = { ok: true; result: SimulationResult } | { ok: false; cancelled: boolean; problems: string[]; issues?: LogIssue[] };

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a simulation in chunks, reporting progress, until done or until `signal` aborts. */
export async function runSimulation(input: SimulationInput, options: RunOptions = {}): Promise<RunOutcome> {
  const chunk = Math.max(1, options.chunkSize ?? 2000);
  const pause = options.pause ?? defaultPause;
  const cancelled = (): RunOutcome => ({ ok: false, cancelled: true, problems: ['The simulation was cancelled.'] });
  const seed = input.seed ?? DEFAULT_SEED;
  const cj = compileJourney(input.journey);

  let log = input.log;
  if (!log) {
    if (!input.population) return { ok: false, cancelled: false, problems: ['Give an interaction log or a population to simulate.'] };
    const population = { seed, ...input.population };
    const generate = customerGenerator(cj, population);
    const customers: LogCustomer[] = new Array(population.size);
    for (let i = 0; i < population.size; i += chunk) {
      if (options.signal?.aborted) return cancelled();
      const end = Math.min(population.size, i + chunk);
      for (let c = i; c < end; c++) customers[c] = generate(c);
      options.onProgress?.({ phase: 'generating', done: end, total: population.size });
      await pause();
    }
    log = { customers, disruptions: LogSchema.shape.disruptions.parse(population.disruptions ?? []) } as InteractionLog;
  }

  const prepared = prepareLog(cj, log);
  if (!prepared.ok) return { ok: false, cancelled: false, problems: prepared.problems, issues: prepared.issues };
  const sim = createSimulation(cj, prepared.prepared, {
    mode: input.mode,
    seed,
    recordPaths: input.recordPaths ?? (input.log ? undefined : false),
  });
  for (;;) {
    if (options.signal?.aborted) return cancelled();
    const finished = sim.step(chunk);
    options.onProgress?.({ phase: sim.phase, done: sim.done, total: sim.total });
    if (finished) break;
    await pause();
  }
  const result = sim.result();
  if (!input.log) result.warnings.push(...populationWarnings(input.journey));
  return { ok: true, result };
}
