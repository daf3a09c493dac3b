import { describe, expect, it } from 'vitest';
import {
  checkCondition,
  conditionToText,
  conditionVariables,
  evaluateCondition,
  type ConditionData,
} from './conditions';
import { parseConditionText } from './condition-parse';
import type { JsonLogicRule } from './journey';

function parse(text: string): JsonLogicRule {
  const result = parseConditionText(text);
  if (!result.ok) throw new Error(`expected "${text}" to parse: ${result.message}`);
  return result.rule;
}

const data = (persona: Record<string, unknown>, event: Record<string, unknown> = {}, context: Record<string, unknown> = {}): ConditionData => ({
  persona,
  event,
  context,
});

const tier = { var: 'persona.tier' };
const value = { var: 'event.value' };

describe('parseConditionText', () => {
  it('reads a comparison', () => {
    expect(parse('event.value > 100')).toEqual({ and: [{ '>': [value, 100] }] });
    expect(parse("persona.tier == 'gold'")).toEqual({ and: [{ '==': [tier, 'gold'] }] });
  });

  it('reads && and ||, with parentheses', () => {
    expect(parse('persona.tier == "gold" && event.value > 100')).toEqual({ and: [{ '==': [tier, 'gold'] }, { '>': [value, 100] }] });
    expect(parse('persona.tier == "gold" || event.value > 100')).toEqual({ or: [{ '==': [tier, 'gold'] }, { '>': [value, 100] }] });
    expect(parse('event.value >= 10 && (context.contactCount < 3 || persona.tier == "gold")')).toEqual({
      and: [{ '>=': [value, 10] }, { or: [{ '<': [{ var: 'context.contactCount' }, 3] }, { '==': [tier, 'gold'] }] }],
    });
  });

  it('reads membership in a list', () => {
    expect(parse('persona.tier in ["gold", "silver"]')).toEqual({ and: [{ in: [tier, ['gold', 'silver']] }] });
  });

  it('reads negation', () => {
    expect(parse('persona.tier != "gold"')).toEqual({ and: [{ '!=': [tier, 'gold'] }] });
    expect(parse('!(persona.tier in ["gold"])')).toEqual({ and: [{ '!': { in: [tier, ['gold']] } }] });
    expect(parse('!(persona.tier == "gold" && event.value > 100)')).toEqual({
      '!': { and: [{ and: [{ '==': [tier, 'gold'] }, { '>': [value, 100] }] }] },
    });
  });

  it('takes JsonLogic pasted as JSON as it is', () => {
    expect(parse(' {"==": [{"var": "persona.tier"}, "gold"]} ')).toEqual({ '==': [tier, 'gold'] });
  });

  it('writes begins with / ends with as standard JsonLogic (substr), not react-querybuilder\'s startsWith', () => {
    const name = { var: 'persona.name' };
    expect(parse('persona.name.startsWith("Deal")')).toEqual({ and: [{ '==': [{ substr: [name, 0, 4] }, 'Deal'] }] });
    expect(parse('persona.name.endsWith("hunter")')).toEqual({ and: [{ '==': [{ substr: [name, -6] }, 'hunter'] }] });
    expect(parse('!persona.name.startsWith("Deal")')).toEqual({ and: [{ '!': { '==': [{ substr: [name, 0, 4] }, 'Deal'] } }] });
    // Pasted JSON from an older app is standardised the same way.
    expect(parse('{"startsWith": [{"var": "persona.name"}, "Deal"]}')).toEqual({ '==': [{ substr: [name, 0, 4] }, 'Deal'] });
  });

  it('keeps the numbers of a list', () => {
    expect(parse('event.value in [1, 2.5]')).toEqual({ and: [{ in: [value, [1, 2.5]] }] });
    expect(evaluateCondition(parse('event.value in [1, 2.5]'), data({}, { value: 2.5 }))).toBe(true);
  });

  it('refuses text with a part it cannot read, rather than dropping the part', () => {
    for (const text of ['persona.tier == "gold" || persona.name.matches("x")', 'persona.vip && event.value > 1', 'persona.tier == "a" && event.value + 1 > 2']) {
      const result = parseConditionText(text);
      expect(result, text).toMatchObject({ ok: false, message: expect.stringContaining('Part of this condition could not be read') });
    }
    // && inside quotes is text, not a join.
    expect(parse('persona.name == "R&&D" && event.value > 1')).toEqual({ and: [{ '==': [{ var: 'persona.name' }, 'R&&D'] }, { '>': [value, 1] }] });
  });

  it('says why it cannot read bad text', () => {
    expect(parseConditionText('   ')).toEqual({ ok: false, message: 'The condition is empty.' });
    expect(parseConditionText('{"==": [1, ')).toEqual({ ok: false, message: 'This looks like JsonLogic but is not valid JSON.' });
    expect(parseConditionText('{"frobnicate": [1]}')).toEqual({ ok: false, message: 'condition: unknown operator "frobnicate"' });
    for (const text of ['hello world', 'persona.tier == ', '))) &&']) {
      const result = parseConditionText(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message).toContain('persona.tier == "gold" && event.value > 100');
    }
  });
});

describe('conditionToText', () => {
  it('writes JsonLogic as CEL-style text', () => {
    expect(conditionToText({ '>': [value, 100] })).toBe('event.value > 100');
    expect(conditionToText({ and: [{ '==': [tier, 'gold'] }, { '>': [value, 100] }] })).toBe('persona.tier == "gold" && event.value > 100');
    expect(conditionToText(true)).toBe('true');
    expect(conditionToText(false)).toBe('false');
  });

  it('falls back to JSON for rules it cannot show as text', () => {
    expect(conditionToText({ '+': [1, 2] })).toBe('{"+":[1,2]}');
  });

  it.each([
    'persona.tier == "gold" && event.value > 100',
    'persona.tier == "gold" || event.value > 100',
    'persona.tier in ["gold", "silver"]',
    'persona.tier != "gold"',
    'event.value >= 10 && (context.contactCount < 3 || persona.tier == "gold")',
    'event.key == "cart_abandoned"',
    'persona.priceSensitive == true',
    'persona.name.startsWith("Deal")',
    'persona.name.endsWith("hunter") || event.key.contains("cart")',
    '!(persona.name.startsWith("Deal"))',
    'persona.name == \'say "hi"\'',
    'persona.tier == null',
    'event.value in [1, 2]',
  ])('round-trips %s', (text) => {
    const rule = parse(text);
    expect(conditionToText(rule)).toBe(text);
    expect(parse(conditionToText(rule))).toEqual(rule);
  });

  it('writes "between" as the two comparisons it means', () => {
    expect(conditionToText({ '<=': [1, value, 5] })).toBe('event.value >= 1 && event.value <= 5');
    expect(conditionToText({ or: [{ '!': { '<=': [1, value, 5] } }, { '==': [tier, 'gold'] }] })).toBe('!(event.value >= 1 && event.value <= 5) || persona.tier == "gold"');
    expect(conditionToText({ '<': [1, value, 5] })).toBe('event.value > 1 && event.value < 5');
    // As the visual builder stores it, wrapped in a group of one.
    expect(conditionToText({ and: [{ '<=': [1, value, 5] }] })).toBe('event.value >= 1 && event.value <= 5');
  });

  it('shows text the parser could not read back as JSON', () => {
    // The parser takes no escapes: a backslash, a newline, or both quotes have no text form.
    for (const s of ['a\\b', 'two\nlines', `it's "x"`]) expect(conditionToText({ '==': [tier, s] })).toBe(JSON.stringify({ '==': [tier, s] }));
    expect(conditionToText({ '==': [{ substr: [{ var: 'persona.name' }, 0, 2] }, 'a\\'] })).toMatch(/^\{/);
  });

  it('round-trips a negated group to the same rule', () => {
    const rule = parse('!(persona.tier == "gold" && event.value > 100)');
    expect(parse(conditionToText(rule))).toEqual(rule);
  });
});

describe('evaluateCondition', () => {
  it('reads persona, event and context data', () => {
    const rule = parse('persona.tier == "gold" && event.value > 100 && context.contactCount < 3');
    expect(evaluateCondition(rule, data({ tier: 'gold' }, { value: 150 }, { contactCount: 1 }))).toBe(true);
    expect(evaluateCondition(rule, data({ tier: 'gold' }, { value: 50 }, { contactCount: 1 }))).toBe(false);
    expect(evaluateCondition(rule, data({ tier: 'silver' }, { value: 150 }, { contactCount: 1 }))).toBe(false);
    expect(evaluateCondition(rule, data({ tier: 'gold' }, { value: 150 }, { contactCount: 5 }))).toBe(false);
  });

  it('evaluates ||, membership and negation', () => {
    const either = parse('persona.tier == "gold" || event.value > 100');
    expect(evaluateCondition(either, data({ tier: 'bronze' }, { value: 101 }))).toBe(true);
    expect(evaluateCondition(either, data({ tier: 'bronze' }, { value: 100 }))).toBe(false);
    const member = parse('persona.tier in ["gold", "silver"]');
    expect(evaluateCondition(member, data({ tier: 'silver' }))).toBe(true);
    expect(evaluateCondition(member, data({ tier: 'bronze' }))).toBe(false);
    const negated = parse('!(persona.tier == "gold" && event.value > 100)');
    expect(evaluateCondition(negated, data({ tier: 'gold' }, { value: 200 }))).toBe(false);
    expect(evaluateCondition(negated, data({ tier: 'gold' }, { value: 20 }))).toBe(true);
  });

  it('treats a missing field as not matching', () => {
    expect(evaluateCondition(parse('persona.tier == "gold"'), data({}))).toBe(false);
  });
});

describe('conditionVariables', () => {
  it('lists each field a rule reads once, in order', () => {
    const rule = parse('persona.tier == "gold" && (event.value > 100 || persona.tier == "silver") && context.totalCost < 5');
    expect(conditionVariables(rule)).toEqual(['persona.tier', 'event.value', 'context.totalCost']);
  });

  it('reads var with a default and ignores empty or non-rule values', () => {
    expect(conditionVariables({ '==': [{ var: ['persona.tier', 'bronze'] }, 'gold'] })).toEqual(['persona.tier']);
    expect(conditionVariables({ var: '' })).toEqual([]);
    expect(conditionVariables(true)).toEqual([]);
    expect(conditionVariables(null)).toEqual([]);
  });
});

describe('checkCondition', () => {
  it('accepts rules json-logic-js can run', () => {
    expect(checkCondition(parse('persona.tier in ["gold", "silver"] && event.value > 100'))).toEqual({ ok: true });
    expect(checkCondition(true)).toEqual({ ok: true });
    expect(checkCondition({ var: ['persona.tier', 'bronze'] })).toEqual({ ok: true });
  });

  it('rejects unknown operators, wherever they are', () => {
    expect(checkCondition({ and: [{ '==': [1, 1] }, { like: [tier, 'g%'] }] })).toEqual({
      ok: false,
      message: 'condition.and[1]: unknown operator "like"',
    });
  });

  it('rejects objects with more or fewer than one operator', () => {
    expect(checkCondition({ '==': [1, 1], '!=': [1, 2] })).toEqual({ ok: false, message: 'condition: an operation must have exactly one operator, found 2' });
    expect(checkCondition({ and: [{}] })).toEqual({ ok: false, message: 'condition.and[0]: an operation must have exactly one operator, found 0' });
  });

  it('rejects a var without a field name', () => {
    expect(checkCondition({ var: { nested: true } })).toEqual({ ok: false, message: 'condition: "var" needs a field name' });
  });
});
