import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { BUILDER_OPERATORS, isJsonLogicOperator, startsWithRule, type Rule } from './condition-operators';
import { parseConditionText } from './condition-parse';
import { conditionToQuery, queryToCondition } from './condition-query';
import { conditionToText } from './conditions';

const one = (operator: string, value: unknown, field = 'persona.name') => ({ combinator: 'and', rules: [{ field, operator, value }] });
const name = { var: 'persona.name' };

/** Every operation a rule uses. */
function operations(rule: unknown): string[] {
  if (rule === null || typeof rule !== 'object') return [];
  if (Array.isArray(rule)) return rule.flatMap(operations);
  return Object.entries(rule).flatMap(([op, args]) => [op, ...operations(args)]);
}

const sampleValue = (op: string): unknown => (op.endsWith('etween') ? [1, 5] : op === 'in' || op === 'notIn' ? ['Deal', 'Dealer'] : op.includes('ull') ? null : 'Deal');

describe('queryToCondition: what the builder and the text parser store', () => {
  it.each(BUILDER_OPERATORS.map((o) => [o.label, o.name]))('writes "%s" as standard JsonLogic that json-logic-js runs', (_label, op) => {
    const rule = queryToCondition(one(op, sampleValue(op)));
    expect(rule).not.toBeNull();
    expect(operations(rule).filter((o) => !isJsonLogicOperator(o))).toEqual([]);
    expect(() => jsonLogic.apply(rule as never, { persona: { name: 'Deal hunter' } })).not.toThrow();
  });

  it('stores begins with / ends with with substr, negations with !', () => {
    expect(queryToCondition(one('beginsWith', 'Deal'))).toEqual({ and: [startsWithRule(name, 'Deal')] });
    expect(queryToCondition(one('doesNotEndWith', 'abc'))).toEqual({ and: [{ '!': { '==': [{ substr: [name, -3] }, 'abc'] } }] });
  });

  it('does not write an operator it does not offer, nor begins with another field', () => {
    expect(queryToCondition(one('like', 'De%'))).toBeNull();
    expect(queryToCondition({ combinator: 'and', rules: [{ field: 'persona.name', operator: 'beginsWith', value: 'persona.tier', valueSource: 'field' }] })).toBeNull();
  });

  it.each(BUILDER_OPERATORS.map((o) => [o.label, o.name]))('"%s" reads back into the builder and as text, to the same rule', (_label, op) => {
    const rule = queryToCondition(one(op, sampleValue(op)))!;
    const query = conditionToQuery(rule);
    expect(query).not.toBeNull();
    expect(queryToCondition(query!)).toEqual(rule);
    const text = conditionToText(rule);
    const parsed = parseConditionText(text);
    expect(parsed, text).toMatchObject({ ok: true });
    // "is between" reads back as the two comparisons it means.
    if (!op.endsWith('etween')) expect(parsed.ok && parsed.rule).toEqual(rule);
  });
});

describe('conditionToQuery', () => {
  it('opens what the text parser stores', () => {
    const parsed = parseConditionText('persona.name.startsWith("Deal") && (event.value > 5 || !(persona.tier in ["a", "b"]))');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(queryToCondition(conditionToQuery(parsed.rule)!)).toEqual(parsed.rule);
  });

  it.each<[string, Rule]>([
    ['arithmetic', { '>': [{ '+': [{ var: 'event.value' }, 1] }, 2] }],
    ['if', { if: [{ var: 'persona.vip' }, true, false] }],
    ['a bare field', { var: 'persona.vip' }],
    ['a literal on the left', { '==': ['gold', { var: 'persona.tier' }] }],
    ['a list of text and numbers', { in: [{ var: 'persona.tier' }, ['1', 2]] }],
  ])('refuses %s, which it could not show exactly', (_what, rule) => {
    expect(conditionToQuery(rule)).toBeNull();
  });
});
