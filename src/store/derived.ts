/** Facts derived from the journey, computed once per journey version and shared by every component. */
import { useEditor } from './editor';
import type { Journey } from '../model/journey';
import { validateJourney, type Problem } from '../model/validation';
import { routeNodeIds } from '../model/route';

const problemCache = new WeakMap<Journey, Problem[]>();

/** Validation problems of a journey, memoised per journey object (journeys are immutable). */
export function problemsOf(journey: Journey): Problem[] {
  let problems = problemCache.get(journey);
  if (!problems) {
    problems = validateJourney(journey);
    problemCache.set(journey, problems);
  }
  return problems;
}

export function useProblems(): Problem[] {
  return problemsOf(useEditor((s) => s.journey));
}

const routeCache = new WeakMap<Journey, Set<string>>();

/** Node ids on the static route. */
export function routeNodesOf(journey: Journey): Set<string> {
  let nodes = routeCache.get(journey);
  if (!nodes) {
    nodes = new Set(routeNodeIds(journey));
    routeCache.set(journey, nodes);
  }
  return nodes;
}
