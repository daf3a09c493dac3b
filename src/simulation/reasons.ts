/**
 * Why something happened to a customer, in the room's words: which closure stalled them,
 * what a re-route drove around, why an event was off-route. Read from the journey and the
 * log's disruptions (the engine's own rules: docs/simulation.md, "Disruptions").
 */
import { CHANNEL_LABELS, type ActionNode, type Journey, type JourneyEdge, type JourneyNode } from '../model/journey';
import type { Disruption } from '../sim';
import type { Side } from './types';

export interface JourneyIndex {
  nodes: Map<string, JourneyNode>;
  outgoing: Map<string, JourneyEdge[]>;
  /** Event keys some event node uses. */
  keys: Set<string>;
  /** The node the static route ends at (its last action), or null without a route. */
  routeEnd: string | null;
}

export function indexJourney(journey: Journey): JourneyIndex {
  const nodes = new Map(journey.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, JourneyEdge[]>();
  for (const e of journey.edges) {
    const list = outgoing.get(e.source);
    if (list) list.push(e);
    else outgoing.set(e.source, [e]);
  }
  const keys = new Set<string>();
  for (const n of journey.nodes) if (n.kind === 'event') keys.add(n.eventKey);
  const lastEdge = journey.edges.find((e) => e.id === journey.staticRoute.at(-1));
  return { nodes, outgoing, keys, routeEnd: lastEdge?.target ?? null };
}

/** A node's name as shown on its card. */
export function nameOf(ix: JourneyIndex, id: string | null): string {
  const n = id ? ix.nodes.get(id) : undefined;
  if (!n) return id ?? '';
  return n.kind === 'note' ? 'note' : n.name || `unnamed ${n.kind}`;
}

/** The disruptions that close `action` at time t: same rule as the engine (channel and/or action, [from, until)). */
export function closuresOf(disruptions: readonly Disruption[], action: ActionNode, t: number): Disruption[] {
  return disruptions.filter(
    (d) => d.from <= t && t < d.until && (d.actionId === undefined || d.actionId === action.id) && (d.channel === undefined || d.channel === action.channel),
  );
}

export function disruptionLabel(d: Disruption): string {
  if (d.label) return d.label;
  return d.channel ? `${CHANNEL_LABELS[d.channel]} closed` : `${d.actionId} closed`;
}

const labels = (ds: Disruption[]) => [...new Set(ds.map(disruptionLabel))].join('; ');

/** "SMS with a 10% code is closed — SMS gateway outage". */
export function stallReason(ix: JourneyIndex, disruptions: readonly Disruption[], actionId: string, t: number): string {
  const action = ix.nodes.get(actionId);
  const why = action?.kind === 'action' ? labels(closuresOf(disruptions, action, t)) : '';
  return `${nameOf(ix, actionId)} is closed${why ? ` — ${why}` : ''}`;
}

/** "SMS with a 10% code was closed — SMS gateway outage": the closed actions the event could have led to. */
export function rerouteReason(ix: JourneyIndex, disruptions: readonly Disruption[], eventId: string | null, takenId: string, t: number): string {
  const closed: { name: string; ds: Disruption[] }[] = [];
  for (const action of actionsAfter(ix, eventId)) {
    if (action.id === takenId) continue;
    const ds = closuresOf(disruptions, action, t);
    if (ds.length > 0) closed.push({ name: nameOf(ix, action.id), ds });
  }
  if (closed.length === 0) return 'the preferred action was closed';
  return `${closed.map((c) => c.name).join(', ')} ${closed.length === 1 ? 'was' : 'were'} closed — ${labels(closed.flatMap((c) => c.ds))}`;
}

/** Every action an event can lead to through its decisions. */
function actionsAfter(ix: JourneyIndex, eventId: string | null): ActionNode[] {
  const found: ActionNode[] = [];
  if (!eventId) return found;
  const seen = new Set<string>([eventId]);
  const queue = [eventId];
  while (queue.length > 0) {
    for (const e of ix.outgoing.get(queue.shift()!) ?? []) {
      if (seen.has(e.target)) continue;
      seen.add(e.target);
      const n = ix.nodes.get(e.target);
      if (n?.kind === 'action') found.push(n);
      else if (n?.kind === 'decision') queue.push(n.id);
    }
  }
  return found;
}

/** Why a log event found no place: unknown key, not the printed route's next event, nothing reachable. */
export function offRouteReason(ix: JourneyIndex, side: Side, key: string, routeOver: boolean): string {
  if (!ix.keys.has(key)) return `no event in the journey is “${key}”`;
  if (side === 'static') return routeOver ? 'the printed route is over' : 'not the printed route’s next event';
  return `no “${key}” event this persona can reach`;
}
