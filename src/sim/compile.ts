/**
 * Compile once, run many: a journey becomes flat index tables (nodes and edges as
 * integers, event keys as integers, branches in evaluation order with their conditions
 * compiled to closures), so the replay loop reads arrays and never scans the graph.
 */
import type { Journey, JourneyEdge } from '../model/journey';
import { hashString } from './hash';
import { compileCondition, unknownOperators } from './jsonlogic';
import { KeyTable } from './key-table';
import { KIND_ACTION, KIND_CODE, KIND_DECISION, KIND_EVENT, KIND_NOTE, KIND_PERSONA, NO_CHANNEL, OUTCOME_EXIT, OUTCOME_GOAL, OUTCOME_NONE, channelCode, nodeName } from './codes';
import { compileRoute, emptyRoute } from './compile-route';

export type Condition = (data: unknown) => boolean;

/** The static route as segments: an event, the decisions the route passes, and the action it takes. */
export interface CompiledRoute {
  segments: number;
  /** Event node each segment starts with. */
  event: Int32Array;
  /** Action node each segment ends with, or -1 when the route stops before an action. */
  action: Int32Array;
  /** Edges walked from the event to the action: `edges[edgeStart[s] .. edgeStart[s+1])`. */
  edgeStart: Int32Array;
  edges: Int32Array;
  /** 1 when a split decision lies on the segment, so the customer's variant must be checked. */
  hasSplit: Uint8Array;
}

export interface CompiledJourney {
  journey: Journey;
  nodeCount: number;
  nodeIds: string[];
  nodeIndex: Map<string, number>;
  kind: Uint8Array;
  edgeIds: string[];
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** `source * nodeCount + target` → edge index. */
  edgeBetween: Map<number, number>;

  /** Event keys as integers. */
  keyCount: number;
  keyIndex: Map<string, number>;
  eventKey: Int32Array;
  eventChannel: Int8Array;
  /** Minutes after which a timer event fires; 0 for ordinary events. */
  timerMinutes: Float64Array;

  actionCost: Float64Array;
  actionSatisfaction: Float64Array;
  actionChannel: Int8Array;
  actionOutcome: Uint8Array;

  /**
   * What a node does next, in evaluation order: for an event, its outgoing edges (alternatives);
   * for a rules decision, its conditional branches then its otherwise branches; for a split, its variants.
   * `choiceEdge[choiceStart[n] .. choiceStart[n+1])`.
   */
  choiceStart: Int32Array;
  choiceEdge: Int32Array;
  /** Per edge: the branch condition, or null when the branch always holds (otherwise, alternatives, variants). */
  condition: (Condition | null)[];
  isSplit: Uint8Array;
  /** Per choice slot of a split: cumulative share in (0, 1]. */
  splitCumulative: Float64Array;
  nodeHash: Uint32Array;

  /** `position * keyCount + key` → pairs [eventNode, edge, …] of events that directly follow a position. */
  next: KeyTable;
  /** Per position, every event that directly follows it, in edge order: pairs [eventNode, edge] in `after[afterStart[p] .. afterStart[p+1])`. */
  afterStart: Int32Array;
  after: Int32Array;
  /** Per edge: the chance the customer does this next (action → event), NaN when not set. */
  likelihood: Float64Array;
  /** Per position: the timer event that would fire first after it (-1: none), and the edge to it. */
  firstTimer: Int32Array;
  firstTimerEdge: Int32Array;

  /** Persona node indices, in journey order; a customer's persona is an index into this. */
  personas: Int32Array;
  /** `persona * keyCount + key` → event nodes reachable for that persona, nearest first. */
  reachable: KeyTable;
  /** Per persona: every reachable event node, nearest first (used to generate deviations). */
  reachableEvents: Int32Array[];

  route: CompiledRoute;
  /** Things the engine had to ignore or work around, in the user's words. */
  problems: string[];
}

const ALLOWED: Record<number, readonly number[]> = {
  [KIND_PERSONA]: [KIND_EVENT],
  [KIND_EVENT]: [KIND_DECISION, KIND_ACTION],
  [KIND_DECISION]: [KIND_ACTION, KIND_DECISION],
  [KIND_ACTION]: [KIND_EVENT],
  [KIND_NOTE]: [],
};

/** Compiles a journey into the tables the simulator replays against. */
export function compileJourney(journey: Journey): CompiledJourney {
  const problems: string[] = [];
  const nodes = journey.nodes;
  const n = nodes.length;
  const nodeIndex = new Map<string, number>();
  nodes.forEach((node, i) => nodeIndex.set(node.id, i));
  const label = (i: number): string => nodeName(nodes[i]!);

  const kind = new Uint8Array(n);
  const keyIndex = new Map<string, number>();
  const eventKey = new Int32Array(n).fill(-1);
  const eventChannel = new Int8Array(n).fill(NO_CHANNEL);
  const timerMinutes = new Float64Array(n);
  const actionCost = new Float64Array(n);
  const actionSatisfaction = new Float64Array(n);
  const actionChannel = new Int8Array(n).fill(NO_CHANNEL);
  const actionOutcome = new Uint8Array(n);
  const isSplit = new Uint8Array(n);
  const nodeHash = new Uint32Array(n);
  nodes.forEach((node, i) => {
    kind[i] = KIND_CODE[node.kind];
    nodeHash[i] = hashString(node.id);
    if (node.kind === 'event') {
      let k = keyIndex.get(node.eventKey);
      if (k === undefined) keyIndex.set(node.eventKey, (k = keyIndex.size));
      eventKey[i] = k;
      eventChannel[i] = node.channel === 'any' ? NO_CHANNEL : channelCode(node.channel);
      timerMinutes[i] = node.timer ? node.timer.afterMinutes : 0;
    } else if (node.kind === 'action') {
      actionCost[i] = node.cost;
      actionSatisfaction[i] = node.satisfactionEffect;
      actionChannel[i] = channelCode(node.channel);
      actionOutcome[i] = node.outcome === 'goal' ? OUTCOME_GOAL : node.outcome === 'exit' ? OUTCOME_EXIT : OUTCOME_NONE;
    } else if (node.kind === 'decision') {
      isSplit[i] = node.mode === 'split' ? 1 : 0;
    }
  });
  const keyCount = Math.max(1, keyIndex.size);

  // Edges: keep those the grammar allows; the rest cannot be walked and are reported.
  const edges = journey.edges;
  const edgeSource = new Int32Array(edges.length).fill(-1);
  const edgeTarget = new Int32Array(edges.length).fill(-1);
  const edgeBetween = new Map<number, number>();
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, j) => {
    const s = nodeIndex.get(e.source);
    const t = nodeIndex.get(e.target);
    if (s === undefined || t === undefined) {
      problems.push(`A connection (${e.id}) points to a node that does not exist; it is ignored.`);
      return;
    }
    if (!ALLOWED[kind[s]!]!.includes(kind[t]!)) {
      problems.push(`The connection from "${label(s)}" to "${label(t)}" breaks the journey grammar; it is ignored.`);
      return;
    }
    edgeSource[j] = s;
    edgeTarget[j] = t;
    if (!edgeBetween.has(s * n + t)) edgeBetween.set(s * n + t, j);
    out[s]!.push(j);
  });

  const { choiceStart, choiceEdge, condition, splitCumulative } = compileChoices(journey, kind, isSplit, out, label, problems);
  const { next, firstTimer, firstTimerEdge, afterStart, after } = compileNext(n, kind, out, edgeTarget, eventKey, timerMinutes, keyCount);
  const likelihood = Float64Array.from(edges, (e) => e.likelihood ?? NaN);

  const personaList: number[] = [];
  for (let i = 0; i < n; i++) if (kind[i] === KIND_PERSONA) personaList.push(i);
  const personas = Int32Array.from(personaList);
  const reachableLists = new Map<number, number[]>();
  const reachableEvents: Int32Array[] = [];
  personas.forEach((p, pi) => {
    const order = reachableEventNodes(p, n, kind, out, edgeTarget);
    reachableEvents.push(Int32Array.from(order));
    const byKey = new Map<number, number[]>();
    for (const e of order) {
      const list = byKey.get(eventKey[e]!) ?? [];
      list.push(e);
      byKey.set(eventKey[e]!, list);
    }
    for (const [k, list] of byKey) reachableLists.set(pi * keyCount + k, list);
  });
  const reachable = new KeyTable(reachableLists, personas.length * keyCount);

  const compiled: CompiledJourney = {
    journey,
    nodeCount: n,
    nodeIds: nodes.map((x) => x.id),
    nodeIndex,
    kind,
    edgeIds: edges.map((e) => e.id),
    edgeSource,
    edgeTarget,
    edgeBetween,
    keyCount,
    keyIndex,
    eventKey,
    eventChannel,
    timerMinutes,
    actionCost,
    actionSatisfaction,
    actionChannel,
    actionOutcome,
    choiceStart,
    choiceEdge,
    condition,
    isSplit,
    splitCumulative,
    nodeHash,
    next,
    afterStart,
    after,
    likelihood,
    firstTimer,
    firstTimerEdge,
    personas,
    reachable,
    reachableEvents,
    route: emptyRoute(),
    problems,
  };
  compiled.route = compileRoute(journey, compiled, problems);
  return compiled;
}


function compileChoices(journey: Journey, kind: Uint8Array, isSplit: Uint8Array, out: number[][], label: (i: number) => string, problems: string[]) {
  const n = kind.length;
  const edges = journey.edges;
  const choiceStart = new Int32Array(n + 1);
  const slots: number[] = [];
  const condition: (Condition | null)[] = edges.map(() => null);
  const cumulative: number[] = [];
  for (let i = 0; i < n; i++) {
    choiceStart[i] = slots.length;
    const k = kind[i]!;
    if (k !== KIND_EVENT && k !== KIND_DECISION) continue;
    const outs = out[i]!;
    if (isSplit[i]) {
      // Variants: shares from the branches' percents, normalised; equal shares when none are set.
      const percents = outs.map((j) => Math.max(0, edges[j]!.branch?.percent ?? 0));
      const total = percents.reduce((a, b) => a + b, 0);
      let acc = 0;
      outs.forEach((j, x) => {
        acc += total > 0 ? percents[x]! / total : 1 / outs.length;
        slots.push(j);
        cumulative.push(x === outs.length - 1 ? 1 : acc);
      });
      continue;
    }
    if (k === KIND_EVENT) {
      for (const j of outs) {
        slots.push(j);
        cumulative.push(0);
      }
      continue;
    }
    // Rules: conditional branches in edge order, then the otherwise branch(es), whatever their position.
    const conditional = outs.filter((j) => !edges[j]!.branch?.otherwise);
    const otherwise = outs.filter((j) => edges[j]!.branch?.otherwise);
    for (const j of conditional) {
      condition[j] = compileBranchCondition(edges[j]!, label(i), problems);
      slots.push(j);
      cumulative.push(0);
    }
    for (const j of otherwise) {
      slots.push(j);
      cumulative.push(0);
    }
  }
  choiceStart[n] = slots.length;
  return { choiceStart, choiceEdge: Int32Array.from(slots), condition, splitCumulative: Float64Array.from(cumulative) };
}

function compileBranchCondition(edge: JourneyEdge, decision: string, problems: string[]): Condition | null {
  const rule = edge.branch?.condition;
  // A branch without a condition always holds, like an arrow with no label on a flowchart.
  if (rule === null || rule === undefined) return null;
  // Only standard JsonLogic runs (model/condition-operators.ts); compileCondition refuses the rest.
  const unknown = unknownOperators(rule);
  if (unknown.length > 0) {
    problems.push(`Decision "${decision}", branch "${edge.branch?.label ?? edge.id}": unknown operator ${unknown.map((o) => `"${o}"`).join(', ')} — the condition never holds.`);
  }
  return compileCondition(rule);
}

function compileNext(
  n: number,
  kind: Uint8Array,
  out: number[][],
  edgeTarget: Int32Array,
  eventKey: Int32Array,
  timerMinutes: Float64Array,
  keyCount: number,
) {
  const nextLists = new Map<number, number[]>();
  const firstTimer = new Int32Array(n).fill(-1);
  const firstTimerEdge = new Int32Array(n).fill(-1);
  const afterStart = new Int32Array(n + 1);
  const after: number[] = [];
  for (let pos = 0; pos < n; pos++) {
    afterStart[pos] = after.length / 2;
    if (kind[pos] !== KIND_PERSONA && kind[pos] !== KIND_ACTION) continue;
    const byKey = new Map<number, number[]>();
    let best = Infinity;
    for (const j of out[pos]!) {
      const e = edgeTarget[j]!;
      if (kind[e] !== KIND_EVENT) continue;
      after.push(e, j);
      const list = byKey.get(eventKey[e]!) ?? [];
      list.push(e, j);
      byKey.set(eventKey[e]!, list);
      const m = timerMinutes[e]!;
      if (m > 0 && m < best) {
        best = m;
        firstTimer[pos] = e;
        firstTimerEdge[pos] = j;
      }
    }
    for (const [k, list] of byKey) nextLists.set(pos * keyCount + k, list);
  }
  afterStart[n] = after.length / 2;
  return { next: new KeyTable(nextLists, n * keyCount), firstTimer, firstTimerEdge, afterStart, after: Int32Array.from(after) };
}

/** Breadth-first from the persona: every event node it can reach, nearest first. */
function reachableEventNodes(persona: number, n: number, kind: Uint8Array, out: number[][], edgeTarget: Int32Array): number[] {
  const seen = new Uint8Array(n);
  const queue = [persona];
  seen[persona] = 1;
  const events: number[] = [];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    if (kind[v] === KIND_EVENT) events.push(v);
    for (const j of out[v]!) {
      const t = edgeTarget[j]!;
      if (!seen[t]) {
        seen[t] = 1;
        queue.push(t);
      }
    }
  }
  return events;
}
