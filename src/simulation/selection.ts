/**
 * What the clock can stop at for the customers shown: every distinct time a mark of theirs
 * happens, on either side. Memoised per run and customer (runs are immutable).
 */
import { rangeOf } from './clock';
import type { Timeline } from './timeline';

export interface Stops {
  times: Float64Array;
  range: { start: number; end: number };
}

const cache = new WeakMap<object, Map<number, Stops>>();

/** The distinct mark times of customer `customer` (null: everybody) over the given timelines. */
export function stopsFor(run: object, timelines: readonly Timeline[], customer: number | null): Stops {
  let perRun = cache.get(run);
  if (!perRun) cache.set(run, (perRun = new Map()));
  const key = customer ?? -1;
  let stops = perRun.get(key);
  if (!stops) {
    const all: number[] = [];
    for (const tl of timelines) {
      if (customer === null) for (const x of tl.at) all.push(x);
      else for (const i of tl.byCustomer[customer] ?? []) all.push(tl.at[i]!);
    }
    const times = Float64Array.from(new Set(all)).sort();
    stops = { times, range: rangeOf(times) };
    perRun.set(key, stops);
  }
  return stops;
}

/** The customer whose story shows the point: stalls in static and re-routes in dynamic; else any stall or re-route; else the first. */
export function storyCustomer(facts: { ids: string[]; stalls: { static?: Int32Array }; reroutes: { dynamic?: Int32Array } }): number | null {
  const n = facts.ids.length;
  if (n === 0) return null;
  const stalls = facts.stalls.static;
  const reroutes = facts.reroutes.dynamic;
  for (let i = 0; i < n; i++) if ((stalls?.[i] ?? 0) > 0 && (reroutes?.[i] ?? 0) > 0) return i;
  for (let i = 0; i < n; i++) if ((stalls?.[i] ?? 0) > 0 || (reroutes?.[i] ?? 0) > 0) return i;
  return 0;
}
