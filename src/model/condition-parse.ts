/**
 * Reading condition text: CEL-style text (`persona.tier == "gold" && event.value > 100`) or
 * pasted JsonLogic, into JsonLogic. Uses react-querybuilder's framework-free parser; the
 * inspector loads this module only when a condition is typed, to keep it out of the first load.
 */
import { formatQuery } from '@react-querybuilder/core/formatQuery';
import { parseCEL } from '@react-querybuilder/core/parseCEL';
import type { JsonLogicRule } from './journey';
import { checkCondition } from './conditions';

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

