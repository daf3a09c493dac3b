/**
 * The stops of a journey's presentation: pure operations on the list, and the checks a file's
 * stops must pass. The editor store's verbs (addStop, updateStop, moveStop, removeStop) are
 * built on these, so undo records them like any other edit.
 */
import type { Journey, Stop } from './journey';
import { newId } from './factory';

/** A new stop with a fresh id; everything but the camera may be given. */
export function createStop(fields: Pick<Stop, 'camera'> & Partial<Omit<Stop, 'id'>>, id: string = newId('stop')): Stop {
  return { id, name: '', caption: '', notes: '', simulation: null, ...fields };
}

/** The stops with `stop` inserted at `index` (default: at the end). */
export function insertStop(stops: readonly Stop[], stop: Stop, index = stops.length): Stop[] {
  const at = Math.max(0, Math.min(stops.length, index));
  return [...stops.slice(0, at), stop, ...stops.slice(at)];
}

/** The stops with stop `id` moved to position `index` (clamped to the list); the same list when nothing moves. */
export function moveStopTo(stops: readonly Stop[], id: string, index: number): readonly Stop[] {
  const from = stops.findIndex((s) => s.id === id);
  if (from < 0) return stops;
  const to = Math.max(0, Math.min(stops.length - 1, index));
  if (to === from) return stops;
  const rest = stops.filter((s) => s.id !== id);
  return [...rest.slice(0, to), stops[from]!, ...rest.slice(to)];
}

/** A stop's name as lists show it: its name, else its caption, else its number. */
export function stopLabel(stop: Stop, index: number): string {
  return stop.name.trim() || stop.caption.trim() || `Stop ${index + 1}`;
}

/**
 * Stops after nodes were removed: a closure of a removed action goes with it (undo brings
 * both back), so the journey never names an action it does not have.
 */
export function stopsWithoutNodes(stops: readonly Stop[], removed: ReadonlySet<string>): Stop[] {
  if (removed.size === 0) return [...stops];
  return stops.map((stop) => {
    const sim = stop.simulation;
    if (!sim || !sim.closures.some((c) => 'actionId' in c.target && removed.has(c.target.actionId))) return stop;
    return { ...stop, simulation: { ...sim, closures: sim.closures.filter((c) => !('actionId' in c.target && removed.has(c.target.actionId))) } };
  });
}

/** What a file's stops must satisfy beyond the schema: unique ids, closures of actions the journey has. */
export function stopReferenceProblems(journey: Journey, base: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const actions = new Set(journey.nodes.filter((n) => n.kind === 'action').map((n) => n.id));
  const seen = new Map<string, number>();
  journey.stops.forEach((stop, i) => {
    const at = `${base}.stops[${i}]`;
    const first = seen.get(stop.id);
    if (first === undefined) seen.set(stop.id, i);
    else problems.push({ path: `${at}.id`, message: `another stop already has the id "${stop.id}" (${base}.stops[${first}])` });
    stop.simulation?.closures.forEach((c, j) => {
      if ('actionId' in c.target && !actions.has(c.target.actionId)) {
        problems.push({ path: `${at}.simulation.closures[${j}].target.actionId`, message: `action "${c.target.actionId}" does not exist` });
      }
    });
  });
  return problems;
}
