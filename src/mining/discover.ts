/**
 * Discovery: the directly-follows graph of an event log — what customers actually did, and in
 * which order. An activity's count is how many events have it; a transition A → B is counted
 * once each time B is the very next event after A in a case; every case also contributes one
 * start (before its first event) and one end (after its last). Durations of a transition are
 * the times between those two events. Everything is counted over the cases the filters keep,
 * with the activities the activities slider hides taken out of the cases first (A → hidden → B
 * counts as A → B), as Disco does. See docs/mining.md for the definitions and an example.
 */
import type { EventLog } from './event-log';

/** Pseudo-activities for the start and the end of a case, in transitions. */
export const START = -1;
export const END = -2;

export interface DiscoveryFilter {
  /** Keep the cases whose case attribute `name` has one of `values`. */
  attribute: { name: string; values: string[] } | null;
  /** Keep the cases whose first event is within [from, to] (epoch ms). */
  window: { from: number; to: number } | null;
  /** Keep only the cases that follow one of the N most frequent variants. */
  topVariants: number | null;
}

export const NO_FILTER: DiscoveryFilter = { attribute: null, window: null, topVariants: null };

export interface ActivityCount {
  activity: number;
  name: string;
  /** Events with this activity. */
  count: number;
  /** Cases with at least one such event. */
  cases: number;
  /** Cases that start / end with it. */
  starts: number;
  ends: number;
}

export interface Transition {
  /** Activity index, or START / END. */
  from: number;
  to: number;
  count: number;
  /** Milliseconds between the two events; null for start and end transitions. */
  meanMs: number | null;
  medianMs: number | null;
}

export interface Variant {
  /** Activity indexes, in order. */
  activities: number[];
  cases: number;
  /** Share of the kept cases, 0–1. */
  share: number;
}

export interface Dfg {
  cases: number;
  events: number;
  /** Most frequent first. */
  activities: ActivityCount[];
  /** Most frequent first; includes START → x and x → END. */
  transitions: Transition[];
}

/** Which cases the filters keep: 1 per kept case. */
export function caseMask(log: EventLog, filter: DiscoveryFilter): Uint8Array {
  const mask = new Uint8Array(log.caseCount).fill(1);
  if (filter.attribute) {
    const column = log.caseAttributes.find((a) => a.name === filter.attribute!.name);
    const wanted = new Set(filter.attribute.values);
    for (let c = 0; c < log.caseCount; c++) {
      const v = column ? column.of[c]! : -1;
      if (v < 0 || !wanted.has(column!.values[v]!)) mask[c] = 0;
    }
  }
  if (filter.window) {
    const { from, to } = filter.window;
    for (let c = 0; c < log.caseCount; c++) {
      const t = log.time[log.caseStart[c]!]!;
      if (t < from || t > to) mask[c] = 0;
    }
  }
  if (filter.topVariants !== null) {
    const { variantOf, variants } = variantsOf(log, mask);
    const keep = new Set(variants.slice(0, Math.max(1, filter.topVariants)).map((_, i) => i));
    for (let c = 0; c < log.caseCount; c++) if (mask[c] && !keep.has(variantOf[c]!)) mask[c] = 0;
  }
  return mask;
}

/** The variants (distinct activity sequences) of the kept cases, most frequent first; `variantOf[c]` is case c's rank (-1: not kept). */
export function variantsOf(log: EventLog, mask: Uint8Array): { variants: Variant[]; variantOf: Int32Array } {
  const byKey = new Map<string, { id: number; cases: number; first: number }>();
  const keyOf = new Int32Array(log.caseCount).fill(-1);
  let kept = 0;
  const parts: number[] = [];
  for (let c = 0; c < log.caseCount; c++) {
    if (!mask[c]) continue;
    kept++;
    parts.length = 0;
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) parts.push(log.activity[k]!);
    const key = parts.join(',');
    let v = byKey.get(key);
    if (!v) byKey.set(key, (v = { id: byKey.size, cases: 0, first: c }));
    v.cases++;
    keyOf[c] = v.id;
  }
  // Most cases first; on a tie, the variant seen first in the file.
  const list = [...byKey.values()].sort((a, b) => b.cases - a.cases || a.first - b.first);
  const rankOfId = new Int32Array(list.length);
  list.forEach((v, rank) => (rankOfId[v.id] = rank));
  const variantOf = new Int32Array(log.caseCount).fill(-1);
  for (let c = 0; c < log.caseCount; c++) if (keyOf[c]! >= 0) variantOf[c] = rankOfId[keyOf[c]!]!;
  const variants = list.map((v) => {
    const activities: number[] = [];
    for (let k = log.caseStart[v.first]!, e = log.caseStart[v.first + 1]!; k < e; k++) activities.push(log.activity[k]!);
    return { activities, cases: v.cases, share: kept > 0 ? v.cases / kept : 0 };
  });
  return { variants, variantOf };
}

/**
 * The directly-follows graph of the kept cases, counting only the activities in `visible`
 * (null: all). Integer-coded transitions in a dense table when the activities are few, a map
 * otherwise; durations collected per transition and sorted once for the medians.
 */
export function directlyFollows(log: EventLog, mask: Uint8Array, visible: Uint8Array | null = null): Dfg {
  const n = log.activities.length;
  const width = n + 2;
  const code = (a: number) => a + 2; // START = -1 → 1, END = -2 → 0
  const dense = width * width <= 4_000_000;
  const table = dense ? new Int32Array(width * width).fill(-1) : null;
  const map = dense ? null : new Map<number, number>();
  const from: number[] = [];
  const to: number[] = [];
  const counts: number[] = [];
  const slot = (a: number, b: number): number => {
    const key = code(a) * width + code(b);
    let s = table ? table[key]! : (map!.get(key) ?? -1);
    if (s < 0) {
      s = counts.length;
      from.push(a);
      to.push(b);
      counts.push(0);
      if (table) table[key] = s;
      else map!.set(key, s);
    }
    return s;
  };
  const actCount = new Int32Array(n);
  const actCases = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  // One pass for the counts, remembering each inner transition's slot and duration.
  const transSlot: number[] = [];
  const transMs: number[] = [];
  let cases = 0;
  let events = 0;
  for (let c = 0; c < log.caseCount; c++) {
    if (!mask[c]) continue;
    let prev = START;
    let prevTime = 0;
    let any = false;
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) {
      const a = log.activity[k]!;
      if (visible && !visible[a]) continue;
      const t = log.time[k]!;
      any = true;
      events++;
      actCount[a]!++;
      if (seenIn[a] !== c) {
        seenIn[a] = c;
        actCases[a]!++;
      }
      const s = slot(prev, a);
      counts[s]!++;
      if (prev === START) starts[a]!++;
      else {
        transSlot.push(s);
        transMs.push(t - prevTime);
      }
      prev = a;
      prevTime = t;
    }
    if (!any) continue;
    cases++;
    ends[prev]!++;
    counts[slot(prev, END)]!++;
  }
  const { mean, median } = durations(counts.length, transSlot, transMs);
  const activities: ActivityCount[] = [];
  for (let a = 0; a < n; a++) {
    if (actCount[a]! > 0) activities.push({ activity: a, name: log.activities[a]!, count: actCount[a]!, cases: actCases[a]!, starts: starts[a]!, ends: ends[a]! });
  }
  activities.sort((x, y) => y.count - x.count || x.activity - y.activity);
  const transitions: Transition[] = counts.map((count, s) => {
    const inner = from[s]! >= 0 && to[s]! >= 0;
    return { from: from[s]!, to: to[s]!, count, meanMs: inner ? mean[s]! : null, medianMs: inner ? median[s]! : null };
  });
  transitions.sort((x, y) => y.count - x.count || x.from - y.from || x.to - y.to);
  return { cases, events, activities, transitions };
}

/** Mean and median duration per transition slot, from (slot, duration) pairs. */
function durations(slots: number, slotOf: number[], ms: number[]) {
  const offsets = new Int32Array(slots + 1);
  for (const s of slotOf) offsets[s + 1]!++;
  for (let s = 0; s < slots; s++) offsets[s + 1]! += offsets[s]!;
  const sorted = new Float64Array(ms.length);
  const fill = offsets.slice(0, slots);
  for (let i = 0; i < ms.length; i++) sorted[fill[slotOf[i]!]!++] = ms[i]!;
  const mean = new Float64Array(slots);
  const median = new Float64Array(slots);
  for (let s = 0; s < slots; s++) {
    const part = sorted.subarray(offsets[s]!, offsets[s + 1]!);
    if (part.length === 0) continue;
    part.sort();
    let sum = 0;
    for (const x of part) sum += x;
    mean[s] = sum / part.length;
    const mid = part.length >> 1;
    median[s] = part.length % 2 ? part[mid]! : (part[mid - 1]! + part[mid]!) / 2;
  }
  return { mean, median };
}

/** How many of the ranked activities the activities slider keeps at `percent` (at least one). */
export function activitiesKept(total: number, percent: number): number {
  if (total === 0) return 0;
  return Math.min(total, Math.max(1, Math.round((total * Math.min(100, Math.max(0, percent))) / 100)));
}

/**
 * The transitions the paths slider keeps at `percent`: the most frequent share of them, plus
 * each activity's most frequent way in and way out, so no activity is left hanging.
 */
export function pathsKept(dfg: Dfg, percent: number): Transition[] {
  const all = dfg.transitions;
  const k = Math.round((all.length * Math.min(100, Math.max(0, percent))) / 100);
  const keep = new Set<Transition>(all.slice(0, k));
  const bestIn = new Map<number, Transition>();
  const bestOut = new Map<number, Transition>();
  // `all` is most frequent first: the first seen is the best.
  for (const t of all) {
    if (t.to !== END && !bestIn.has(t.to)) bestIn.set(t.to, t);
    if (t.from !== START && !bestOut.has(t.from)) bestOut.set(t.from, t);
  }
  for (const t of bestIn.values()) keep.add(t);
  for (const t of bestOut.values()) keep.add(t);
  return all.filter((t) => keep.has(t));
}

export interface MapSettings {
  filter: DiscoveryFilter;
  /** Activities slider, 0–100. */
  activitiesPercent: number;
  /** Paths slider, 0–100. */
  pathsPercent: number;
}

export interface ProcessMap {
  /** The filtered log's graph, every activity (for the activity list and the slider's ranking). */
  full: Dfg;
  /** The graph of the visible activities (the hidden ones taken out of the cases). */
  visible: Dfg;
  /** The visible transitions after the paths slider. */
  paths: Transition[];
  variants: Variant[];
  /** Kept cases, per value of each case attribute (for filters and personas). */
  mask: Uint8Array;
}

/** The map the sliders and filters show. */
export function processMap(log: EventLog, settings: MapSettings, maxVariants = 50): ProcessMap {
  const mask = caseMask(log, settings.filter);
  const full = directlyFollows(log, mask);
  const kept = activitiesKept(full.activities.length, settings.activitiesPercent);
  const visibleSet = new Uint8Array(log.activities.length);
  for (const a of full.activities.slice(0, kept)) visibleSet[a.activity] = 1;
  const visible = kept === full.activities.length ? full : directlyFollows(log, mask, visibleSet);
  const { variants } = variantsOf(log, mask);
  return { full, visible, paths: pathsKept(visible, settings.pathsPercent), variants: variants.slice(0, maxVariants), mask };
}

/** Sensible first positions of the sliders: every activity up to 25 of them, and the paths that keep the map readable. */
export function defaultSliders(dfg: Dfg): { activitiesPercent: number; pathsPercent: number } {
  const n = dfg.activities.length;
  const activitiesPercent = n <= 25 ? 100 : Math.max(1, Math.floor((25 / n) * 100));
  const kept = activitiesKept(n, activitiesPercent);
  // About one and a half transitions per activity reads well; all of them when there are few.
  const pathsPercent = dfg.transitions.length <= kept * 1.6 ? 100 : Math.max(0, Math.round(((kept * 1.5) / dfg.transitions.length) * 100));
  return { activitiesPercent, pathsPercent };
}
