/**
 * The static route, compiled: cut into stretches event → (decisions) → action, so static
 * mode walks arrays. A route that is not one path, or breaks the grammar, is reported and
 * cut where it stops making sense.
 */
import type { Journey } from '../model/journey';
import { orderRoute } from '../model/route';
import { KIND_ACTION, KIND_EVENT, KIND_PERSONA, nodeName, OUTCOME_GOAL } from './codes';
import type { CompiledJourney, CompiledRoute } from './compile';

export function emptyRoute(): CompiledRoute {
  return { segments: 0, event: new Int32Array(0), action: new Int32Array(0), edgeStart: new Int32Array(1), edges: new Int32Array(0), hasSplit: new Uint8Array(0) };
}

/** Cuts the static route into stretches; problems go to `problems`. */
export function compileRoute(journey: Journey, cj: CompiledJourney, problems: string[]): CompiledRoute {
  if (journey.staticRoute.length === 0) {
    problems.push('The journey has no static route: in static mode every event is off-route.');
    return emptyRoute();
  }
  const ordered = orderRoute(journey, journey.staticRoute);
  if (!ordered.ok) {
    problems.push(`The static route cannot be followed: ${ordered.reason}`);
    return emptyRoute();
  }
  const edgeIndex = new Map(cj.edgeIds.map((id, j) => [id, j]));
  const routeEdges = ordered.route.map((id) => edgeIndex.get(id)!);
  if (routeEdges.some((j) => cj.edgeSource[j]! < 0)) {
    problems.push('The static route uses a connection that breaks the journey grammar.');
    return emptyRoute();
  }
  const events: number[] = [];
  const actions: number[] = [];
  const edgeStart: number[] = [];
  const segEdges: number[] = [];
  const hasSplit: number[] = [];
  // A route may begin at a persona: the printed map is for everyone, so the persona is skipped.
  const first = routeEdges[0]!;
  const startsAtPersona = cj.kind[cj.edgeSource[first]!] === KIND_PERSONA;
  let i = startsAtPersona ? 1 : 0;
  let current = startsAtPersona ? cj.edgeTarget[first]! : cj.edgeSource[first]!;
  while (current >= 0) {
    if (cj.kind[current] !== KIND_EVENT) {
      problems.push(`The static route must start each stretch with an event; "${nodeName(journey.nodes[current]!)}" is not one.`);
      break;
    }
    events.push(current);
    edgeStart.push(segEdges.length);
    let split = 0;
    let action = -1;
    while (i < routeEdges.length) {
      const j = routeEdges[i++]!;
      segEdges.push(j);
      const t = cj.edgeTarget[j]!;
      if (cj.isSplit[cj.edgeSource[j]!]) split = 1;
      if (cj.kind[t] === KIND_ACTION) {
        action = t;
        break;
      }
    }
    actions.push(action);
    hasSplit.push(split);
    if (action < 0 || i >= routeEdges.length) break;
    current = cj.edgeTarget[routeEdges[i++]!]!;
  }
  edgeStart.push(segEdges.length);
  if (actions[actions.length - 1]! >= 0 && cj.actionOutcome[actions[actions.length - 1]!] !== OUTCOME_GOAL) {
    problems.push('The static route does not end at a goal action.');
  }
  return {
    segments: events.length,
    event: Int32Array.from(events),
    action: Int32Array.from(actions),
    edgeStart: Int32Array.from(edgeStart),
    edges: Int32Array.from(segEdges),
    hasSplit: Uint8Array.from(hasSplit),
  };
}
