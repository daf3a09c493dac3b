/**
 * Conformance: the real log replayed through the open journey with the simulator's own engine
 * (src/sim — the same replay the simulation bar runs), in both modes. Definitions, in
 * docs/mining.md:
 *
 * - **fitness** = events the journey placed ÷ customer events in the log, per mode (static: on
 *   the printed route; dynamic: anywhere the journey knows them). Events after the journey
 *   reached its goal are not placed.
 * - a **deviation point** is where a customer left the printed route: the route node they had
 *   reached, and what they did instead (another activity) — or that they stopped there. Ranked
 *   by the customers whose first departure it was (what a customer does before the route's first
 *   event is not a departure, unless they never get onto the route).
 * - **activities with no event**: customer activities whose key no event node uses.
 * - **unused connections**: connections of the journey no customer took in the dynamic replay.
 *
 * The log is replayed in parts of a few thousand customers (static with paths, to find where each
 * left the route; dynamic without), so a million events never sit in memory as objects at once.
 */
import type { Journey, JourneyNode } from '../model/journey';
import { routeNodeIds } from '../model/route';
import { compileJourney, createSimulation, prepareLog, type PathStep } from '../sim';
import type { ActivityKind } from './classify';
import type { EventLog } from './event-log';
import { firstTime, toInteractionLog } from './interaction-log';

export interface ConformanceOptions {
  kinds: readonly ActivityKind[];
  personaAttribute: string | null;
  mask?: Uint8Array | null;
  /** Customers per part. Default 4,000. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  pause?: () => Promise<void>;
}

export interface ModeFitness {
  /** Customer events the journey placed. */
  placed: number;
  /** Placed ÷ customer events (1 when there are none). */
  fitness: number;
  /** Events the journey could not place (off-route). */
  offRoute: number;
  /** Events after the journey had ended (goal reached). */
  afterEnd: number;
  /** Customers all of whose events were placed. */
  perfect: number;
  goals: number;
}

export interface DeviationPoint {
  /** The route node the customer had reached (null: before the route's first event). */
  atNodeId: string | null;
  atName: string;
  /** The route's next event there (its name), or null after the route's end. */
  expected: string | null;
  /** What the customer did instead (an activity), or null: the customer stopped there. */
  instead: string | null;
  /** Customers whose first departure from the route this was. */
  customers: number;
  /** Off-route events at this point, all customers, all times. */
  events: number;
}

export interface MissingActivity {
  activity: string;
  events: number;
  cases: number;
}

export interface ConformanceReport {
  journeyId: string;
  journeyName: string;
  logName: string;
  customers: number;
  /** Customer events replayed. */
  events: number;
  /** Brand actions in the log, not replayed: the journey decides those. */
  brandActions: number;
  static: ModeFitness;
  dynamic: ModeFitness;
  deviations: DeviationPoint[];
  missing: MissingActivity[];
  unusedEdges: { edgeId: string; from: string; to: string }[];
  /** Visits per node and edge id, per mode. */
  nodeTraffic: { static: Record<string, number>; dynamic: Record<string, number> };
  edgeTraffic: { static: Record<string, number>; dynamic: Record<string, number> };
  /** Per route node: customers who left the route there (for the canvas). */
  leftAt: Record<string, number>;
  warnings: string[];
}

/** Per customer, for the CSV: events, placed per mode, where they left the route. */
export interface CustomerConformance {
  caseId: string[];
  persona: string[];
  events: Int32Array;
  staticPlaced: Int32Array;
  dynamicPlaced: Int32Array;
  leftAt: string[];
  instead: string[];
}

export type ConformanceOutcome = { ok: true; report: ConformanceReport; customers: CustomerConformance } | { ok: false; cancelled: boolean; problems: string[] };

const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Replays the log through the journey and measures how well it fits. */
export async function checkConformance(log: EventLog, journey: Journey, options: ConformanceOptions): Promise<ConformanceOutcome> {
  const cj = compileJourney(journey);
  const chunk = Math.max(1, options.chunkSize ?? 4000);
  const pause = options.pause ?? defaultPause;
  const origin = firstTime(log);
  const nodes = new Map(journey.nodes.map((n) => [n.id, n]));
  const routeNodes = routeNodeIds(journey);
  const nextRouteEvent = nextRouteEvents(routeNodes, nodes);
  const firstRouteEvent = routeNodes.map((id) => nodes.get(id)).find((n) => n?.kind === 'event');
  const name = (id: string | null) => (id === null ? 'Before the route starts' : nodeName(nodes.get(id)));

  const fit = { static: emptyFitness(), dynamic: emptyFitness() };
  const traffic = { node: { static: new Float64Array(cj.nodeCount), dynamic: new Float64Array(cj.nodeCount) }, edge: { static: new Float64Array(cj.edgeIds.length), dynamic: new Float64Array(cj.edgeIds.length) } };
  const points = new Map<string, DeviationPoint>();
  const point = (at: string | null, instead: string | null): DeviationPoint => {
    const key = `${at}\u0001${instead}`;
    let p = points.get(key);
    if (!p) {
      const expected = at === null ? (firstRouteEvent ? nodeName(firstRouteEvent) : null) : (nextRouteEvent.get(at) ?? null);
      points.set(key, (p = { atNodeId: at, atName: name(at), expected, instead, customers: 0, events: 0 }));
    }
    return p;
  };
  const per: CustomerConformance = { caseId: [], persona: [], events: new Int32Array(0), staticPlaced: new Int32Array(0), dynamicPlaced: new Int32Array(0), leftAt: [], instead: [] };
  const events: number[] = [];
  const staticPlaced: number[] = [];
  const dynamicPlaced: number[] = [];
  const warnings = new Set<string>(cj.problems);
  let brandActions = 0;
  for (let k = 0; k < log.eventCount; k++) if (options.kinds[log.activity[k]!] === 'action') brandActions++;
  // Brand actions of masked-out cases are not this replay's.
  if (options.mask) {
    brandActions = 0;
    for (let c = 0; c < log.caseCount; c++) {
      if (!options.mask[c]) continue;
      for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) if (options.kinds[log.activity[k]!] === 'action') brandActions++;
    }
  }

  for (let from = 0; from < log.caseCount; from += chunk) {
    if (options.signal?.aborted) return { ok: false, cancelled: true, problems: ['The conformance check was cancelled.'] };
    const to = Math.min(log.caseCount, from + chunk);
    const part = toInteractionLog(log, journey, { kinds: options.kinds, personaAttribute: options.personaAttribute, mask: options.mask, origin }, from, to);
    const prepared = prepareLog(cj, part);
    if (!prepared.ok) return { ok: false, cancelled: false, problems: prepared.problems };
    for (const w of prepared.prepared.warnings) if (!/is not in the journey: it is always off-route/.test(w)) warnings.add(w);
    const s = createSimulation(cj, prepared.prepared, { mode: 'static', recordPaths: true });
    s.step(Infinity);
    const d = createSimulation(cj, prepared.prepared, { mode: 'dynamic', recordPaths: false });
    d.step(Infinity);
    const sr = s.result().static!;
    const dr = d.result().dynamic!;
    for (const [mode, r] of [['static', sr], ['dynamic', dr]] as const) {
      const f = fit[mode];
      for (let i = 0; i < r.done; i++) {
        const placed = r.steps[i]! - r.timers[i]!;
        f.placed += placed;
        f.offRoute += r.offRoute[i]!;
        f.afterEnd += r.ignored[i]!;
        if (placed === r.events[i]!) f.perfect++;
        if (r.goal[i]) f.goals++;
        (mode === 'static' ? staticPlaced : dynamicPlaced).push(placed);
      }
      r.nodeTraffic.forEach((v, j) => (traffic.node[mode][j]! += v));
      r.edgeTraffic.forEach((v, j) => (traffic.edge[mode][j]! += v));
    }
    part.customers.forEach((customer, i) => {
      events.push(customer.events.length);
      per.caseId.push(customer.id);
      per.persona.push(sr.personaIds[i] ?? '');
      const walk = departures(customer.events, sr.paths![i]!, nodes);
      walk.offRoute.forEach((o) => point(o.at, o.key).events++);
      let left: DeviationPoint | null = null;
      // Events before the customer reached the route's first event are not a departure — unless they never reached it.
      const first = walk.offRoute.find((o) => o.at !== null) ?? (walk.position === null ? walk.offRoute[0] : undefined);
      if (first) left = point(first.at, first.key);
      else if (!walk.ended && customer.events.length > 0) left = point(walk.position, null);
      if (left) left.customers++;
      per.leftAt.push(left ? left.atName : '');
      per.instead.push(left ? (left.instead ?? '(stopped)') : '');
    });
    options.onProgress?.(to, log.caseCount);
    if (to < log.caseCount) await pause();
  }
  per.events = Int32Array.from(events);
  per.staticPlaced = Int32Array.from(staticPlaced);
  per.dynamicPlaced = Int32Array.from(dynamicPlaced);
  const total = events.reduce((a, b) => a + b, 0);
  for (const f of [fit.static, fit.dynamic]) f.fitness = total > 0 ? f.placed / total : 1;

  const known = new Set(cj.keyIndex.keys());
  const missing = missingActivities(log, options, known);
  const asRecord = (counts: Float64Array, ids: readonly string[]) => Object.fromEntries(ids.flatMap((id, j) => (counts[j]! > 0 ? [[id, counts[j]!]] : [])));
  const leftAt: Record<string, number> = {};
  for (const p of points.values()) if (p.atNodeId && p.customers > 0) leftAt[p.atNodeId] = (leftAt[p.atNodeId] ?? 0) + p.customers;
  const unusedEdges = journey.edges
    .filter((e, j) => traffic.edge.dynamic[j] === 0 && nodes.get(e.source)?.kind !== 'note')
    .map((e) => ({ edgeId: e.id, from: nodeName(nodes.get(e.source)), to: nodeName(nodes.get(e.target)) }));
  return {
    ok: true,
    customers: per,
    report: {
      journeyId: journey.id,
      journeyName: journey.name,
      logName: log.name,
      customers: events.length,
      events: total,
      brandActions,
      static: fit.static,
      dynamic: fit.dynamic,
      deviations: [...points.values()].filter((p) => p.customers > 0 || p.events > 0).sort((a, b) => b.customers - a.customers || b.events - a.events || a.atName.localeCompare(b.atName)),
      missing,
      unusedEdges,
      nodeTraffic: { static: asRecord(traffic.node.static, cj.nodeIds), dynamic: asRecord(traffic.node.dynamic, cj.nodeIds) },
      edgeTraffic: { static: asRecord(traffic.edge.static, cj.edgeIds), dynamic: asRecord(traffic.edge.dynamic, cj.edgeIds) },
      leftAt,
      warnings: [...warnings],
    },
  };
}

const emptyFitness = (): ModeFitness => ({ placed: 0, fitness: 1, offRoute: 0, afterEnd: 0, perfect: 0, goals: 0 });

function nodeName(node: JourneyNode | undefined): string {
  if (!node) return '(removed)';
  return node.kind === 'note' ? 'Note' : node.name || `Unnamed ${node.kind}`;
}

/** For each node on the route, the name of the next event the route expects after it. */
function nextRouteEvents(route: string[], nodes: Map<string, JourneyNode>): Map<string, string> {
  const next = new Map<string, string>();
  let upcoming: string | null = null;
  for (let i = route.length - 1; i >= 0; i--) {
    const node = nodes.get(route[i]!);
    if (upcoming) next.set(route[i]!, upcoming);
    if (node?.kind === 'event') upcoming = nodeName(node);
  }
  return next;
}

/**
 * Where a customer's static replay left the log: the log events no step took, each with where
 * the customer stood. Paths leave out events that found no place, so the customer's events are
 * lined up with the path's event steps — both in time order, every placed event exactly one
 * event step (timer steps are not log events), as the simulator's timeline does.
 */
export function departures(events: readonly { at: number; event: string }[], path: readonly PathStep[], nodes: Map<string, JourneyNode>) {
  const offRoute: { at: string | null; key: string }[] = [];
  let position: string | null = null;
  let ended = false;
  let k = 0;
  const unplaced = (until: (at: number) => boolean) => {
    while (k < events.length && until(events[k]!.at)) {
      if (!ended) offRoute.push({ at: position, key: events[k]!.event });
      k++;
    }
  };
  for (const step of path) {
    const node = nodes.get(step.nodeId);
    if (node?.kind === 'event') {
      if (step.note === 'timer') unplaced((at) => at <= step.at);
      else {
        unplaced((at) => at < step.at);
        while (k < events.length && events[k]!.at === step.at && events[k]!.event !== node.eventKey) {
          if (!ended) offRoute.push({ at: position, key: events[k]!.event });
          k++;
        }
        k++;
      }
    }
    if (step.note === 'stall') continue;
    position = step.nodeId;
    if (node?.kind === 'action' && node.outcome !== 'none') ended = true;
  }
  unplaced(() => true);
  return { offRoute, position, ended };
}

function missingActivities(log: EventLog, options: ConformanceOptions, known: Set<string>): MissingActivity[] {
  const n = log.activities.length;
  const events = new Int32Array(n);
  const cases = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  for (let c = 0; c < log.caseCount; c++) {
    if (options.mask && !options.mask[c]) continue;
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) {
      const a = log.activity[k]!;
      if (options.kinds[a] === 'action' || known.has(log.activities[a]!)) continue;
      events[a]!++;
      if (seen[a] !== c) (seen[a] = c), cases[a]!++;
    }
  }
  const out: MissingActivity[] = [];
  for (let a = 0; a < n; a++) if (events[a]! > 0) out.push({ activity: log.activities[a]!, events: events[a]!, cases: cases[a]! });
  return out.sort((x, y) => y.events - x.events || x.activity.localeCompare(y.activity));
}
