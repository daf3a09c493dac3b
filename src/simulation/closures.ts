/**
 * Road closures switched on during playback: a channel or an action closed from the
 * playhead on, until it is reopened. They become disruptions added to the log, so the
 * engine replays them like the log's own (docs/simulation.md, "Disruptions").
 */
import { CHANNEL_LABELS, type Channel, type Journey } from '../model/journey';
import type { Disruption } from '../sim';
import type { Closure, RoadTarget } from './types';

/** "Until further notice": a finite time (the log schema wants one) beyond any log. */
export const FOREVER = 1e9;
/** The end of the label of a disruption added during playback, which tells it from the log's own. */
export const DURING_PLAYBACK = 'closed during playback';

export const sameTarget = (a: RoadTarget, b: RoadTarget) =>
  'channel' in a ? 'channel' in b && a.channel === b.channel : 'actionId' in b && a.actionId === b.actionId;

/** The closure of `target` still in force, if any. */
export const openClosure = (closures: readonly Closure[], target: RoadTarget) => closures.find((c) => c.until === null && sameTarget(c.target, target));

/** Closes `target` from time `at` (no change when it is already closed). */
export function closeRoad(closures: readonly Closure[], target: RoadTarget, at: number): Closure[] {
  if (openClosure(closures, target)) return [...closures];
  const id = closures.reduce((max, c) => Math.max(max, c.id), 0) + 1;
  return [...closures, { id, target, from: at, until: null }];
}

/** Reopens `target` at time `at`; a closure reopened at or before its start is dropped. */
export function reopenRoad(closures: readonly Closure[], target: RoadTarget, at: number): Closure[] {
  const open = openClosure(closures, target);
  if (!open) return [...closures];
  return at <= open.from ? closures.filter((c) => c !== open) : closures.map((c) => (c === open ? { ...c, until: at } : c));
}

/** "SMS", or the action's name. */
export function targetName(journey: Journey | null, target: RoadTarget): string {
  if ('channel' in target) return CHANNEL_LABELS[target.channel];
  const node = journey?.nodes.find((n) => n.id === target.actionId);
  return node && node.kind === 'action' ? node.name : target.actionId;
}

/** The closures as the log's disruptions. */
export function closuresToDisruptions(closures: readonly Closure[], journey: Journey | null): Disruption[] {
  return closures.map((c) => ({
    from: c.from,
    until: c.until ?? FOREVER,
    ...('channel' in c.target ? { channel: c.target.channel } : { actionId: c.target.actionId }),
    label: `${targetName(journey, c.target)} ${DURING_PLAYBACK}`,
  }));
}

/** What can be closed in a journey: the channels its actions use, and its actions. */
export function roadsOf(journey: Journey): { channels: Channel[]; actions: { id: string; name: string }[] } {
  const channels = new Set<Channel>();
  const actions: { id: string; name: string }[] = [];
  for (const n of journey.nodes) {
    if (n.kind !== 'action') continue;
    if (n.channel) channels.add(n.channel);
    actions.push({ id: n.id, name: n.name || 'unnamed action' });
  }
  return { channels: [...channels], actions };
}
