/**
 * The one condition language of the app, defined once: the standard JsonLogic operations a
 * condition may use, and the operators the visual builder offers with the standard JsonLogic
 * each is written as. The text parser, the builder, validation, the importer, the simulator's
 * compiled evaluator, the published JSON Schema and docs/format.md all read these lists —
 * so a journey exported from here runs in any JsonLogic engine, with no custom operations.
 * Pure TypeScript, no dependencies (journey.ts imports it for the schema).
 */

/** Every operation of standard JsonLogic (jsonlogic.com, json-logic-js 2) the app accepts, in the docs' order. */
export const JSONLOGIC_OPERATORS = [
  'var', 'missing', 'missing_some',
  'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%',
  'map', 'filter', 'reduce', 'all', 'none', 'some', 'merge', 'in',
  'cat', 'substr', 'log',
] as const;
export type JsonLogicOperator = (typeof JSONLOGIC_OPERATORS)[number];

const OPERATOR_SET: ReadonlySet<string> = new Set(JSONLOGIC_OPERATORS);

/** True for an operation of standard JsonLogic the app accepts. */
export function isJsonLogicOperator(op: string): op is JsonLogicOperator {
  return OPERATOR_SET.has(op);
}

/**
 * What the visual builder offers: react-querybuilder's operator names, the words shown to the
 * user, how the text view writes it, and the standard JsonLogic it is stored as (the last two
 * for docs/format.md, whose table a test keeps equal to this list). react-querybuilder's
 * own "begins with" / "ends with" would write its non-standard `startsWith` / `endsWith`; ours
 * write `substr` (condition-query.ts), read back as `.startsWith("…")` text.
 */
export const BUILDER_OPERATORS = [
  { name: '=', label: '=', text: 'field == value', stored: '{"==": [field, value]}' },
  { name: '!=', label: '!=', text: 'field != value', stored: '{"!=": [field, value]}' },
  { name: '<', label: '<', text: 'field < value', stored: '{"<": [field, value]}' },
  { name: '>', label: '>', text: 'field > value', stored: '{">": [field, value]}' },
  { name: '<=', label: '<=', text: 'field <= value', stored: '{"<=": [field, value]}' },
  { name: '>=', label: '>=', text: 'field >= value', stored: '{">=": [field, value]}' },
  { name: 'contains', label: 'contains', text: 'field.contains("value")', stored: '{"in": [value, field]}' },
  { name: 'doesNotContain', label: 'does not contain', text: '!(field.contains("value"))', stored: '{"!": {"in": [value, field]}}' },
  { name: 'beginsWith', label: 'begins with', text: 'field.startsWith("value")', stored: '{"==": [{"substr": [field, 0, length]}, value]}' },
  { name: 'doesNotBeginWith', label: 'does not begin with', text: '!(field.startsWith("value"))', stored: '{"!": {"==": [{"substr": [field, 0, length]}, value]}}' },
  { name: 'endsWith', label: 'ends with', text: 'field.endsWith("value")', stored: '{"==": [{"substr": [field, -length]}, value]}' },
  { name: 'doesNotEndWith', label: 'does not end with', text: '!(field.endsWith("value"))', stored: '{"!": {"==": [{"substr": [field, -length]}, value]}}' },
  { name: 'null', label: 'is not set', text: 'field == null', stored: '{"==": [field, null]}' },
  { name: 'notNull', label: 'is set', text: 'field != null', stored: '{"!=": [field, null]}' },
  { name: 'in', label: 'is one of', text: 'field in [values]', stored: '{"in": [field, [values]]}' },
  { name: 'notIn', label: 'is not one of', text: '!(field in [values])', stored: '{"!": {"in": [field, [values]]}}' },
  { name: 'between', label: 'is between', text: 'field >= low && field <= high', stored: '{"<=": [low, field, high]}' },
  { name: 'notBetween', label: 'is not between', text: '!(field >= low && field <= high)', stored: '{"!": {"<=": [low, field, high]}}' },
] as const;
export type BuilderOperator = (typeof BUILDER_OPERATORS)[number]['name'];

/** A JSON value, as a condition is stored (journey.ts's JsonLogicRule). */
export type Rule = string | number | boolean | null | Rule[] | { [key: string]: Rule };

/**
 * "`field` starts with `text`" in standard JsonLogic: the first `text.length` characters of
 * the field, as text, equal `text` (`substr` reads any value as text: 12345 starts with "12";
 * a missing field reads as "null"). The empty text matches every value.
 */
export function startsWithRule(field: Rule, text: string): Rule {
  return { '==': [{ substr: [field, 0, text.length] }, text] };
}

/**
 * "`field` ends with `text`": its last `text.length` characters equal `text`. The empty text
 * matches every value, written as the empty prefix — `substr` from -0 would be the whole value.
 */
export function endsWithRule(field: Rule, text: string): Rule {
  if (text === '') return startsWithRule(field, '');
  return { '==': [{ substr: [field, -text.length] }, text] };
}

export interface AffixRule {
  kind: 'startsWith' | 'endsWith';
  field: Rule;
  text: string;
}

/** Recognises the two shapes above (so the text view prints `.startsWith("…")`); null for anything else. */
export function readAffixRule(rule: unknown): AffixRule | null {
  const eq = single(rule, '==');
  if (!Array.isArray(eq) || eq.length !== 2 || typeof eq[1] !== 'string') return null;
  const text = eq[1];
  const substr = single(eq[0], 'substr');
  if (!Array.isArray(substr)) return null;
  const [field, start, length] = substr as [Rule, unknown, unknown];
  if (substr.length === 3 && start === 0 && length === text.length) return { kind: 'startsWith', field, text };
  if (substr.length === 2 && text.length > 0 && start === -text.length) return { kind: 'endsWith', field, text };
  return null;
}

/** `{op: args}` → args, when `rule` is exactly a one-operator object with that operator. */
function single(rule: unknown, op: string): unknown {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  return keys.length === 1 && keys[0] === op ? (rule as Record<string, unknown>)[op] : undefined;
}

/**
 * The non-standard operations earlier versions of the app wrote (react-querybuilder's
 * `startsWith` / `endsWith`) and how each is written in standard JsonLogic.
 */
const LEGACY: Record<string, (field: Rule, text: string) => Rule> = { startsWith: startsWithRule, endsWith: endsWithRule };

/** True for an operation only earlier versions of the app wrote (`startsWith`, `endsWith`). */
export function isLegacyOperator(op: string): boolean {
  return Object.hasOwn(LEGACY, op);
}

/** Names of the legacy operations in a rule, e.g. `["startsWith"]`. */
export function legacyOperators(rule: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    for (const [op, args] of Object.entries(node)) {
      if (isLegacyOperator(op)) found.add(op);
      walk(args);
    }
  };
  walk(rule);
  return [...found];
}

/**
 * A rule with every legacy `{"startsWith": [field, "text"]}` / `{"endsWith": …}` rewritten as
 * standard JsonLogic; everything else as it was (the same object when nothing changed). A legacy
 * operation comparing with something other than a literal cannot be rewritten and stays, for
 * validation to report.
 */
export function standardiseCondition(rule: Rule): Rule {
  if (rule === null || typeof rule !== 'object') return rule;
  if (Array.isArray(rule)) {
    const items = rule.map(standardiseCondition);
    return items.some((x, i) => x !== rule[i]) ? items : rule;
  }
  const keys = Object.keys(rule);
  if (keys.length === 1 && isLegacyOperator(keys[0]!)) {
    const args = rule[keys[0]!];
    if (Array.isArray(args) && args.length === 2 && isLiteral(args[1])) {
      return LEGACY[keys[0]!]!(standardiseCondition(args[0]!), String(args[1]));
    }
  }
  let changed = false;
  const out: Record<string, Rule> = {};
  for (const k of keys) {
    out[k] = standardiseCondition(rule[k]!);
    if (out[k] !== rule[k]) changed = true;
  }
  return changed ? out : rule;
}

const isLiteral = (x: unknown): x is string | number | boolean | null => x === null || typeof x !== 'object';
