import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { JSONLOGIC_OPERATORS } from '../model/condition-operators';
import { parseConditionText } from '../model/condition-parse';
import { queryToCondition } from '../model/condition-query';
import { COMPILED_OPERATORS, compileCondition, compileRule, unknownOperators } from './jsonlogic';

const data = {
  persona: { name: 'Bargain hunter', tier: 'gold', age: 34, vip: true },
  event: { key: 'cart_abandoned', channel: 'web', value: 120, tags: ['a', 'b'] },
  context: { actionCount: 2, contactCount: 1, hoursSinceLastContact: 30, lastActionChannel: 'sms', totalCost: 0.2, satisfaction: 1 },
};

describe('compiled conditions', () => {
  it('evaluates what the condition editor writes (standard JsonLogic)', () => {
    const cases: [string, boolean][] = [
      ['persona.tier == "gold" && event.value > 100', true],
      ['persona.tier == "silver" || context.contactCount >= 1', true],
      ['!(event.channel == "web")', false],
      ['context.hoursSinceLastContact < 24', false],
      ['persona.name.startsWith("Bargain")', true],
      ['persona.name.endsWith("x")', false],
      ['persona.tier in ["gold", "silver"]', true],
      ['event.key.contains("abandon")', true],
      ['!persona.name.startsWith("Bargain")', false],
      ['persona.name.endsWith("hunter")', true],
    ];
    for (const [text, expected] of cases) {
      const parsed = parseConditionText(text);
      expect(parsed.ok, text).toBe(true);
      if (parsed.ok) expect(compileCondition(parsed.rule)(data), text).toBe(expected);
    }
  });

  it('reads missing fields as null, and takes a default', () => {
    expect(compileRule({ var: 'persona.nothing' })(data)).toBeNull();
    expect(compileRule({ var: ['persona.nothing', 7] })(data)).toBe(7);
    expect(compileRule({ var: 'event.tags.1' })(data)).toBe('b');
    expect(compileRule({ var: '' })(data)).toBe(data);
  });

  it('treats an empty array as false, like JsonLogic', () => {
    expect(compileCondition({ filter: [{ var: 'event.tags' }, { '==': [{ var: '' }, 'z'] }] })(data)).toBe(false);
  });

  it('compiles exactly the app\'s one list of standard JsonLogic operations', () => {
    expect([...COMPILED_OPERATORS].sort()).toEqual([...JSONLOGIC_OPERATORS].sort());
    expect(unknownOperators({ and: JSONLOGIC_OPERATORS.map((op) => ({ [op]: [] })) })).toEqual([]);
  });

  it('refuses an operation outside the list, even one registered with json-logic-js, wherever it is', () => {
    jsonLogic.add_operation('startsWith', (a: string, b: string) => a.startsWith(b));
    try {
      const rule = { or: [true, { startsWith: [{ var: 'persona.name' }, 'Bargain'] }] };
      expect(unknownOperators(rule)).toEqual(['startsWith']);
      expect(() => compileRule(rule)).toThrow(/Unrecognized operation startsWith/);
      expect(() => compileRule({ log: { startsWith: [{ var: 'persona.name' }, 'B'] } })).toThrow(/startsWith/);
      // json-logic-js would short-circuit and say true; a condition outside the language never holds.
      expect(compileCondition(rule)(data)).toBe(false);
    } finally {
      jsonLogic.rm_operation('startsWith');
    }
  });

  it('makes a condition that throws not hold', () => {
    expect(compileCondition({ nonsense: [1] })(data)).toBe(false);
    expect(compileCondition({ '*': [] })(data)).toBe(false);
  });

  it('reads begins with / ends with (substr) as json-logic-js does, for any value and any text', () => {
    const anyValue = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }));
    fc.assert(
      fc.property(anyValue, fc.string({ maxLength: 4 }), fc.boolean(), (value, text, ends) => {
        // What the visual builder writes for "begins with" / "ends with" (any text, quotes included).
        const rule = queryToCondition({ combinator: 'and', rules: [{ field: 'persona.name', operator: ends ? 'endsWith' : 'beginsWith', value: text }] });
        const d = { persona: { name: value }, event: {}, context: {} };
        const reference = jsonLogic.truthy(jsonLogic.apply(rule as never, d));
        expect(compileCondition(rule)(d)).toBe(reference);
        // On text, both mean what String.prototype.startsWith / endsWith mean.
        if (typeof value === 'string') expect(reference).toBe(ends ? value.endsWith(text) : value.startsWith(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compiled rules agree with json-logic-js, the reference', () => {
  const FIELDS = ['persona.tier', 'persona.age', 'persona.vip', 'event.value', 'event.channel', 'event.tags', 'event.tags.0', 'context.contactCount', 'context.lastActionChannel', 'nothing.here', '', 'current', 'accumulator', 'persona'];
  // Rules and data draw from the same small pool, so loose and strict comparisons actually differ.
  const atom = fc.constantFrom<unknown>(0, 1, 2, 1.5, '2', '0', '', 'gold', 'sms', 'true', true, false, null);
  const literal = fc.oneof({ arbitrary: atom, weight: 4 }, { arbitrary: fc.double({ min: -10, max: 10 }), weight: 1 });
  const OPS = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', 'in', 'cat', 'substr', '+', '-', '*', '/', '%', 'min', 'max', 'merge', 'missing', 'missing_some', 'and', 'or', 'if', '?:', '!', '!!'];
  const { rule } = fc.letrec<{ rule: unknown; leaf: unknown; op: unknown }>((tie) => ({
    rule: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('op')),
    leaf: fc.oneof(
      literal,
      fc.constantFrom(...FIELDS).map((f) => ({ var: f })),
      fc.tuple(fc.constantFrom(...FIELDS), literal).map(([f, d]) => ({ var: [f, d] })),
      fc.array(literal, { maxLength: 3 }),
    ),
    op: fc.oneof(
      // Binary comparisons and `in` (what decisions mostly are) get their own, frequent shape.
      {
        arbitrary: fc.tuple(fc.constantFrom('==', '===', '!=', '!==', '>', '>=', '<', '<=', 'in'), tie('leaf'), tie('leaf')).map(([op, a, b]) => ({ [op]: [a, b] })),
        weight: 4,
      },
      fc.tuple(fc.constantFrom('and', 'or'), tie('rule'), tie('rule')).map(([op, a, b]) => ({ [op]: [a, b] })),
      fc.tuple(fc.constantFrom(...OPS), fc.array(tie('rule'), { maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
      fc.tuple(fc.constantFrom('!', '!!', 'var'), tie('rule')).map(([op, arg]) => ({ [op]: arg })),
      fc.tuple(fc.constantFrom('some', 'all', 'none', 'filter', 'map'), fc.constantFrom(...FIELDS), tie('rule')).map(([op, f, inner]) => ({ [op]: [{ var: f }, inner] })),
      fc.tuple(fc.constantFrom(...FIELDS), tie('rule'), fc.option(literal, { nil: undefined })).map(([f, inner, init]) => ({ reduce: init === undefined ? [{ var: f }, inner] : [{ var: f }, inner, init] })),
    ),
  }));
  const value = fc.oneof(atom, fc.constant(undefined), fc.array(atom, { maxLength: 3 }));
  // Plain objects, as the engine builds them (a null-prototype object cannot be compared at all).
  const plain = { noNullPrototype: true };
  const conditionData = fc.record(
    {
      persona: fc.record({ tier: value, age: value, vip: value }, plain),
      event: fc.record({ value, channel: value, tags: value }, plain),
      context: fc.record({ contactCount: value, lastActionChannel: value }, plain),
    },
    plain,
  );

  const outcome = (f: () => unknown): { value: unknown } | { threw: true } => {
    try {
      return { value: f() };
    } catch {
      return { threw: true };
    }
  };

  it('on generated rules and data', () => {
    fc.assert(
      fc.property(rule, conditionData, (r, d) => {
        const expected = outcome(() => jsonLogic.apply(r as never, d));
        const actual = outcome(() => compileRule(r)(d));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('as conditions: true exactly when the reference is truthy (and false when it throws)', () => {
    fc.assert(
      fc.property(rule, conditionData, (r, d) => {
        let expected = false;
        try {
          expected = jsonLogic.truthy(jsonLogic.apply(r as never, d));
        } catch {
          expected = false;
        }
        expect(compileCondition(r)(d)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
