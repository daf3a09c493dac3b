import { describe, expect, it } from 'vitest';
import { checkSize, formatPath, safeParseJson, stringifyCanonical, utf8ByteLength } from './safe-json';

describe('safeParseJson', () => {
  it('parses JSON and drops prototype-polluting keys at any depth, with a warning for each', () => {
    const result = safeParseJson('{"a": {"__proto__": {"polluted": true}, "b": [{"constructor": 1, "prototype": 2, "c": 3}]}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ a: { b: [{ c: 3 }] } });
    expect(result.warnings.map((w) => w.path)).toEqual(['a.__proto__', 'a.b[0].constructor', 'a.b[0].prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says where a syntax error is, with line and column', () => {
    const result = safeParseJson('{\n  "a": 1,\n  "b": x\n}');
    expect(result).toEqual({ ok: false, problems: [{ path: '', message: "This file is not valid JSON: expected a value (text in double quotes, a number, true, false, null, an object or a list) at line 3, column 8." }] });
  });

  it.each([
    ['{"a": 1', "expected ',' or '}', but the file ends at line 1, column 8"],
    ['[1, 2', "expected ',' or ']', but the file ends"],
    ['{"a" 1}', "expected ':' after the property name at line 1, column 6"],
    ['{a: 1}', 'expected a property name in double quotes at line 1, column 2'],
    ['"abc', 'unterminated text'],
    ['"a\\qb"', 'invalid escape in text'],
    ['"a\nb"', 'control character inside text'],
    ['01', 'unexpected text after the end of the JSON at line 1, column 2'],
    ['', 'expected a value'],
    ['{"a": tru}', 'expected a value'],
    ['[1,]', 'expected a value'],
  ])('locates the error in %j', (text, expected) => {
    const result = safeParseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toContain(expected);
  });

  it('refuses nesting deeper than the limit before parsing, and ignores brackets inside strings', () => {
    const deep = safeParseJson(`${'['.repeat(65)}${']'.repeat(65)}`);
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.problems[0]!.message).toMatch(/nested more than 64 levels deep \(at line 1, column 65\)/);
    expect(safeParseJson(`${'['.repeat(64)}${']'.repeat(64)}`).ok).toBe(true);
    expect(safeParseJson(JSON.stringify({ s: '[[[[[[[[[[{{{{{{{{{{\\"'.repeat(20) })).ok).toBe(true);
    expect(safeParseJson('['.repeat(100_000)).ok).toBe(false);
  });

  it('refuses a file over the size limit without parsing it, counting UTF-8 bytes', () => {
    expect(checkSize('a'.repeat(100), 100)).toBeNull();
    expect(checkSize('é'.repeat(51), 100)?.message).toMatch(/too large \(102 bytes\); files up to 100 bytes/);
    const result = safeParseJson(`"${'x'.repeat(11 * 1024 * 1024)}"`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/too large \(11 MB\); files up to 10 MB/);
  });

  it('accepts a byte-order mark', () => {
    expect(safeParseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 }, warnings: [] });
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['', 'abc', 'é', '€', '😀', '\uD800', 'a\uDC00b', 'mixed é€😀 text']) {
      expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});

describe('stringifyCanonical', () => {
  it('sorts keys at every level, keeps array order, and ends with a newline', () => {
    expect(stringifyCanonical({ b: 1, a: [3, { d: null, c: 'x' }], '10': true, '9': false })).toBe(
      '{\n  "10": true,\n  "9": false,\n  "a": [\n    3,\n    {\n      "c": "x",\n      "d": null\n    }\n  ],\n  "b": 1\n}\n',
    );
  });

  it('gives the same bytes whatever order the keys were inserted in', () => {
    expect(stringifyCanonical({ x: 1, y: { p: 1, q: 2 } })).toBe(stringifyCanonical({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('writes empty containers compactly, leaves out undefined fields, and writes -0 as 0', () => {
    expect(stringifyCanonical({ a: [], b: {}, c: undefined, d: -0 })).toBe('{\n  "a": [],\n  "b": {},\n  "d": 0\n}\n');
  });
});

describe('formatPath', () => {
  it('writes identifiers with dots, indexes in brackets, other keys quoted', () => {
    expect(formatPath(['journey', 'nodes', 2, 'attributes', 'first name'])).toBe('journey.nodes[2].attributes["first name"]');
  });
});
