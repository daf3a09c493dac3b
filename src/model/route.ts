/** The static route: the printed map a static journey follows, as an ordered chain of edges. */
import type { Journey, JourneyEdge } from './journey';

export type RouteResult = { ok: true; route: string[] } | { ok: false; reason: string };

/**
 * Orders a set of edges into one contiguous path (each edge starts where the previous ends).
 * Fails, with the reason, when the edges branch, leave a gap or loop.
 */
export function orderRoute(journey: Journey, edgeIds: readonly string[]): RouteResult {
  const byId = new Map(journey.edges.map((e) => [e.id, e]));
  const edges: JourneyEdge[] = [];
  for (const id of new Set(edgeIds)) {
    const e = byId.get(id);
    if (!e) return { ok: false, reason: `The route uses a connection that no longer exists (${id}).` };
    edges.push(e);
  }
  if (edges.length === 0) return { ok: true, route: [] };
  const bySource = new Map<string, JourneyEdge>();
  const targets = new Set<string>();
  for (const e of edges) {
    if (bySource.has(e.source)) return { ok: false, reason: 'The route splits: two route connections leave the same node.' };
    bySource.set(e.source, e);
    if (targets.has(e.target)) return { ok: false, reason: 'The route merges: two route connections enter the same node.' };
    targets.add(e.target);
  }
  const starts = edges.filter((e) => !targets.has(e.source));
  if (starts.length !== 1) {
    return { ok: false, reason: starts.length === 0 ? 'The route loops back on itself.' : 'The route has gaps: its connections do not form one path.' };
  }
  const route: string[] = [];
  let current: JourneyEdge | undefined = starts[0];
  while (current && route.length < edges.length) {
    route.push(current.id);
    current = bySource.get(current.target);
  }
  if (route.length !== edges.length) return { ok: false, reason: 'The route has gaps: its connections do not form one path.' };
  return { ok: true, route };
}

/** The node ids along the static route, in order. */
export function routeNodeIds(journey: Journey): string[] {
  const byId = new Map(journey.edges.map((e) => [e.id, e]));
  const ids: string[] = [];
  for (const edgeId of journey.staticRoute) {
    const e = byId.get(edgeId);
    if (!e) continue;
    if (ids.length === 0) ids.push(e.source);
    ids.push(e.target);
  }
  return ids;
}
