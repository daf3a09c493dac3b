/**
 * Between react-querybuilder's query trees (what the text parser and the visual builder
 * produce) and the conditions we store: standard JsonLogic only. react-querybuilder's own
 * JsonLogic export writes `startsWith` / `endsWith`, which no other JsonLogic engine knows;
 * here "begins with" / "ends with" are written with `substr` (condition-operators.ts) and
 * read back as the builder's operators. Pure, framework-free (@react-querybuilder/core);
 * loaded only when a condition is typed or built.
 */
import type { RuleGroupType, RuleProcessor } from '@react-querybuilder/core';
import { defaultRuleProcessorJsonLogic, formatQuery } from '@react-querybuilder/core/formatQuery';
import { parseJsonLogic } from '@react-querybuilder/core/parseJsonLogic';
import { BUILDER_OPERATORS, endsWithRule, readAffixRule, startsWithRule, type Rule } from './condition-operators';
import { checkCondition } from './conditions';

const OFFERED: ReadonlySet<string> = new Set(BUILDER_OPERATORS.map((o) => o.name.toLowerCase()));

const AFFIXES: Record<string, { write: (field: Rule, text: string) => Rule; negated: boolean }> = {
  beginswith: { write: startsWithRule, negated: false },
  doesnotbeginwith: { write: startsWithRule, negated: true },
  endswith: { write: endsWithRule, negated: false },
  doesnotendwith: { write: endsWithRule, negated: true },
};

/** Each builder rule as standard JsonLogic; an operator we do not offer is not written at all. */
const ruleProcessor: RuleProcessor = (rule, options) => {
  const op = String(rule.operator ?? '').toLowerCase();
  const affix = AFFIXES[op];
  if (affix) {
    // Comparing with another field's value would need a length operation JsonLogic lacks.
    if (rule.valueSource === 'field' || (rule.value !== null && typeof rule.value === 'object')) return false;
    const written = affix.write({ var: rule.field }, String(rule.value ?? ''));
    return affix.negated ? { '!': written } : written;
  }
  if (!OFFERED.has(op)) return false;
  return defaultRuleProcessorJsonLogic(rule, options);
};

/** A query tree as a stored condition (standard JsonLogic), or null when it holds no rule. */
export function queryToCondition(query: RuleGroupType): Rule | null {
  const rule = formatQuery(query, { format: 'jsonlogic', ruleProcessor }) as Rule | false;
  if (rule === false || rule === null) return null;
  // A guard, not a path: everything above writes only operators of the one list.
  if (!checkCondition(rule).ok) return null;
  return rule;
}

/**
 * A stored condition as a query tree for the visual builder, or null when the builder cannot
 * show it exactly (arithmetic, `if`, a literal on the left, …) — editing it there would lose
 * part of it, so it stays a text-only condition.
 */
export function conditionToQuery(rule: Rule): RuleGroupType | null {
  const query = parseJsonLogic(toBuilderDialect(rule) as never, { listsAsArrays: true });
  const back = queryToCondition(query);
  return back !== null && sameCondition(back, rule) ? query : null;
}

/** The same condition up to the `{"and": [x]}` wrappers the parser and the builder add and drop. */
export function sameCondition(a: Rule, b: Rule): boolean {
  return sameRule(flatten(a), flatten(b));
}

/** Our `substr` forms of begins/ends with, as the `startsWith`/`endsWith` parseJsonLogic reads. */
function toBuilderDialect(rule: Rule): Rule {
  if (rule === null || typeof rule !== 'object') return rule;
  if (Array.isArray(rule)) return rule.map(toBuilderDialect);
  const affix = readAffixRule(rule);
  if (affix && isVar(affix.field)) return { [affix.kind]: [affix.field, affix.text] };
  return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, toBuilderDialect(v)]));
}

const isVar = (x: unknown): boolean => x !== null && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 1 && typeof (x as { var?: unknown }).var === 'string';

/** `{"and": [x]}` and `{"or": [x]}` are x (JsonLogic returns x itself): the builder adds and drops them. */
function flatten(rule: Rule): Rule {
  if (rule === null || typeof rule !== 'object') return rule;
  if (Array.isArray(rule)) return rule.map(flatten);
  const keys = Object.keys(rule);
  if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) {
    const args = rule[keys[0]!];
    if (Array.isArray(args) && args.length === 1) return flatten(args[0]!);
  }
  return Object.fromEntries(keys.map((k) => [k, flatten(rule[k]!)]));
}

function sameRule(a: Rule, b: Rule): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameRule(x, b[i]!));
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameRule(a[k]!, b[k]!));
}
