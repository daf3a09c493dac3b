/**
 * Decision conditions: stored as standard JsonLogic (portable, executable in any JsonLogic
 * engine — the operators are in condition-operators.ts), shown and typed as CEL-style text
 * (`persona.tier == "gold" && event.value > 100`, `persona.name.startsWith("Deal")`).
 * Reading text is in condition-parse.ts (react-querybuilder's parser, loaded only when a
 * condition is typed); writing text is a small printer here, because every edge label needs it.
 */
import jsonLogic from 'json-logic-js';
import { isJsonLogicOperator, isLegacyOperator, readAffixRule } from './condition-operators';
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

export type ConditionCheck = { ok: true } | { ok: false; message: string };

/** Checks a rule uses only standard JsonLogic operations (JSONLOGIC_OPERATORS), each alone in its object, and `var`s with a field name. */
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
  if (!isJsonLogicOperator(op)) {
    // What is left of an older app's startsWith/endsWith after the importer rewrote what it could.
    if (isLegacyOperator(op)) return `${path}: "${op}" is not standard JsonLogic and compares with something other than text in quotes, so it could not be rewritten — write it with "substr"`;
    return `${path}: unknown operator "${op}"`;
  }
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
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) {
    const items = value.map(literal);
    return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
  }
  return null;
}

/**
 * A string as the text parser reads it back. That parser takes no escapes (`\"` and `\n` stay as
 * typed), so text holding a backslash or a control character, or both kinds of quote, has no
 * text form: the condition is then shown as JSON, which reads back exactly.
 */
function quoted(text: string): string | null {
  if (/[\\\u0000-\u001f\u007f]/.test(text)) return null;
  if (!text.includes('"')) return `"${text}"`;
  return text.includes("'") ? null : `'${text}'`;
}

function varName(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const name = (value as { var: unknown }).var;
  return typeof name === 'string' && name !== '' ? name : null;
}

const operand = (value: unknown): string | null => varName(value) ?? literal(value);

/** `{"and": [x]}` / `{"or": [x]}` → x, however deep. */
function unwrapSingle(rule: unknown): unknown {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return rule;
  const keys = Object.keys(rule);
  const args = (rule as Record<string, unknown>)[keys[0]!];
  return keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or') && Array.isArray(args) && args.length === 1 ? unwrapSingle(args[0]) : rule;
}

function isOrderComparison(rule: unknown): boolean {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return false;
  const keys = Object.keys(rule);
  const args = (rule as Record<string, unknown>)[keys[0]!];
  return keys.length === 1 && ['<', '>', '<=', '>='].includes(keys[0]!) && Array.isArray(args) && args.length === 2;
}

/** Prints the JsonLogic subset the condition builder writes, in the CEL dialect its parser reads. */
function printRule(rule: unknown, nested: boolean): string | null {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return literal(rule);
  const keys = Object.keys(rule);
  if (keys.length !== 1) return null;
  const op = keys[0]!;
  const args = (rule as Record<string, unknown>)[op];
  const list = Array.isArray(args) ? args : [args];
  const affix = readAffixRule(rule);
  if (affix) {
    const field = varName(affix.field);
    const text = quoted(affix.text);
    return field === null || text === null ? null : `${field}.${affix.kind}(${text})`;
  }
  const comparison = COMPARISONS[op];
  if ((op === '<=' || op === '<') && list.length === 3) {
    // The builder's "between": low <= field <= high, as the two comparisons the parser reads.
    const [low, field, high] = [literal(list[0]), varName(list[1]), literal(list[2])];
    if (low === null || field === null || high === null) return null;
    const text = `${field} ${op === '<=' ? '>=' : '>'} ${low} && ${field} ${op} ${high}`;
    return nested ? `(${text})` : text;
  }
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
    const text = typeof list[0] === 'string' ? quoted(list[0]) : null;
    return container !== null && text !== null ? `${container}.contains(${text})` : null;
  }
  if ((op === 'and' || op === 'or') && list.length > 0) {
    // One part alone is that part (the parser wraps every condition in {"and": [...]}).
    if (list.length === 1) return printRule(list[0], nested);
    const parts = list.map((part) => printRule(part, true));
    if (parts.some((p) => p === null)) return null;
    const joined = parts.join(op === 'and' ? ' && ' : ' || ');
    return nested ? `(${joined})` : joined;
  }
  if (op === '!' && list.length === 1) {
    // The parser reads `!(a < b)` as `a >= b`, which decides differently when a is not a number:
    // a negated order comparison has no exact text form.
    if (isOrderComparison(unwrapSingle(list[0]))) return null;
    const inner = printRule(list[0], true);
    if (inner === null) return null;
    return inner.startsWith('(') && inner.endsWith(')') ? `!${inner}` : `!(${inner})`;
  }
  return null;
}
