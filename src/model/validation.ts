/**
 * Validation: what a CX strategist should fix before a journey can be simulated or shared.
 * Each rule is a small pure function over one shared index of the journey. The list comes
 * back errors first, then in rule order, then in journey order, with ids that stay stable
 * between edits so the UI can key its lists and badges by them.
 */
import { CONTEXT_FIELDS, EVENT_FIELDS, PERSONA_FIELDS, checkCondition, conditionVariables } from './conditions';
import { ALLOWED_TARGETS } from './grammar';
import { nodeLabel, type DecisionNode, type Journey, type JourneyEdge, type JourneyNode, type NodeKind } from './journey';
import { orderRoute } from './route';

/** Every rule, in the order its problems are listed. */
export const VALIDATION_RULES = [
  'grammar',
  'decision-mode',
  'otherwise',
  'split',
  'condition',
  'dead-end-event',
  'action-channel',
  'no-goal',
  'static-route',
  'unreachable',
  'persona-share',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

export interface Problem {
  /** Stable between edits, e.g. `action-channel:action-sms`; unique within one result. */
  id: string;
  severity: 'error' | 'warning';
  rule: ValidationRule;
  message: string;
  nodeId?: string;
  edgeId?: string;
}

/** Everything wrong with the journey, errors first; an empty canvas has nothing to report. */
export function validateJourney(journey: Journey): Problem[] {
  if (journey.nodes.length === 0) return [];
  const ix = indexJourney(journey);
  const problems = VALIDATION_RULES.flatMap((rule) => RULES[rule](ix));
  // Array.prototype.sort is stable, so rule order and journey order survive within each severity.
  problems.sort((a, b) => severityRank(a) - severityRank(b));
  return withUniqueIds(problems);
}

// ---------------------------------------------------------------------------
// Shared index, built once per validation

interface JourneyIndex {
  journey: Journey;
  nodes: ReadonlyMap<string, JourneyNode>;
  /** Outgoing edges of each node, in `journey.edges` order — which is branch order. */
  outgoing: ReadonlyMap<string, readonly JourneyEdge[]>;
  /** Nodes reachable from any persona, personas included. */
  reachable: ReadonlySet<string>;
  decisions: readonly DecisionNode[];
}

function indexJourney(journey: Journey): JourneyIndex {
  const nodes = new Map(journey.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, JourneyEdge[]>();
  for (const edge of journey.edges) {
    const list = outgoing.get(edge.source);
    if (list) list.push(edge);
    else outgoing.set(edge.source, [edge]);
  }
  const reachable = new Set<string>();
  const stack = journey.nodes.filter((n) => n.kind === 'persona').map((n) => n.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reachable.has(id) || !nodes.has(id)) continue;
    reachable.add(id);
    for (const edge of outgoing.get(id) ?? []) stack.push(edge.target);
  }
  const decisions = journey.nodes.filter((n): n is DecisionNode => n.kind === 'decision');
  return { journey, nodes, outgoing, reachable, decisions };
}

type Where = { nodeId?: string; edgeId?: string };

function problem(rule: ValidationRule, severity: Problem['severity'], message: string, where: Where = {}, detail?: string): Problem {
  // An edge is the more precise subject: a decision may have several faulty branches.
  const subject = where.edgeId ?? where.nodeId ?? '';
  const p: Problem = { id: detail ? `${rule}:${subject}:${detail}` : `${rule}:${subject}`, severity, rule, message };
  if (where.nodeId !== undefined) p.nodeId = where.nodeId;
  if (where.edgeId !== undefined) p.edgeId = where.edgeId;
  return p;
}

const error = (rule: ValidationRule, message: string, where?: Where, detail?: string) => problem(rule, 'error', message, where, detail);
const warning = (rule: ValidationRule, message: string, where?: Where, detail?: string) => problem(rule, 'warning', message, where, detail);

function severityRank(p: Problem): number {
  return p.severity === 'error' ? 0 : 1;
}

/** Rules give one problem per subject; this guard keeps React keys unique even if two ever collide. */
function withUniqueIds(problems: Problem[]): Problem[] {
  const seen = new Map<string, number>();
  return problems.map((p) => {
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    return n === 1 ? p : { ...p, id: `${p.id}#${n}` };
  });
}

// ---------------------------------------------------------------------------
// Wording

const quoted = (node: JourneyNode): string => `"${nodeLabel(node)}"`;

function nameOf(ix: JourneyIndex, id: string): string {
  const node = ix.nodes.get(id);
  return node ? quoted(node) : 'a missing node';
}

/** `Branch "SMS" of "Reminder channel?"`, or by its target when the branch has no label. */
function branchPhrase(ix: JourneyIndex, edge: JourneyEdge, decision: DecisionNode): string {
  const label = edge.branch?.label.trim();
  return label ? `Branch "${label}" of ${quoted(decision)}` : `The branch of ${quoted(decision)} to ${nameOf(ix, edge.target)}`;
}

const withArticle = (kind: NodeKind): string => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function formatPercent(n: number): string {
  return `${Number(n.toFixed(2))}%`;
}

const PERCENT_TOLERANCE = 1e-9;

// ---------------------------------------------------------------------------
// Rules

type Rule = (ix: JourneyIndex) => Problem[];

/** Edges follow the grammar, replayed in drawing order: what the canvas would refuse now, it reports here. */
function grammarRule(ix: JourneyIndex): Problem[] {
  const out: Problem[] = [];
  const connected = new Map<string, Set<string>>();
  const nextDecisions = new Map<string, string[]>();
  const decisionReaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(nextDecisions.get(id) ?? []));
    }
    return false;
  };

  for (const edge of ix.journey.edges) {
    const source = ix.nodes.get(edge.source);
    const target = ix.nodes.get(edge.target);
    const where = { edgeId: edge.id };
    if (!source || !target) {
      const message = source
        ? `A connection from ${quoted(source)} leads to a node that no longer exists.`
        : target
          ? `A connection into ${quoted(target)} comes from a node that no longer exists.`
          : 'A connection joins two nodes that no longer exist.';
      out.push(error('grammar', message, where));
      continue;
    }
    if (source.id === target.id) {
      out.push(error('grammar', `${quoted(source)} is connected to itself.`, { ...where, nodeId: source.id }));
      continue;
    }
    const allowed = ALLOWED_TARGETS[source.kind];
    if (!allowed.includes(target.kind)) {
      const rule = allowed.length === 0 ? 'notes cannot be connected' : `${withArticle(source.kind)} can only lead to ${orList(allowed.map(withArticle))}`;
      out.push(error('grammar', `${quoted(source)} cannot lead to ${quoted(target)}: ${rule}.`, { ...where, nodeId: source.id }));
      continue;
    }
    const targets = connected.get(source.id) ?? new Set<string>();
    if (targets.has(target.id)) {
      out.push(error('grammar', `${quoted(source)} is connected to ${quoted(target)} more than once.`, { ...where, nodeId: source.id }));
      continue;
    }
    targets.add(target.id);
    connected.set(source.id, targets);
    if (source.kind === 'decision' && target.kind === 'decision') {
      // A loop of decisions alone would make a customer decide forever without anything happening.
      if (decisionReaches(target.id, source.id)) {
        const message = `${quoted(source)} and ${quoted(target)} form a loop of decisions with no action between them.`;
        out.push(error('grammar', message, { ...where, nodeId: source.id }));
        continue;
      }
      nextDecisions.set(source.id, [...(nextDecisions.get(source.id) ?? []), target.id]);
    }
  }
  return out;
}

/** Every edge out of a decision is a branch, and rules branches carry no percentage. */
function decisionModeRule(ix: JourneyIndex): Problem[] {
  const out: Problem[] = [];
  for (const decision of ix.decisions) {
    for (const edge of ix.outgoing.get(decision.id) ?? []) {
      const where = { nodeId: decision.id, edgeId: edge.id };
      if (edge.branch === null) {
        out.push(error('decision-mode', `The connection from ${quoted(decision)} to ${nameOf(ix, edge.target)} is not set up as a branch.`, where));
      } else if (decision.mode === 'rules' && edge.branch.percent !== null) {
        out.push(error('decision-mode', `${branchPhrase(ix, edge, decision)} has a percentage, but ${quoted(decision)} chooses by rules, not by split.`, where));
      }
    }
  }
  return out;
}

/** A decision needs branches, and a rules decision exactly one otherwise branch for customers no rule matches. */
function otherwiseRule(ix: JourneyIndex): Problem[] {
  const out: Problem[] = [];
  for (const decision of ix.decisions) {
    const branches = ix.outgoing.get(decision.id) ?? [];
    const where = { nodeId: decision.id };
    if (branches.length === 0) {
      out.push(error('otherwise', `${quoted(decision)} has no branches. Connect it to what should happen next.`, where));
      continue;
    }
    if (decision.mode !== 'rules') continue;
    const count = branches.filter((e) => e.branch?.otherwise).length;
    if (count === 0) {
      out.push(error('otherwise', `${quoted(decision)} has no otherwise branch for customers who match none of its rules.`, where));
    } else if (count > 1) {
      out.push(error('otherwise', `${quoted(decision)} has ${count} otherwise branches; keep exactly one.`, where));
    }
  }
  return out;
}

/** A split decision gives every branch a percentage, and the percentages add up to 100. */
function splitRule(ix: JourneyIndex): Problem[] {
  const out: Problem[] = [];
  for (const decision of ix.decisions) {
    if (decision.mode !== 'split') continue;
    const edges = ix.outgoing.get(decision.id) ?? [];
    let complete = true;
    let sum = 0;
    for (const edge of edges) {
      // An edge with no branch at all is reported by the decision-mode rule.
      if (edge.branch === null) {
        complete = false;
      } else if (edge.branch.percent === null) {
        complete = false;
        out.push(error('split', `${branchPhrase(ix, edge, decision)} has no percentage.`, { nodeId: decision.id, edgeId: edge.id }));
      } else {
        sum += edge.branch.percent;
      }
    }
    if (complete && edges.length > 0 && Math.abs(sum - 100) > PERCENT_TOLERANCE) {
      out.push(error('split', `The branches of ${quoted(decision)} add up to ${formatPercent(sum)}, not 100%.`, { nodeId: decision.id }));
    }
  }
  return out;
}

/** Each rules branch has a condition that runs and only reads fields the journey knows. */
function conditionRule(ix: JourneyIndex): Problem[] {
  const personaFields = new Set<string>(PERSONA_FIELDS);
  for (const node of ix.journey.nodes) {
    if (node.kind === 'persona') for (const key of Object.keys(node.attributes)) personaFields.add(key);
  }
  const out: Problem[] = [];
  for (const decision of ix.decisions) {
    if (decision.mode !== 'rules') continue;
    for (const edge of ix.outgoing.get(decision.id) ?? []) {
      if (edge.branch === null || edge.branch.otherwise) continue;
      const where = { nodeId: decision.id, edgeId: edge.id };
      const branch = branchPhrase(ix, edge, decision);
      const rule = edge.branch.condition;
      if (rule === null || rule === undefined) {
        out.push(error('condition', `${branch} has no condition.`, where));
        continue;
      }
      const check = checkCondition(rule);
      if (!check.ok) {
        out.push(error('condition', `${branch} has a condition that cannot run (${check.message}).`, where));
        continue;
      }
      for (const variable of conditionVariables(rule)) {
        const found = fieldProblem(variable, personaFields);
        if (found) out.push(problem('condition', found.severity, `${branch} ${found.text}`, where, variable));
      }
    }
  }
  return out;
}

function fieldProblem(variable: string, personaFields: ReadonlySet<string>): { severity: Problem['severity']; text: string } | null {
  const dot = variable.indexOf('.');
  const root = dot < 0 ? variable : variable.slice(0, dot);
  const field = dot < 0 ? '' : variable.slice(dot + 1);
  switch (root) {
    case 'persona':
      return personaFields.has(field) ? null : { severity: 'error', text: `reads ${variable}, which no persona has.` };
    case 'event':
      // Events in interaction logs may carry free attributes, so an unknown field is only suspicious.
      return (EVENT_FIELDS as readonly string[]).includes(field)
        ? null
        : { severity: 'warning', text: `reads ${variable}, which is not a standard event field; check your events carry it.` };
    case 'context':
      return (CONTEXT_FIELDS as readonly string[]).includes(field)
        ? null
        : { severity: 'warning', text: `reads ${variable}, which is not a journey context field.` };
    default:
      return { severity: 'error', text: `reads "${variable}"; conditions can only read persona.*, event.* and context.* fields.` };
  }
}

/** An event must lead somewhere: a decision or an action. */
function deadEndEventRule(ix: JourneyIndex): Problem[] {
  return ix.journey.nodes
    .filter((n) => n.kind === 'event' && (ix.outgoing.get(n.id)?.length ?? 0) === 0)
    .map((n) => error('dead-end-event', `Nothing happens after ${quoted(n)}. Connect it to a decision or an action.`, { nodeId: n.id }));
}

/** Every action says which channel the brand uses. */
function actionChannelRule(ix: JourneyIndex): Problem[] {
  return ix.journey.nodes
    .filter((n) => n.kind === 'action' && n.channel === null)
    .map((n) => error('action-channel', `${quoted(n)} has no channel.`, { nodeId: n.id }));
}

/** Some persona can reach a goal action. */
function noGoalRule(ix: JourneyIndex): Problem[] {
  const goals = ix.journey.nodes.filter((n) => n.kind === 'action' && n.outcome === 'goal');
  if (goals.some((g) => ix.reachable.has(g.id))) return [];
  const message =
    goals.length === 0
      ? 'The journey has no goal. Mark the action that means success (such as "Order confirmed") as a goal.'
      : 'No persona can reach a goal. Connect the journey through to a goal action.';
  return [error('no-goal', message)];
}

/** The static route is marked, in order, from an event or persona to a goal action. */
function staticRouteRule(ix: JourneyIndex): Problem[] {
  const { journey } = ix;
  if (journey.staticRoute.length === 0) {
    const hasPersona = journey.nodes.some((n) => n.kind === 'persona');
    return hasPersona ? [warning('static-route', 'No static route is marked yet. Mark the path a static journey follows, from its first event to its goal.')] : [];
  }
  const ordered = orderRoute(journey, journey.staticRoute);
  if (!ordered.ok) return [error('static-route', `The static route is broken. ${ordered.reason}`)];
  const out: Problem[] = [];
  const route = ordered.route;
  if (route.length !== journey.staticRoute.length || route.some((id, i) => journey.staticRoute[i] !== id)) {
    out.push(error('static-route', 'The static route is stored out of order or repeats a connection. Mark it again.'));
  }
  const edges = new Map(journey.edges.map((e) => [e.id, e]));
  const startId = edges.get(route[0]!)!.source;
  const endId = edges.get(route[route.length - 1]!)!.target;
  const start = ix.nodes.get(startId);
  const end = ix.nodes.get(endId);
  if (start?.kind !== 'event' && start?.kind !== 'persona') {
    const what = start ? `${quoted(start)}, ${withArticle(start.kind)}` : 'a node that no longer exists';
    out.push(error('static-route', `The static route starts at ${what}; it should start at an event or a persona.`, { nodeId: startId }));
  }
  if (end?.kind !== 'action' || end.outcome !== 'goal') {
    const what = end ? `${quoted(end)}, which is not a goal action` : 'a node that no longer exists';
    out.push(error('static-route', `The static route ends at ${what}; it should end at a goal.`, { nodeId: endId }));
  }
  return out;
}

/** Every element can be reached from some persona; notes stand apart. */
function unreachableRule(ix: JourneyIndex): Problem[] {
  return ix.journey.nodes
    .filter((n) => n.kind !== 'note' && !ix.reachable.has(n.id))
    .map((n) => warning('unreachable', `${quoted(n)} cannot be reached from any persona.`, { nodeId: n.id }));
}

/** Persona shares describe the whole population, so they add up to 100%. */
function personaShareRule(ix: JourneyIndex): Problem[] {
  const personas = ix.journey.nodes.filter((n) => n.kind === 'persona');
  if (personas.length === 0) return [];
  const sum = personas.reduce((total, p) => total + p.share, 0);
  if (Math.abs(sum - 100) <= PERCENT_TOLERANCE) return [];
  return [warning('persona-share', `Persona shares add up to ${formatPercent(sum)}, not 100%.`)];
}

/** One function per rule; listed in VALIDATION_RULES order. */
const RULES: Record<ValidationRule, Rule> = {
  grammar: grammarRule,
  'decision-mode': decisionModeRule,
  otherwise: otherwiseRule,
  split: splitRule,
  condition: conditionRule,
  'dead-end-event': deadEndEventRule,
  'action-channel': actionChannelRule,
  'no-goal': noGoalRule,
  'static-route': staticRouteRule,
  unreachable: unreachableRule,
  'persona-share': personaShareRule,
};
