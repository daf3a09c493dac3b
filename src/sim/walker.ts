/**
 * The moving parts both modes share: one customer's live context, resolving a node to
 * the action it leads to, taking an action, and writing the customer's result.
 * One Walker replays many customers in turn; it allocates nothing per event.
 */
import type { CONTEXT_FIELDS } from '../model/conditions';
import { CHANNELS } from '../model/journey';
import { KIND_ACTION, OUTCOME_EXIT, OUTCOME_GOAL } from './codes';
import type { CompiledJourney } from './compile';
import { unitFrom } from './hash';
import type { PreparedLog } from './prepare';
import { END_DROPPED_OFF, END_EXIT, END_GOAL, END_OPEN, type ModeResult, type PathStep } from './results';

/**
 * The journey context conditions read as `context.*`, derived from CONTEXT_FIELDS so a field
 * added there fails to compile here until the engine computes it (docs/simulation.md).
 */
export type LiveContext = { [K in (typeof CONTEXT_FIELDS)[number]]: K extends 'lastActionChannel' ? string | null : number };

const MAX_DECISION_DEPTH = 32;
/** Timer firings per customer beyond which timers stop (a one-minute loop over a month of silence). */
export const MAX_TIMERS_PER_CUSTOMER = 1000;
const CHANNEL_COUNT = CHANNELS.length;

export class Walker {
  readonly cj: CompiledJourney;
  readonly pl: PreparedLog;
  readonly out: ModeResult;
  readonly seed: number;
  readonly ctx: LiveContext = { actionCount: 0, contactCount: 0, hoursSinceLastContact: Infinity, lastActionChannel: null, totalCost: 0, satisfaction: 0 };
  readonly data: { persona: Record<string, unknown>; event: Record<string, unknown>; context: LiveContext };
  /** Edges from an event to the action it resolved to (decision branches), filled by `resolve`. */
  readonly chain = new Int32Array(MAX_DECISION_DEPTH + 2);
  chainLen = 0;
  /** After the customer's last event, each timer fires at most once: `timerStamp[node] === stamp` means it did. */
  private readonly timerStamp: Int32Array;
  private stamp = 0;
  private timersFired = 0;

  // The customer being replayed.
  c = 0;
  path: PathStep[] | null = null;
  firstAt = 0;
  lastContactAt = -Infinity;
  steps = 0;
  ended = END_OPEN;
  /** When an exit action ended the customer's journey (Infinity: it did not). */
  exitAt = Infinity;
  /** Where the customer stands (dynamic), or the node they last reached (static). */
  cur = -1;
  /** When the customer's pending timer started counting. */
  armedAt = 0;
  /** What `event.*` read at the customer's last log-event step: a timer carries its attributes on. */
  lastEventView: Record<string, unknown> = NO_ATTRIBUTES;
  /** Static mode: the next route segment, and why the printed route ended for them. */
  seg = 0;
  routeEnd = END_OPEN;

  constructor(cj: CompiledJourney, pl: PreparedLog, out: ModeResult) {
    this.cj = cj;
    this.pl = pl;
    this.out = out;
    this.seed = out.seed;
    this.timerStamp = new Int32Array(cj.nodeCount).fill(-1);
    this.data = { persona: {}, event: {}, context: this.ctx };
  }

  /** Starts customer `c`: fresh context, the persona's record, an empty path. */
  begin(c: number): void {
    const ctx = this.ctx;
    ctx.actionCount = 0;
    ctx.contactCount = 0;
    ctx.hoursSinceLastContact = Infinity;
    ctx.lastActionChannel = null;
    ctx.totalCost = 0;
    ctx.satisfaction = 0;
    this.c = c;
    this.data.persona = this.pl.personaRecord[c]!;
    this.path = this.out.paths ? this.out.paths[c]! : null;
    if (this.path) this.path.length = 0;
    const start = this.pl.eventStart[c]!;
    this.firstAt = start < this.pl.eventStart[c + 1]! ? this.pl.eventAt[start]! : 0;
    this.lastContactAt = -Infinity;
    this.steps = 0;
    this.ended = END_OPEN;
    this.exitAt = Infinity;
    this.lastEventView = NO_ATTRIBUTES;
    this.stamp++;
    this.timersFired = 0;
    this.out.events[c] = this.pl.eventStart[c + 1]! - start;
    const personaNode = this.cj.personas[this.pl.persona[c]!];
    if (personaNode !== undefined) this.out.nodeTraffic[personaNode]!++;
  }

  /**
   * Whether a timer may fire now. Between two log events a timer fires whenever it is due
   * (a daily reminder loop fires every day of the gap). After the last log event — the
   * customer's silence, with no end in sight — each timer fires at most once, so a loop
   * cannot spin forever; a hard cap per customer guards against minute-long loops.
   */
  claimTimer(node: number, afterLastEvent: boolean): boolean {
    if (this.timersFired >= MAX_TIMERS_PER_CUSTOMER) return false;
    if (afterLastEvent) {
      if (this.timerStamp[node] === this.stamp) return false;
      this.timerStamp[node] = this.stamp;
    }
    this.timersFired++;
    this.out.timers[this.c]!++;
    return true;
  }

  /** True when no disruption closes the action at time t. */
  available(node: number, t: number): boolean {
    const closed = this.pl.closed;
    for (let k = this.pl.closedStart[node]!, end = this.pl.closedStart[node + 1]!; k < end; k++) {
      if (t < closed[2 * k]!) return true;
      if (t < closed[2 * k + 1]!) return false;
    }
    return true;
  }

  /** Sets what conditions read for the event being handled (a timer's view, or a log event's, which timers then carry on). */
  setEvent(view: Record<string, unknown>, t: number, timer = false): void {
    this.data.event = view;
    if (!timer) this.lastEventView = view;
    this.ctx.hoursSinceLastContact = (t - this.lastContactAt) / 60;
  }

  /** The customer reaches an event node (a step). */
  enterEvent(node: number, edge: number, t: number, note?: PathStep['note']): void {
    this.steps++;
    this.out.nodeTraffic[node]!++;
    if (edge >= 0) this.out.edgeTraffic[edge]!++;
    if (this.path) this.path.push(step(this.cj, node, edge, t, note));
  }

  /**
   * The action a node leads to, recording the branch edges in `chain`. Without `aware`,
   * the journey's preferred action (first branch whose condition holds, the customer's
   * split variant). With `aware`, the first one that is open at t, falling through
   * branches whose condition holds (and other variants). -1: none.
   */
  resolve(node: number, aware: boolean, t: number, depth: number): number {
    const cj = this.cj;
    if (cj.kind[node] === KIND_ACTION) return !aware || this.available(node, t) ? node : -1;
    if (depth > MAX_DECISION_DEPTH) return -1;
    const start = cj.choiceStart[node]!;
    const end = cj.choiceStart[node + 1]!;
    if (cj.isSplit[node]) {
      const pick = this.splitSlot(node);
      const r = this.follow(cj.choiceEdge[pick]!, aware, t, depth);
      if (r >= 0 || !aware) return r;
      for (let s = start; s < end; s++) {
        if (s === pick) continue;
        const r2 = this.follow(cj.choiceEdge[s]!, aware, t, depth);
        if (r2 >= 0) return r2;
      }
      return -1;
    }
    for (let s = start; s < end; s++) {
      const edge = cj.choiceEdge[s]!;
      const cond = cj.condition[edge];
      if (cond && !cond(this.data)) continue;
      const r = this.follow(edge, aware, t, depth);
      if (r >= 0 || !aware) return r;
    }
    return -1;
  }

  private follow(edge: number, aware: boolean, t: number, depth: number): number {
    const mark = this.chainLen;
    this.chain[this.chainLen++] = edge;
    const r = this.resolve(this.cj.edgeTarget[edge]!, aware, t, depth + 1);
    if (r < 0) this.chainLen = mark;
    return r;
  }

  /** The choice slot of the customer's variant at a split: a pure function of seed, customer and decision. */
  splitSlot(node: number): number {
    const cj = this.cj;
    const u = unitFrom(this.seed, this.pl.customerHash[this.c]!, cj.nodeHash[node]!);
    const start = cj.choiceStart[node]!;
    const end = cj.choiceStart[node + 1]!;
    for (let s = start; s < end - 1; s++) if (u < cj.splitCumulative[s]!) return s;
    return end - 1;
  }

  /** Walks the edges in `chain` (decisions, then the action) and takes the action at time t. */
  takeChain(t: number, note?: PathStep['note']): number {
    const cj = this.cj;
    const out = this.out;
    let action = -1;
    for (let i = 0; i < this.chainLen; i++) {
      const edge = this.chain[i]!;
      const node = cj.edgeTarget[edge]!;
      out.edgeTraffic[edge]!++;
      out.nodeTraffic[node]!++;
      action = node;
      if (this.path) this.path.push(step(cj, node, edge, t, i === this.chainLen - 1 ? note : undefined));
    }
    this.applyAction(action, t);
    return action;
  }

  /** An action's effects on the customer: counts, cost, channel mix, satisfaction, goal or exit. */
  applyAction(action: number, t: number): void {
    const cj = this.cj;
    const ctx = this.ctx;
    const c = this.c;
    ctx.actionCount++;
    ctx.totalCost += cj.actionCost[action]!;
    ctx.satisfaction += cj.actionSatisfaction[action]!;
    const ch = cj.actionChannel[action]!;
    if (ch >= 0) {
      ctx.contactCount++;
      ctx.lastActionChannel = CHANNELS[ch]!;
      this.lastContactAt = t;
      this.out.channelActions[c * CHANNEL_COUNT + ch]!++;
    } else {
      ctx.lastActionChannel = null;
    }
    const outcome = cj.actionOutcome[action]!;
    if (outcome === OUTCOME_GOAL) {
      this.ended = END_GOAL;
      this.out.goal[c] = 1;
      this.out.goalAt[c] = t;
      this.out.timeToGoal[c] = t - this.firstAt;
      this.out.stepsToGoal[c] = this.steps;
    } else if (outcome === OUTCOME_EXIT) {
      this.ended = END_EXIT;
      this.exitAt = t;
    }
  }

  /** Records a stall: the action the journey wanted was closed, so nothing was done. */
  stall(action: number, t: number): void {
    this.out.stalls[this.c]!++;
    if (this.path) this.path.push(step(this.cj, action, -1, t, 'stall'));
  }

  /**
   * A customer who dropped off (the log says when) ended their journey by leaving — unless a
   * goal was reached, or an exit action closed their journey first. Leaving beats the journey's
   * own reasons (route over, still open), so both modes count the same people as gone.
   */
  private endReason(reason: number): number {
    if (reason === END_GOAL) return reason;
    const left = this.pl.droppedOffAt[this.c]!;
    if (Number.isNaN(left) || (reason === END_EXIT && this.exitAt <= left)) return reason;
    return END_DROPPED_OFF;
  }

  /** Writes the customer's totals into the result columns. */
  finish(endReason: number): void {
    const c = this.c;
    const out = this.out;
    out.steps[c] = this.steps;
    out.actions[c] = this.ctx.actionCount;
    out.cost[c] = this.ctx.totalCost;
    out.satisfaction[c] = this.ctx.satisfaction;
    out.end[c] = this.endReason(endReason);
    out.done = Math.max(out.done, c + 1);
  }
}

function step(cj: CompiledJourney, node: number, edge: number, at: number, note: PathStep['note'] | undefined): PathStep {
  const s: PathStep = { nodeId: cj.nodeIds[node]!, edgeId: edge >= 0 ? cj.edgeIds[edge]! : null, at };
  if (note) s.note = note;
  return s;
}

const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({});

/**
 * What conditions read as `event.*` when a timer fires: the timer's key, no channel, its time,
 * `timer: true` — and the free attributes of the customer's last log event ("no purchase
 * within 2 h" still knows the cart's `value`).
 */
export function timerView(cj: CompiledJourney, node: number, t: number, last: Record<string, unknown>): Record<string, unknown> {
  const key = (cj.journey.nodes[node] as { eventKey?: string }).eventKey ?? '';
  const view: Record<string, unknown> = { key, channel: null, at: t, event: key, timer: true };
  for (const name in last) if (!(name in view)) view[name] = last[name];
  return view;
}
