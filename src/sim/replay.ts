/**
 * Replaying a log: both modes over the same prepared customers, in chunks a worker can
 * interleave with progress messages and cancellation, or all at once.
 */
import type { Journey } from '../model/journey';
import { compileJourney, type CompiledJourney } from './compile';
import { replayDynamic } from './dynamic';
import type { InteractionLog, LogIssue } from './log';
import { compareResults, summarise, type Comparison, type ModeSummary } from './metrics';
import { prepareLog, type PreparedLog } from './prepare';
import { createModeResult, customerResult, type CustomerResult, type Mode, type ModeResult } from './results';
import { replayStatic } from './static';
import { Walker } from './walker';

export type RunMode = Mode | 'compare';

export interface ReplayOptions {
  mode: RunMode;
  /** Decides split variants (and generated populations); the same seed gives the same result. Default 1. */
  seed?: number;
  /** Keep each customer's path (nodes, edges, times). Default: true up to 10,000 customers. */
  recordPaths?: boolean;
}

export interface SimulationResult {
  journeyId: string;
  seed: number;
  static: ModeResult | null;
  dynamic: ModeResult | null;
  summary: { static: ModeSummary | null; dynamic: ModeSummary | null };
  /** Present when both modes ran. */
  comparison: Comparison | null;
  warnings: string[];
}

/** `issues`: the problems tied to a field of the log (see prepareLog), for the caller to locate in its file. */
export type ReplayOutcome = { ok: true; result: SimulationResult } | { ok: false; problems: string[]; issues?: LogIssue[] };

/** A replay that advances a chunk of customers at a time (see runner.ts for the async driver). */
export interface Simulation {
  /** Customer replays to do, over all modes. */
  readonly total: number;
  readonly done: number;
  /** The mode being replayed now. */
  readonly phase: Mode;
  /** Replays up to `count` more customers; true when everything is done. */
  step(count: number): boolean;
  result(): SimulationResult;
}

export const DEFAULT_SEED = 1;
const PATHS_BY_DEFAULT_UP_TO = 10_000;

/** Sets up the replay of a prepared log; nothing runs until `step`. */
export function createSimulation(cj: CompiledJourney, pl: PreparedLog, options: ReplayOptions): Simulation {
  const seed = options.seed ?? DEFAULT_SEED;
  const recordPaths = options.recordPaths ?? pl.customers <= PATHS_BY_DEFAULT_UP_TO;
  const modes: Mode[] = options.mode === 'compare' ? ['static', 'dynamic'] : [options.mode];
  const personaIds = Array.from(pl.persona, (p) => cj.nodeIds[cj.personas[p] ?? -1] ?? '');
  const results = modes.map((m) => createModeResult(cj, pl.customerIds, personaIds, m, seed, recordPaths));
  const walkers = results.map((r) => new Walker(cj, pl, r));
  let modeIndex = 0;
  let next = 0;
  let done = 0;
  return {
    total: pl.customers * modes.length,
    get done() {
      return done;
    },
    get phase() {
      return modes[Math.min(modeIndex, modes.length - 1)]!;
    },
    step(count: number): boolean {
      let budget = count;
      while (modeIndex < modes.length && budget > 0) {
        const w = walkers[modeIndex]!;
        const replay = modes[modeIndex] === 'static' ? replayStatic : replayDynamic;
        const end = Math.min(pl.customers, next + budget);
        for (let c = next; c < end; c++) replay(w, c);
        budget -= end - next;
        done += end - next;
        next = end;
        if (next >= pl.customers) {
          modeIndex++;
          next = 0;
        }
      }
      return modeIndex >= modes.length;
    },
    result(): SimulationResult {
      const byMode = (m: Mode) => results.find((r) => r.mode === m) ?? null;
      const staticResult = byMode('static');
      const dynamicResult = byMode('dynamic');
      const sum = (r: ModeResult | null) => (r ? summarise(r, cj.nodeIds, cj.edgeIds) : null);
      const summary = { static: sum(staticResult), dynamic: sum(dynamicResult) };
      return {
        journeyId: cj.journey.id,
        seed,
        static: staticResult,
        dynamic: dynamicResult,
        summary,
        comparison: summary.static && summary.dynamic ? compareResults(summary.static, summary.dynamic) : null,
        warnings: [...cj.problems, ...pl.warnings],
      };
    },
  };
}

/** Replays a whole log in one go: per-customer results and the summaries per mode. */
export function replayLog(journey: Journey | CompiledJourney, log: InteractionLog, options: ReplayOptions): ReplayOutcome {
  const cj = 'nodeIndex' in journey ? journey : compileJourney(journey);
  const prepared = prepareLog(cj, log);
  if (!prepared.ok) return prepared;
  const sim = createSimulation(cj, prepared.prepared, options);
  sim.step(Infinity);
  return { ok: true, result: sim.result() };
}

/** Replays one customer of a log in one mode, path included. */
export function replayCustomer(journey: Journey | CompiledJourney, log: InteractionLog, customerId: string, options: { mode: Mode; seed?: number }): CustomerResult | null {
  const customer = log.customers.find((c) => c.id === customerId);
  if (!customer) return null;
  const outcome = replayLog(journey, { ...log, customers: [customer] }, { ...options, recordPaths: true });
  if (!outcome.ok) return null;
  const r = outcome.result[options.mode];
  return r ? customerResult(r, 0) : null;
}
