/**
 * The interaction grammar: which kinds may follow which.
 * persona → event, event → decision | action, decision → action | decision, action → event.
 */
import type { Journey, JourneyNode, NodeKind } from './journey';
import { createNode } from './factory';

export const ALLOWED_TARGETS: Record<NodeKind, readonly NodeKind[]> = {
  persona: ['event'],
  event: ['decision', 'action'],
  decision: ['action', 'decision'],
  action: ['event'],
  note: [],
};

const WHY: Record<NodeKind, string> = {
  persona: 'A persona can only lead to the events its journeys start with.',
  event: 'An event can only lead to a decision or an action.',
  decision: 'A decision can only lead to an action or another decision.',
  action: 'An action can only lead to an event — what the customer may do next.',
  note: 'Notes are annotations and cannot be connected.',
};

export type ConnectionCheck = { ok: true } | { ok: false; reason: string };

/** Whether an edge from `source` to `target` is allowed in this journey, and if not, why. */
export function checkConnection(journey: Journey, sourceId: string, targetId: string): ConnectionCheck {
  const source = journey.nodes.find((n) => n.id === sourceId);
  const target = journey.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, reason: 'Both ends of a connection must be nodes on the canvas.' };
  return checkKinds(journey, source, target);
}

/** Whether a new node of `kind` could follow `sourceId` — before it exists (adding "the next step"). */
export function checkNewTarget(journey: Journey, sourceId: string, kind: NodeKind): ConnectionCheck {
  const source = journey.nodes.find((n) => n.id === sourceId);
  if (!source) return { ok: false, reason: 'Both ends of a connection must be nodes on the canvas.' };
  return checkKinds(journey, source, createNode(kind, { x: 0, y: 0 }, `${sourceId}\u0000next`));
}

function checkKinds(journey: Journey, source: JourneyNode, target: JourneyNode): ConnectionCheck {
  if (source.id === target.id) return { ok: false, reason: 'A node cannot connect to itself.' };
  if (target.kind === 'note') return { ok: false, reason: WHY.note };
  if (!ALLOWED_TARGETS[source.kind].includes(target.kind)) {
    return { ok: false, reason: `${WHY[source.kind]} It cannot connect to ${target.kind === 'event' || target.kind === 'action' ? 'an' : 'a'} ${target.kind}.` };
  }
  if (source.kind === 'action' && source.outcome !== 'none') {
    return { ok: false, reason: `A ${source.outcome} action ends the journey: nothing can follow it.` };
  }
  if (journey.edges.some((e) => e.source === source.id && e.target === target.id)) {
    return { ok: false, reason: 'These two nodes are already connected.' };
  }
  if (source.kind === 'decision' && target.kind === 'decision' && reaches(journey, target.id, source.id)) {
    return { ok: false, reason: 'Decisions cannot form a loop without an action between them.' };
  }
  return { ok: true };
}

/** True when `to` can be reached from `from` through decision → decision edges only. */
function reaches(journey: Journey, from: string, to: string): boolean {
  const kinds = new Map(journey.nodes.map((n) => [n.id, n.kind]));
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of journey.edges) {
      if (e.source === id && kinds.get(e.target) === 'decision') stack.push(e.target);
    }
  }
  return false;
}

/**
 * Every node `source` may connect to — the nodes checkConnection allows — in one pass over the
 * journey instead of one pass per candidate (the inspector lists them on every keystroke; at
 * 5,000 nodes the per-candidate check was 25 million steps).
 */
export function connectionTargets(journey: Journey, sourceId: string): JourneyNode[] {
  const source = journey.nodes.find((n) => n.id === sourceId);
  if (!source) return [];
  if (source.kind === 'action' && source.outcome !== 'none') return [];
  const allowed = ALLOWED_TARGETS[source.kind];
  const connected = new Set<string>();
  for (const e of journey.edges) if (e.source === sourceId) connected.add(e.target);
  const loops = source.kind === 'decision' ? decisionsReaching(journey, sourceId) : new Set<string>();
  return journey.nodes.filter((n) => n.id !== sourceId && allowed.includes(n.kind) && !connected.has(n.id) && !(n.kind === 'decision' && loops.has(n.id)));
}

/** The decisions from which `to` is reached through decision → decision edges only (`to` included). */
function decisionsReaching(journey: Journey, to: string): Set<string> {
  const kinds = new Map(journey.nodes.map((n) => [n.id, n.kind]));
  const into = new Map<string, string[]>();
  for (const e of journey.edges) {
    if (kinds.get(e.source) !== 'decision' || kinds.get(e.target) !== 'decision') continue;
    const list = into.get(e.target);
    if (list) list.push(e.source);
    else into.set(e.target, [e.source]);
  }
  const seen = new Set<string>([to]);
  const stack = [to];
  while (stack.length) {
    for (const from of into.get(stack.pop()!) ?? []) {
      if (!seen.has(from)) {
        seen.add(from);
        stack.push(from);
      }
    }
  }
  return seen;
}
