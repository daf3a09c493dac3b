/**
 * A run as a timeline of marks per side: every step of every customer's path, plus the
 * log events the engine did not place (off-route, or ignored after the goal), each with
 * its time and — for stalls, re-routes and off-route events — the reason.
 *
 * Paths leave out events that found no place, so they are recovered by lining the
 * customer's log events up with the event steps of the path: both are in time order, and
 * every placed log event is exactly one event step (timer steps are not log events).
 */
import type { Journey } from '../model/journey';
import type { Disruption, InteractionLog, PathStep } from '../sim';
import { indexJourney, offRouteReason, rerouteReason, stallReason, type JourneyIndex } from './reasons';
import type { RunReplyOk } from '../workers/reply';
import { SIDES, type Side } from './types';

export type MarkKind = 'step' | 'stall' | 're-route' | 'off-route' | 'ignored';

export interface Mark {
  at: number;
  /** The customer's index in the log. */
  customer: number;
  kind: MarkKind;
  /** The node reached (step, re-route), the closed action (stall), or where the customer stood (off-route, ignored). */
  nodeId: string | null;
  /** The edge taken; null on a jump, a stall and an event that found no place. */
  edgeId: string | null;
  timer: boolean;
  jump: boolean;
  /** This step took a goal action. */
  goal: boolean;
  /** For stalls, re-routes, off-route and ignored events. */
  reason: string | null;
  /** The log event's key, for off-route and ignored events. */
  eventKey: string | null;
}

export interface Timeline {
  side: Side;
  /** Sorted by time; a customer's marks keep their order. */
  marks: Mark[];
  /** `marks[i].at`, for binary search. */
  at: Float64Array;
  /** Per customer, the indexes of their marks, in order. */
  byCustomer: Int32Array[];
}

/** Builds a side's timeline from the run's paths and the replayed log (with every disruption in force). */
export function buildTimeline(side: Side, journey: Journey, log: InteractionLog, paths: PathStep[][], personaIds: readonly string[]): Timeline {
  const ix = indexJourney(journey);
  const all: Mark[] = [];
  paths.forEach((path, c) => {
    const customer = log.customers[c];
    if (customer) customerMarks(ix, side, log.disruptions, customer.events, path, c, personaIds[c] ?? null, all);
  });
  // Stable: a customer's marks at the same time keep the engine's order.
  const order = all.map((_, i) => i).sort((a, b) => all[a]!.at - all[b]!.at || a - b);
  const marks = order.map((i) => all[i]!);
  const byCustomerLists: number[][] = paths.map(() => []);
  marks.forEach((m, i) => byCustomerLists[m.customer]!.push(i));
  return {
    side,
    marks,
    at: Float64Array.from(marks, (m) => m.at),
    byCustomer: byCustomerLists.map((l) => Int32Array.from(l)),
  };
}

function customerMarks(
  ix: JourneyIndex,
  side: Side,
  disruptions: readonly Disruption[],
  events: InteractionLog['customers'][number]['events'],
  path: PathStep[],
  c: number,
  persona: string | null,
  out: Mark[],
): void {
  let k = 0;
  // Where the customer stands: their persona until the first step.
  let position = persona;
  let lastEvent: string | null = null;
  let ended = false;
  let routeOver = false;
  const pushUnplaced = (ev: (typeof events)[number]) =>
    out.push({
      at: ev.at,
      customer: c,
      kind: ended ? 'ignored' : 'off-route',
      nodeId: position,
      edgeId: null,
      timer: false,
      jump: false,
      goal: false,
      reason: ended ? 'the customer’s journey is over' : offRouteReason(ix, side, ev.event, routeOver),
      eventKey: ev.event,
    });
  /** Log events up to a time that no step took: they found no place. */
  const unplacedWhile = (before: (at: number) => boolean) => {
    while (k < events.length && before(events[k]!.at)) pushUnplaced(events[k++]!);
  };

  for (const step of path) {
    const node = ix.nodes.get(step.nodeId);
    if (node?.kind === 'event') {
      if (step.note === 'timer') {
        // Events before a timer's due time were handled first (a timer fires strictly before the next event).
        unplacedWhile((at) => at <= step.at);
      } else {
        // Log events before this one found no place; this step is the log event with its time and key.
        unplacedWhile((at) => at < step.at);
        // Events at the same time with another key found no place either.
        while (k < events.length && events[k]!.at === step.at && events[k]!.event !== node.eventKey) pushUnplaced(events[k++]!);
        k++;
      }
      lastEvent = node.id;
    }
    const stall = step.note === 'stall';
    const reroute = step.note === 're-route';
    const goal = !stall && node?.kind === 'action' && node.outcome === 'goal';
    out.push({
      at: step.at,
      customer: c,
      kind: stall ? 'stall' : reroute ? 're-route' : 'step',
      nodeId: step.nodeId,
      edgeId: step.edgeId,
      timer: step.note === 'timer',
      jump: step.note === 'jump',
      goal,
      reason: stall ? stallReason(ix, disruptions, step.nodeId, step.at) : reroute ? rerouteReason(ix, disruptions, lastEvent, step.nodeId, step.at) : null,
      eventKey: null,
    });
    if (!stall) position = step.nodeId;
    if (!stall && node?.kind === 'action') {
      if (node.outcome !== 'none') ended = true;
      if (side === 'static' && step.nodeId === ix.routeEnd) routeOver = true;
    }
  }
  unplacedWhile(() => true);
}

/** The timelines of a run that can be played back (it has paths and the log is known). */
export function timelinesFor(reply: RunReplyOk, journey: Journey, log: InteractionLog | null): Partial<Record<Side, Timeline>> {
  const timelines: Partial<Record<Side, Timeline>> = {};
  if (!reply.customers || !log) return timelines;
  for (const side of SIDES) {
    const paths = reply.paths[side];
    if (paths) timelines[side] = buildTimeline(side, journey, log, paths, reply.customers.personaIds);
  }
  return timelines;
}
