/**
 * Decision conditions: stored as JsonLogic (portable, executable outside this app),
 * shown and typed as CEL-style text (`persona.tier == "gold" && event.value > 100`).
 * Reading text is in condition-parse.ts (react-querybuilder's parser, loaded only when a
 * condition is typed); writing text is a small printer here, because every edge label needs it.
 */
import jsonLogic from 'json-logic-js';
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

/** The condition as CEL-style text, for the canvas and the inspector's text view; JSON when it has no text form. */
export function conditionToText(rule: JsonLogicRule): string {
  return printRule(rule, false) ?? JSON.stringify(rule);
}

const COMPARISONS: Record<string, string> = { '==': '==', '===': '==', '!=': '!=', '!==': '!=', '<': '<', '>': '>', '<=': '<=', '>=': '>=' };

function literal(value: unknown): string | null {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) {
    const items = value.map(literal);
    return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
  }
  return null;
}

function varName(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const name = (value as { var: unknown }).var;
  return typeof name === 'string' && name !== '' ? name : null;
}

const operand = (value: unknown): string | null => varName(value) ?? literal(value);

/** Prints the JsonLogic subset the condition builder writes, in the CEL dialect its parser reads. */
function printRule(rule: unknown, nested: boolean): string | null {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return literal(rule);
  const keys = Object.keys(rule);
  if (keys.length !== 1) return null;
  const op = keys[0]!;
  const args = (rule as Record<string, unknown>)[op];
  const list = Array.isArray(args) ? args : [args];
  const comparison = COMPARISONS[op];
  if (comparison && list.length === 2) {
    const [a, b] = [operand(list[0]), operand(list[1])];
    return a !== null && b !== null ? `${a} ${comparison} ${b}` : null;
  }
  if (op === 'in' && list.length === 2) {
    const field = operand(list[0]);
    if (Array.isArray(list[1]) && field !== null) {
      const values = literal(list[1]);
      return values === null ? null : `${field} in ${values}`;
    }
    const container = varName(list[1]);
    return container !== null && typeof list[0] === 'string' ? `${container}.contains(${JSON.stringify(list[0])})` : null;
  }
  if ((op === 'and' || op === 'or') && list.length > 0) {
    const parts = list.map((part) => printRule(part, true));
    if (parts.some((p) => p === null)) return null;
    if (parts.length === 1) return parts[0]!;
    const joined = parts.join(op === 'and' ? ' && ' : ' || ');
    return nested ? `(${joined})` : joined;
  }
  if (op === '!' && list.length === 1) {
    const inner = printRule(list[0], true);
    if (inner === null) return null;
    return inner.startsWith('(') && inner.endsWith(')') ? `!${inner}` : `!(${inner})`;
  }
  return null;
}
