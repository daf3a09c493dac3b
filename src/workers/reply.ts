/**
 * What the simulation worker sends back: the summaries always, and — for a run small
 * enough to play back — each customer's path and a few facts per customer. The full
 * per-customer columns stay in the worker (CSV export reads them there), so a
 * 100,000-customer run posts a few kilobytes and the main thread never stalls on it.
 */
import type { Comparison, InteractionLog, LogIssue, Mode, ModeSummary, PathStep, SimulationResult } from '../sim';

/** Runs with at most this many customers keep paths, so they can be played back customer by customer. */
export const PLAYBACK_LIMIT = 2000;

/** Per customer, in log order: enough to name them in the customer picker. */
export interface CustomerFacts {
  ids: string[];
  personaIds: string[];
  /** Per mode that ran: 1 when the customer reached a goal. */
  goal: Partial<Record<Mode, Uint8Array>>;
  stalls: Partial<Record<Mode, Int32Array>>;
  reroutes: Partial<Record<Mode, Int32Array>>;
}

export interface RunReplyOk {
  ok: true;
  runId: number;
  seed: number;
  summary: { static: ModeSummary | null; dynamic: ModeSummary | null };
  comparison: Comparison | null;
  warnings: string[];
  /** Null when the run was too large to play back. */
  customers: CustomerFacts | null;
  paths: { static: PathStep[][] | null; dynamic: PathStep[][] | null };
  /** The log the worker generated (a small population), so the app can show its events. */
  log: InteractionLog | null;
  /** Time the run took inside the worker (generating and replaying), for the benchmark. */
  workerMs: number;
}

export type RunReply = RunReplyOk | { ok: false; cancelled: boolean; problems: string[]; issues?: LogIssue[] };

export type ResultsCsvKind = 'summary' | 'customers' | 'traffic';

/** The reply for a finished run: summaries, and paths and per-customer facts when `playback`. */
export function replyFor(runId: number, result: SimulationResult, playback: boolean, log: InteractionLog | null, workerMs = 0): RunReplyOk {
  const modes = [result.static, result.dynamic].filter((r) => r !== null);
  const first = modes[0];
  let customers: CustomerFacts | null = null;
  if (playback && first) {
    customers = { ids: first.customerIds, personaIds: first.personaIds, goal: {}, stalls: {}, reroutes: {} };
    for (const r of modes) {
      customers.goal[r.mode] = r.goal;
      customers.stalls[r.mode] = r.stalls;
      customers.reroutes[r.mode] = r.reroutes;
    }
  }
  return {
    ok: true,
    runId,
    seed: result.seed,
    summary: result.summary,
    comparison: result.comparison,
    warnings: result.warnings,
    customers,
    paths: { static: playback ? (result.static?.paths ?? null) : null, dynamic: playback ? (result.dynamic?.paths ?? null) : null },
    log: playback ? log : null,
    workerMs,
  };
}
