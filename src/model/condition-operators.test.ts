import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { BUILDER_OPERATORS, JSONLOGIC_OPERATORS, endsWithRule, legacyOperators, readAffixRule, standardiseCondition, startsWithRule, type Rule } from './condition-operators';

const name = { var: 'persona.name' };
const apply = (rule: Rule, value: unknown) => jsonLogic.apply(rule as never, { persona: { name: value } });

describe('begins with / ends with in standard JsonLogic', () => {
  it('writes substr forms any JsonLogic engine runs', () => {
    expect(startsWithRule(name, 'Deal')).toEqual({ '==': [{ substr: [name, 0, 4] }, 'Deal'] });
    expect(endsWithRule(name, 'abc')).toEqual({ '==': [{ substr: [name, -3] }, 'abc'] });
    expect(apply(startsWithRule(name, 'Deal'), 'Deal hunter')).toBe(true);
    expect(apply(startsWithRule(name, 'Deal'), 'Ideal')).toBe(false);
    expect(apply(startsWithRule(name, 'Deal'), 'De')).toBe(false);
    expect(apply(endsWithRule(name, 'abc'), 'xabc')).toBe(true);
    expect(apply(endsWithRule(name, 'abc'), 'ab')).toBe(false);
  });

  it('matches every value with the empty text, at either end', () => {
    for (const rule of [startsWithRule(name, ''), endsWithRule(name, '')]) {
      for (const value of ['', 'x', 12, null, undefined]) expect(apply(rule, value)).toBe(true);
    }
  });

  it('reads any value as text, as substr does', () => {
    expect(apply(startsWithRule(name, '12'), 12345)).toBe(true);
    expect(apply(endsWithRule(name, 'ue'), true)).toBe(true);
    expect(apply(startsWithRule(name, 'nu'), null)).toBe(true);
  });

  it('recognises exactly those forms', () => {
    expect(readAffixRule(startsWithRule(name, 'Deal'))).toEqual({ kind: 'startsWith', field: name, text: 'Deal' });
    expect(readAffixRule(endsWithRule(name, 'abc'))).toEqual({ kind: 'endsWith', field: name, text: 'abc' });
    expect(readAffixRule(startsWithRule(name, ''))).toEqual({ kind: 'startsWith', field: name, text: '' });
    // A prefix of another length, a middle slice, a number compared: not "begins with".
    expect(readAffixRule({ '==': [{ substr: [name, 0, 3] }, 'Deal'] })).toBeNull();
    expect(readAffixRule({ '==': [{ substr: [name, 1, 4] }, 'Deal'] })).toBeNull();
    expect(readAffixRule({ '==': [{ substr: [name, -2] }, 'abc'] })).toBeNull();
    expect(readAffixRule({ '==': [{ substr: [name, 0, 2] }, 12] })).toBeNull();
    expect(readAffixRule({ '===': [{ substr: [name, 0, 4] }, 'Deal'] })).toBeNull();
  });
});

describe('standardiseCondition: an older app\'s startsWith / endsWith', () => {
  it('rewrites them wherever they are, and nothing else', () => {
    const legacy: Rule = { and: [{ startsWith: [name, 'Deal'] }, { '!': { endsWith: [{ var: 'persona.tier' }, 'old'] } }, { '>': [{ var: 'event.value' }, 5] }] };
    expect(legacyOperators(legacy)).toEqual(['startsWith', 'endsWith']);
    const standard = standardiseCondition(legacy);
    expect(standard).toEqual({ and: [startsWithRule(name, 'Deal'), { '!': endsWithRule({ var: 'persona.tier' }, 'old') }, { '>': [{ var: 'event.value' }, 5] }] });
    expect(legacyOperators(standard)).toEqual([]);
  });

  it('writes a number or true compared as text, as the old operation read it', () => {
    expect(standardiseCondition({ startsWith: [name, 12] })).toEqual(startsWithRule(name, '12'));
  });

  it('returns the same object when there is nothing to rewrite', () => {
    const rule: Rule = { and: [{ '==': [name, 'x'] }, [1, { var: 'a' }]] };
    expect(standardiseCondition(rule)).toBe(rule);
  });

  it('leaves what it cannot write in standard JsonLogic for validation to report', () => {
    const rule: Rule = { startsWith: [name, { var: 'persona.tier' }] };
    expect(standardiseCondition(rule)).toEqual(rule);
  });
});

/** The rows of the Markdown table after `marker` in docs/format.md, as lists of cells. */
function docsTable(marker: string): string[][] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'format.md'), 'utf8');
  const start = text.indexOf(marker);
  expect(start, marker).toBeGreaterThan(-1);
  const lines = text.slice(start).split('\n').slice(1);
  const table = lines.slice(0, lines.findIndex((l) => !l.startsWith('|')));
  return table.slice(2).map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()));
}

describe('docs/format.md', () => {
  it('lists exactly the JsonLogic operations the app accepts, in order', () => {
    const listed = docsTable('<!-- operations:').flatMap(([, ops]) => [...ops!.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    expect(listed).toEqual([...JSONLOGIC_OPERATORS]);
  });

  it('lists exactly the visual builder\'s operators, with their text and stored forms', () => {
    const rows = docsTable('<!-- builder operators:');
    expect(rows).toEqual(BUILDER_OPERATORS.map((o) => [o.label, `\`${o.text}\``, `\`${o.stored}\``]));
  });
});
