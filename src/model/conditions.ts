/**
 * Decision conditions: stored as JsonLogic (portable, executable outside this app),
 * shown and typed as CEL-style text (`persona.tier == "gold" && event.value > 100`).
 * Text ↔ JsonLogic conversion uses react-querybuilder's framework-free core.
 */
import jsonLogic from 'json-logic-js';
import { formatQuery } from '@react-querybuilder/core/formatQuery';
import { parseCEL } from '@react-querybuilder/core/parseCEL';
import { parseJsonLogic } from '@react-querybuilder/core/parseJsonLogic';
import type { JsonLogicRule } from './journey';

/** What a condition can read: the customer's persona, the event that just happened, and the journey context. */
export interface ConditionData {
  persona: Record<string, unknown>;
  event: Record<string, unknown>;
  context: Record<string, unknown>;
}

/** Built-in fields every condition may reference, besides a persona's own attributes. */
export const PERSONA_FIELDS = ['name', 'segment', 'preferredChannel', 'share'] as const;
export const EVENT_FIELDS = ['key', 'channel', 'value', 'sentiment'] as const;
export const CONTEXT_FIELDS = [
  'actionCount',
  'contactCount',
  'hoursSinceLastContact',
  'lastActionChannel',
  'totalCost',
  'satisfaction',
] as const;

const KNOWN_OPERATORS = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'map', 'filter', 'reduce',
  'all', 'none', 'some', 'merge', 'in', 'cat', 'substr', 'log',
]);

export type ConditionCheck = { ok: true } | { ok: false; message: string };

/** Checks a JsonLogic rule only uses operators json-logic-js knows, and `var`s with a string path. */
export function checkCondition(rule: JsonLogicRule): ConditionCheck {
  const problem = findRuleProblem(rule, 'condition');
  return problem ? { ok: false, message: problem } : { ok: true };
}

function findRuleProblem(rule: unknown, path: string): string | null {
  if (rule === null || typeof rule !== 'object') return null;
  if (Array.isArray(rule)) {
    for (let i = 0; i < rule.length; i++) {
      const p = findRuleProblem(rule[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  const keys = Object.keys(rule);
  if (keys.length !== 1) return `${path}: an operation must have exactly one operator, found ${keys.length}`;
  const op = keys[0]!;
  if (!KNOWN_OPERATORS.has(op)) return `${path}: unknown operator "${op}"`;
  const args = (rule as Record<string, unknown>)[op];
  if (op === 'var') {
    const name = Array.isArray(args) ? args[0] : args;
    if (typeof name !== 'string' && typeof name !== 'number') return `${path}: "var" needs a field name`;
    return null;
  }
  return findRuleProblem(args, `${path}.${op}`);
}

/** Every field path a rule reads, e.g. `persona.tier`, `event.value`. */
export function conditionVariables(rule: JsonLogicRule): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    for (const [op, args] of Object.entries(node)) {
      if (op === 'var') {
        const name = Array.isArray(args) ? args[0] : args;
        if (typeof name === 'string' && name !== '') found.add(name);
      } else {
        walk(args);
      }
    }
  };
  walk(rule);
  return [...found];
}

/** Evaluates a rule against the data with json-logic-js, the reference implementation. */
export function evaluateCondition(rule: JsonLogicRule, data: ConditionData): boolean {
  return jsonLogic.truthy(jsonLogic.apply(rule as never, data));
}

export type ParsedCondition = { ok: true; rule: JsonLogicRule } | { ok: false; message: string };

/** Parses CEL-style condition text into JsonLogic, or says why it cannot. */
export function parseConditionText(text: string): ParsedCondition {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'The condition is empty.' };
  if (trimmed.startsWith('{')) {
    // Power users may paste JsonLogic itself.
    let rule: unknown;
    try {
      rule = JSON.parse(trimmed);
    } catch {
      return { ok: false, message: 'This looks like JsonLogic but is not valid JSON.' };
    }
    const check = checkCondition(rule as JsonLogicRule);
    return check.ok ? { ok: true, rule: rule as JsonLogicRule } : check;
  }
  const query = parseCEL(trimmed);
  if (query.rules.length === 0) {
    return {
      ok: false,
      message: 'Could not read this condition. Write it like: persona.tier == "gold" && event.value > 100',
    };
  }
  const rule = formatQuery(query, 'jsonlogic') as JsonLogicRule;
  if (rule === false || rule === null) return { ok: false, message: 'The condition has no rule in it.' };
  return { ok: true, rule };
}

/** The condition as CEL-style text, for the canvas and the inspector's text view. */
export function conditionToText(rule: JsonLogicRule): string {
  if (rule === true) return 'true';
  if (rule === false) return 'false';
  try {
    const query = parseJsonLogic(rule as never);
    if (query.rules.length > 0) return formatQuery(query, 'cel');
  } catch {
    // fall through to the JSON form
  }
  return JSON.stringify(rule);
}
