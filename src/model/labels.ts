/**
 * The words a card and a connection show — its facts, its timer, its branch label — in one place
 * for the canvas and the exported picture, so both say the same thing.
 */
import { conditionToText } from './conditions';
import { CHANNEL_LABELS, type ActionNode, type DecisionNode, type EventNode, type JourneyEdge, type PersonaNode } from './journey';

/** The words shown on an edge: a branch's label and condition, or an action → event likelihood. */
export function edgeLabel(edge: JourneyEdge): string {
  if (edge.branch) {
    const b = edge.branch;
    if (b.percent !== null) return `${b.label ? `${b.label} · ` : ''}${b.percent}%`;
    if (b.otherwise) return b.label || 'Otherwise';
    const text = b.condition === null ? '(no condition)' : conditionToText(b.condition);
    return b.label ? `${b.label}: ${text}` : text;
  }
  if (edge.likelihood !== null) return `${Math.round(edge.likelihood * 100)}%`;
  return '';
}

/** A timer's wait in the largest whole unit: "2 d", "3 h", "45 min". */
export function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

/** The facts a persona's card shows under its name: its share and segment, and its preferred channel. */
export function personaFacts(node: PersonaNode): string[] {
  const facts = [`${node.share}% of customers${node.segment ? ` · ${node.segment}` : ''}`];
  if (node.preferredChannel) facts.push(`Prefers ${CHANNEL_LABELS[node.preferredChannel]}`);
  return facts;
}

/** The channel an event's card names beside its key. */
export function eventChannelFact(node: EventNode): string {
  return node.channel === 'any' ? 'any channel' : CHANNEL_LABELS[node.channel];
}

/** A decision's fact: how it picks, and how many branches leave it ("Rules · 3 branches"). */
export function decisionFact(node: DecisionNode, branchCount: number): string {
  return `${node.mode === 'split' ? 'Split' : 'Rules'} · ${branchCount} branch${branchCount === 1 ? '' : 'es'}`;
}

/** An action's fact: its channel and cost ("Email · cost 2"). */
export function actionFact(node: ActionNode): string {
  return `${node.channel ? CHANNEL_LABELS[node.channel] : 'No channel'} · cost ${node.cost}`;
}
