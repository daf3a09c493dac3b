/**
 * One edit of a journey as a small patch: the journey's own fields that changed, and for its
 * nodes and edges only the items added, changed or removed (and their new order, when an edit
 * reorders them). The editor keeps unchanged nodes and edges as the very same objects, so the
 * difference is found by identity, without comparing contents. `applyJourneyPatch(before,
 * diffJourney(before, after))` equals `after` — that is what makes an edit journal replayable.
 */
import type { Journey } from './journey';

interface WithId {
  id: string;
}

/** The change of a list of items with unique ids (nodes, edges). */
export interface ListPatch<T extends WithId> {
  /** Items added or changed, in their order in the new list; added ones go at the end. */
  put?: T[];
  /** Ids of items removed. */
  remove?: string[];
  /** Every id in its new order — only when the edit reordered the list. */
  order?: string[];
  /** The whole new list — only when ids are not unique, where the above cannot say it. */
  all?: T[];
}

export interface JourneyPatch {
  /** The journey's own fields (name, description, static route, …) that have a new value. */
  set?: Record<string, unknown>;
  /** Fields the journey no longer has. */
  unset?: string[];
  nodes?: ListPatch<Journey['nodes'][number]>;
  edges?: ListPatch<Journey['edges'][number]>;
}

const LISTS = ['nodes', 'edges'] as const;

/** What changed from `before` to `after`; null when nothing did. */
export function diffJourney(before: Journey, after: Journey): JourneyPatch | null {
  if (before === after) return null;
  const patch: JourneyPatch = {};
  const own = before as unknown as Record<string, unknown>;
  const next = after as unknown as Record<string, unknown>;
  for (const key of Object.keys(next)) {
    if (key === 'nodes' || key === 'edges') continue;
    if (own[key] !== next[key] || !(key in own)) (patch.set ??= {})[key] = next[key];
  }
  for (const key of Object.keys(own)) if (!(key in next)) (patch.unset ??= []).push(key);
  const nodes = diffList(before.nodes, after.nodes);
  if (nodes) patch.nodes = nodes;
  const edges = diffList(before.edges, after.edges);
  if (edges) patch.edges = edges;
  return Object.keys(patch).length === 0 ? null : patch;
}

/** The journey with the patch applied; `journey` itself is not changed. */
export function applyJourneyPatch(journey: Journey, patch: JourneyPatch): Journey {
  const next = { ...journey } as unknown as Record<string, unknown>;
  for (const key of patch.unset ?? []) delete next[key];
  Object.assign(next, patch.set ?? {});
  for (const key of LISTS) {
    const change = patch[key];
    if (change) next[key] = applyList(journey[key] as WithId[], change as ListPatch<WithId>);
  }
  return next as unknown as Journey;
}

function diffList<T extends WithId>(before: readonly T[], after: readonly T[]): ListPatch<T> | null {
  if (before === after) return null;
  // The common edit changes items in place (a rename, a move): same length, same ids in order.
  if (before.length === after.length) {
    const put: T[] = [];
    let sameIds = true;
    for (let i = 0; i < after.length && sameIds; i++) {
      if (before[i] === after[i]) continue;
      if (before[i]!.id !== after[i]!.id) sameIds = false;
      else put.push(after[i]!);
    }
    if (sameIds && hasUniqueIds(after)) return put.length ? { put } : null;
  }
  if (!hasUniqueIds(before) || !hasUniqueIds(after)) return { all: [...after] };
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set<string>();
  const put: T[] = [];
  for (const item of after) {
    kept.add(item.id);
    if (old.get(item.id) !== item) put.push(item);
  }
  const remove = before.filter((item) => !kept.has(item.id)).map((item) => item.id);
  const patch: ListPatch<T> = {};
  if (put.length) patch.put = put;
  if (remove.length) patch.remove = remove;
  const applied = applyList(before, patch);
  if (applied.some((item, i) => item.id !== after[i]!.id)) patch.order = after.map((item) => item.id);
  return Object.keys(patch).length ? patch : null;
}

function applyList<T extends WithId>(list: readonly T[], patch: ListPatch<T>): T[] {
  if (patch.all) return [...patch.all];
  const removed = new Set(patch.remove ?? []);
  const put = new Map((patch.put ?? []).map((item) => [item.id, item]));
  const out: T[] = [];
  for (const item of list) {
    if (removed.has(item.id)) continue;
    const changed = put.get(item.id);
    out.push(changed ?? item);
    put.delete(item.id);
  }
  out.push(...put.values());
  if (!patch.order) return out;
  const byId = new Map(out.map((item) => [item.id, item]));
  return patch.order.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

function hasUniqueIds(list: readonly WithId[]): boolean {
  return new Set(list.map((item) => item.id)).size === list.length;
}

/**
 * A journey whose connections and static route point only at what exists — needed when a
 * patch is applied onto another version than it was made on (a tab's last edits recovered on
 * top of what another tab saved since), where an edge may lead to a node the other tab removed.
 */
export function withoutDanglingReferences(journey: Journey): Journey {
  const nodes = new Set(journey.nodes.map((n) => n.id));
  const edges = journey.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target));
  const kept = new Set(edges.map((e) => e.id));
  const staticRoute = journey.staticRoute.filter((id) => kept.has(id));
  if (edges.length === journey.edges.length && staticRoute.length === journey.staticRoute.length) return journey;
  return { ...journey, edges, staticRoute };
}
