/** Creating new journey elements with sensible defaults, in the user's words. */
import type { ActionNode, DecisionNode, EventNode, Journey, JourneyEdge, JourneyNode, NodeKind, NoteNode, PersonaNode, Position } from './journey';

/** A short random id with a readable prefix (`persona-k3x9a2`). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += (b % 36).toString(36);
  return `${prefix}-${s}`;
}

export const KIND_LABELS: Record<NodeKind, string> = {
  persona: 'Persona',
  event: 'Event',
  decision: 'Decision',
  action: 'Action',
  note: 'Note',
};

/** A new node of the given kind at a position, named so the user sees what to fill in. */
export function createNode(kind: NodeKind, position: Position, id: string = newId(kind)): JourneyNode {
  switch (kind) {
    case 'persona':
      return { id, kind, position, name: 'New persona', description: '', segment: '', attributes: {}, preferredChannel: null, share: 0 } satisfies PersonaNode;
    case 'event':
      return { id, kind, position, name: 'New event', eventKey: 'new_event', channel: 'any', description: '', timer: null } satisfies EventNode;
    case 'decision':
      return { id, kind, position, name: 'New decision', description: '', mode: 'rules' } satisfies DecisionNode;
    case 'action':
      return { id, kind, position, name: 'New action', description: '', channel: null, cost: 0, satisfactionEffect: 0, outcome: 'none' } satisfies ActionNode;
    case 'note':
      return { id, kind, position, text: '', color: 'yellow' } satisfies NoteNode;
  }
}

/**
 * A new edge. Edges out of a decision are branches: the first one out of a rules
 * decision becomes its otherwise branch, later ones get an empty condition to fill in.
 */
export function createEdge(journey: Journey, source: string, target: string, id: string = newId('edge')): JourneyEdge {
  const sourceNode = journey.nodes.find((n) => n.id === source);
  if (sourceNode?.kind !== 'decision') return { id, source, target, branch: null, likelihood: null };
  const siblings = journey.edges.filter((e) => e.source === source);
  if (sourceNode.mode === 'split') {
    return { id, source, target, likelihood: null, branch: { label: `Variant ${String.fromCharCode(65 + siblings.length)}`, otherwise: false, condition: null, percent: 0 } };
  }
  const hasOtherwise = siblings.some((e) => e.branch?.otherwise);
  return {
    id,
    source,
    target,
    likelihood: null,
    branch: hasOtherwise
      ? { label: `Branch ${siblings.length + 1}`, otherwise: false, condition: { '==': [{ var: 'persona.segment' }, ''] }, percent: null }
      : { label: 'Otherwise', otherwise: true, condition: null, percent: null },
  };
}

/** An empty journey. */
export function createJourney(name = 'Untitled journey', id: string = newId('journey')): Journey {
  return { id, name, description: '', nodes: [], edges: [], staticRoute: [], stops: [] };
}
