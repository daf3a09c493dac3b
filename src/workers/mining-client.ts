/**
 * The page's side of the mining worker: one worker, started on first use. Long jobs (reading a
 * file, a conformance replay) get an id, progress through a comlink proxy and cancellation
 * through an AbortSignal.
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { MiningApi } from './mining-api';

let remote: Remote<MiningApi> | null = null;
let nextRunId = 0;

/** The worker's API (started on first use). */
export function mining(): Remote<MiningApi> {
  remote ??= wrap<MiningApi>(new Worker(new URL('./mining.worker.ts', import.meta.url), { type: 'module', name: 'mining' }));
  return remote;
}

/** Runs a long job with an id; aborting `signal` asks the worker to stop it. */
export function withRunId<T>(signal: AbortSignal, job: (api: Remote<MiningApi>, runId: number) => Promise<T>): Promise<T> {
  const runId = ++nextRunId;
  const api = mining();
  const onAbort = () => void api.cancel(runId);
  signal.addEventListener('abort', onAbort, { once: true });
  return job(api, runId).finally(() => signal.removeEventListener('abort', onAbort));
}

export { proxy };
