/** Results in the room's terms: per mode, and the difference dynamic − static. */
import { CHANNELS, type Channel } from '../model/journey';
import { END_REASONS, type EndReason, type Mode, type ModeResult } from './results';

export interface ModeSummary {
  mode: Mode;
  customers: number;
  /** Log events replayed. */
  events: number;
  goalCount: number;
  /** Share of customers who reached a goal, 0–1. */
  goalRate: number;
  /** Minutes from the customer's first event to the goal, over customers who reached it; null when none did. */
  medianTimeToGoal: number | null;
  medianStepsToGoal: number | null;
  offRoute: number;
  stalls: number;
  reroutes: number;
  actions: number;
  cost: number;
  costPerCustomer: number;
  /** Mean satisfaction score per customer. */
  satisfaction: number;
  timers: number;
  ignored: number;
  /** Customers who left for good before a goal (a generated population's drop-off, or the log's `droppedOffAt`). */
  droppedOff: number;
  channelMix: Partial<Record<Channel, number>>;
  endReasons: Record<EndReason, number>;
  /** Visits per node id and per edge id (a customer passing twice counts twice). */
  nodeTraffic: Record<string, number>;
  edgeTraffic: Record<string, number>;
}

/** The numeric measures compared between modes, in table order. */
export const COMPARED_METRICS = [
  'goalRate',
  'medianTimeToGoal',
  'medianStepsToGoal',
  'offRoute',
  'stalls',
  'reroutes',
  'actions',
  'cost',
  'costPerCustomer',
  'satisfaction',
  'droppedOff',
] as const;
export type ComparedMetric = (typeof COMPARED_METRICS)[number];

export const METRIC_LABELS: Record<ComparedMetric, string> = {
  goalRate: 'Goal rate',
  medianTimeToGoal: 'Median time to goal',
  medianStepsToGoal: 'Median steps to goal',
  offRoute: 'Off-route events',
  stalls: 'Stalls',
  reroutes: 'Re-routes',
  actions: 'Actions taken',
  cost: 'Cost',
  costPerCustomer: 'Cost per customer',
  satisfaction: 'Satisfaction (mean)',
  droppedOff: 'Dropped off',
};

export interface Comparison {
  static: ModeSummary;
  dynamic: ModeSummary;
  /** dynamic − static, per measure; null when either side has no value. */
  difference: Record<ComparedMetric, number | null>;
}

/** Totals, rates and medians of one mode's replay. */
export function summarise(r: ModeResult, nodeIds: readonly string[], edgeIds: readonly string[]): ModeSummary {
  const n = r.done;
  let goalCount = 0;
  let events = 0;
  let offRoute = 0;
  let stalls = 0;
  let reroutes = 0;
  let actions = 0;
  let cost = 0;
  let satisfaction = 0;
  let timers = 0;
  let ignored = 0;
  const times: number[] = [];
  const steps: number[] = [];
  const endReasons = Object.fromEntries(END_REASONS.map((e) => [e, 0])) as Record<EndReason, number>;
  for (let i = 0; i < n; i++) {
    if (r.goal[i]) {
      goalCount++;
      times.push(r.timeToGoal[i]!);
      steps.push(r.stepsToGoal[i]!);
    }
    events += r.events[i]!;
    offRoute += r.offRoute[i]!;
    stalls += r.stalls[i]!;
    reroutes += r.reroutes[i]!;
    actions += r.actions[i]!;
    cost += r.cost[i]!;
    satisfaction += r.satisfaction[i]!;
    timers += r.timers[i]!;
    ignored += r.ignored[i]!;
    endReasons[END_REASONS[r.end[i]!]!]++;
  }
  const channelMix: ModeSummary['channelMix'] = {};
  CHANNELS.forEach((ch, k) => {
    let total = 0;
    for (let i = 0; i < n; i++) total += r.channelActions[i * CHANNELS.length + k]!;
    if (total > 0) channelMix[ch] = total;
  });
  return {
    mode: r.mode,
    customers: n,
    events,
    goalCount,
    goalRate: n > 0 ? goalCount / n : 0,
    medianTimeToGoal: median(times),
    medianStepsToGoal: median(steps),
    offRoute,
    stalls,
    reroutes,
    actions,
    cost,
    costPerCustomer: n > 0 ? cost / n : 0,
    satisfaction: n > 0 ? satisfaction / n : 0,
    timers,
    ignored,
    droppedOff: endReasons['dropped-off'],
    channelMix,
    endReasons,
    nodeTraffic: countsById(r.nodeTraffic, nodeIds),
    edgeTraffic: countsById(r.edgeTraffic, edgeIds),
  };
}

/** Static against dynamic: both summaries and the difference (dynamic − static). */
export function compareResults(staticSummary: ModeSummary, dynamicSummary: ModeSummary): Comparison {
  const difference = {} as Record<ComparedMetric, number | null>;
  for (const m of COMPARED_METRICS) {
    const a = staticSummary[m];
    const b = dynamicSummary[m];
    difference[m] = a === null || b === null ? null : b - a;
  }
  return { static: staticSummary, dynamic: dynamicSummary, difference };
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function countsById(counts: Int32Array, ids: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  ids.forEach((id, i) => {
    if (counts[i]! > 0) out[id] = counts[i]!;
  });
  return out;
}
