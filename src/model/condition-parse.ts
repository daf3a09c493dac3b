/**
 * Reading condition text: CEL-style text (`persona.tier == "gold" && event.value > 100`,
 * `persona.name.startsWith("Deal")`) or pasted JsonLogic, into standard JsonLogic. Uses
 * react-querybuilder's framework-free parser; the inspector loads this module only when a
 * condition is typed, to keep it out of the first load.
 */
import type { RuleGroupType } from '@react-querybuilder/core';
import { parseCEL } from '@react-querybuilder/core/parseCEL';
import { standardiseCondition, type Rule } from './condition-operators';
import { queryToCondition } from './condition-query';
import { checkCondition } from './conditions';
import type { JsonLogicRule } from './journey';

export type ParsedCondition = { ok: true; rule: JsonLogicRule } | { ok: false; message: string };

const EXAMPLE = 'persona.tier == "gold" && event.value > 100';

/** Parses CEL-style condition text into standard JsonLogic, or says why it cannot. */
export function parseConditionText(text: string): ParsedCondition {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'The condition is empty.' };
  if (trimmed.startsWith('{')) {
    // Power users may paste JsonLogic itself — an older app's startsWith/endsWith included.
    let rule: Rule;
    try {
      rule = standardiseCondition(JSON.parse(trimmed) as Rule);
    } catch {
      return { ok: false, message: 'This looks like JsonLogic but is not valid JSON.' };
    }
    const check = checkCondition(rule);
    return check.ok ? { ok: true, rule } : check;
  }
  // Lists as arrays: `in [1, 2]` keeps its numbers (joined as text, they would never match a number).
  const query = parseCEL(trimmed, { listsAsArrays: true });
  if (query.rules.length === 0) return { ok: false, message: `Could not read this condition. Write it like: ${EXAMPLE}` };
  // The parser skips parts it cannot read (`a == 1 || b.matches("x")` would come back as `a == 1`):
  // every && or || joins two comparisons, so fewer comparisons than that means a part was lost.
  if (comparisons(query) !== joiners(trimmed) + 1) {
    return { ok: false, message: `Part of this condition could not be read — each part needs a comparison (persona.vip == true), and arithmetic is not supported. Write it like: ${EXAMPLE}` };
  }
  const rule = queryToCondition(query);
  if (rule === null) return { ok: false, message: `Could not read this condition. Write it like: ${EXAMPLE}` };
  return { ok: true, rule };
}

/** Rules in a query tree, counted through its groups. */
const comparisons = (group: RuleGroupType): number => group.rules.reduce<number>((n, r) => n + (typeof r === 'object' && 'rules' in r ? comparisons(r) : 1), 0);

/** How many && and || the text has outside string literals. */
function joiners(text: string): number {
  const bare = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  return bare.match(/&&|\|\|/g)?.length ?? 0;
}
