/**
 * What a replay produces, per mode: one column per measure (typed arrays, one slot per
 * customer) — cheap to fill for 100,000 customers and cheap to post from a worker —
 * plus traffic counts per node and edge, and optionally each customer's path.
 */
import { CHANNELS } from '../model/journey';
import type { CompiledJourney } from './compile';

export type Mode = 'static' | 'dynamic';

/** Why a customer's journey ended (or that it did not). */
export const END_REASONS = ['open', 'goal', 'exit', 'route-end', 'left-route', 'dropped-off'] as const;
export type EndReason = (typeof END_REASONS)[number];
export const END_OPEN = 0;
export const END_GOAL = 1;
export const END_EXIT = 2;
export const END_ROUTE = 3;
export const END_LEFT_ROUTE = 4;
export const END_DROPPED_OFF = 5;

/** One step of a customer's path: a node reached, the edge taken to reach it (null on a jump), and when. */
export interface PathStep {
  nodeId: string;
  edgeId: string | null;
  at: number;
  /** `timer`: a timer event fired; `jump`: dynamic mode picked the event up away from where the customer was; `re-route`: the action replaced a closed one; `stall`: this action was closed, nothing was done. */
  note?: 'timer' | 'jump' | 're-route' | 'stall';
}

export interface ModeResult {
  mode: Mode;
  seed: number;
  customerIds: string[];
  personaIds: string[];
  /** How many customers have been replayed so far (all of them once the run is done). */
  done: number;
  goal: Uint8Array;
  /** Minutes; NaN when the goal was not reached. */
  goalAt: Float64Array;
  timeToGoal: Float64Array;
  /** -1 when the goal was not reached. */
  stepsToGoal: Int32Array;
  steps: Int32Array;
  events: Int32Array;
  actions: Int32Array;
  cost: Float64Array;
  satisfaction: Float64Array;
  offRoute: Int32Array;
  stalls: Int32Array;
  reroutes: Int32Array;
  ignored: Int32Array;
  timers: Int32Array;
  /** Actions per customer per channel: `channelActions[customer * CHANNELS.length + channel]`. */
  channelActions: Int32Array;
  end: Uint8Array;
  nodeTraffic: Int32Array;
  edgeTraffic: Int32Array;
  paths: PathStep[][] | null;
}

export function createModeResult(cj: CompiledJourney, customerIds: string[], personaIds: string[], mode: Mode, seed: number, recordPaths: boolean): ModeResult {
  const n = customerIds.length;
  return {
    mode,
    seed,
    customerIds,
    personaIds,
    done: 0,
    goal: new Uint8Array(n),
    goalAt: new Float64Array(n).fill(NaN),
    timeToGoal: new Float64Array(n).fill(NaN),
    stepsToGoal: new Int32Array(n).fill(-1),
    steps: new Int32Array(n),
    events: new Int32Array(n),
    actions: new Int32Array(n),
    cost: new Float64Array(n),
    satisfaction: new Float64Array(n),
    offRoute: new Int32Array(n),
    stalls: new Int32Array(n),
    reroutes: new Int32Array(n),
    ignored: new Int32Array(n),
    timers: new Int32Array(n),
    channelActions: new Int32Array(n * CHANNELS.length),
    end: new Uint8Array(n),
    nodeTraffic: new Int32Array(cj.nodeCount),
    edgeTraffic: new Int32Array(cj.edgeIds.length),
    paths: recordPaths ? Array.from({ length: n }, () => []) : null,
  };
}

/** One customer's result in one mode, as a plain object. */
export interface CustomerResult {
  customerId: string;
  personaId: string;
  mode: Mode;
  goalReached: boolean;
  goalAt: number | null;
  timeToGoal: number | null;
  stepsToGoal: number | null;
  steps: number;
  events: number;
  actions: { count: number; cost: number; channels: Partial<Record<(typeof CHANNELS)[number], number>> };
  offRoute: number;
  stalls: number;
  reroutes: number;
  ignored: number;
  timers: number;
  satisfaction: number;
  end: EndReason;
  path: PathStep[] | null;
}

/** The result of customer `i` as an object (the columns stay the source of truth). */
export function customerResult(r: ModeResult, i: number): CustomerResult {
  const channels: CustomerResult['actions']['channels'] = {};
  CHANNELS.forEach((c, k) => {
    const v = r.channelActions[i * CHANNELS.length + k]!;
    if (v > 0) channels[c] = v;
  });
  const num = (x: number): number | null => (Number.isNaN(x) ? null : x);
  return {
    customerId: r.customerIds[i]!,
    personaId: r.personaIds[i]!,
    mode: r.mode,
    goalReached: r.goal[i] === 1,
    goalAt: num(r.goalAt[i]!),
    timeToGoal: num(r.timeToGoal[i]!),
    stepsToGoal: r.stepsToGoal[i]! < 0 ? null : r.stepsToGoal[i]!,
    steps: r.steps[i]!,
    events: r.events[i]!,
    actions: { count: r.actions[i]!, cost: r.cost[i]!, channels },
    offRoute: r.offRoute[i]!,
    stalls: r.stalls[i]!,
    reroutes: r.reroutes[i]!,
    ignored: r.ignored[i]!,
    timers: r.timers[i]!,
    satisfaction: r.satisfaction[i]!,
    end: END_REASONS[r.end[i]!]!,
    path: r.paths ? r.paths[i]! : null,
  };
}

/** Every customer's result as objects. */
export function customerResults(r: ModeResult): CustomerResult[] {
  return Array.from({ length: r.done }, (_, i) => customerResult(r, i));
}
