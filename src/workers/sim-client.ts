/**
 * The main thread's side of the simulation worker: one worker, started on first use;
 * runs with ids, progress through a comlink proxy, cancellation through an AbortSignal.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { Progress } from '../sim';
import type { ResultsCsvKind, RunReply } from './reply';
import type { RunRequest, WorkerApi } from './sim-api';

let remote: Remote<WorkerApi> | null = null;
let nextRunId = 0;

function api(): Remote<WorkerApi> {
  remote ??= wrap<WorkerApi>(new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'simulation' }));
  return remote;
}

export interface WorkerRun {
  runId: number;
  reply: Promise<RunReply>;
}

/** Starts a run in the worker. Aborting `signal` cancels it; the reply then says `cancelled`. */
export function startWorkerRun(request: RunRequest, onProgress: (progress: Progress) => void, signal?: AbortSignal): WorkerRun {
  const runId = ++nextRunId;
  const worker = api();
  const onAbort = () => void worker.cancel(runId);
  signal?.addEventListener('abort', onAbort, { once: true });
  const reply = worker.run(runId, request, proxy(onProgress)).finally(() => signal?.removeEventListener('abort', onAbort));
  return { runId, reply };
}

/** A finished run's results as CSV text, written in the worker; null when a newer run replaced it. */
export function resultsCsv(runId: number, kind: ResultsCsvKind): Promise<string | null> {
  return api().csv(runId, kind);
}
