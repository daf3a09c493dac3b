/**
 * Reading and writing JSON that came from, or goes to, a user's file.
 * Reading is defensive: a size limit before parsing, a nesting limit, and keys that could
 * pollute object prototypes are dropped. Writing is canonical: the same value always gives
 * the same bytes. Pure TypeScript — no DOM, no storage.
 */

/** One thing wrong with (or worth telling about) a file, at a path like `journey.nodes[2].channel`. */
export interface Problem {
  /** Where in the file; `''` for the file as a whole. */
  path: string;
  message: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DEPTH = 64;

/**
 * Keys that reach `Object.prototype` when a later merge or spread assigns them
 * (`target[key] = value`). JSON.parse itself makes them harmless own properties,
 * but nothing downstream should have to know that.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The size of a string once written as UTF-8, without allocating the encoded bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** A problem when the text is larger than `maxBytes` once encoded; checked before any parsing. */
export function checkSize(text: string, maxBytes: number = MAX_FILE_BYTES): Problem | null {
  // UTF-8 never takes fewer bytes than UTF-16 code units, nor more than three per unit.
  if (text.length * 3 <= maxBytes) return null;
  const bytes = text.length > maxBytes ? text.length : utf8ByteLength(text);
  return bytes <= maxBytes ? null : tooLarge(bytes, maxBytes);
}

/** The problem of a file of `bytes` over the limit — also for a file refused before it is read. */
export function tooLarge(bytes: number, maxBytes: number = MAX_FILE_BYTES): Problem {
  return { path: '', message: `This file is too large (${formatBytes(bytes)}); files up to ${formatBytes(maxBytes)} can be opened.` };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export type SafeParseResult = { ok: true; value: JsonValue; warnings: Problem[] } | { ok: false; problems: Problem[] };

export interface SafeParseOptions {
  maxBytes?: number;
  maxDepth?: number;
}

/**
 * Parses user-supplied JSON: refuses oversize text and nesting deeper than `maxDepth`,
 * says where a syntax error is (line and column), and drops `__proto__`, `constructor`
 * and `prototype` keys with a warning. Never throws.
 */
export function safeParseJson(text: string, options: SafeParseOptions = {}): SafeParseResult {
  const tooBig = checkSize(text, options.maxBytes);
  if (tooBig) return { ok: false, problems: [tooBig] };
  // Editors on Windows often save a byte-order mark, which JSON.parse refuses.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  // Measured before parsing so a hostile file cannot make any later recursive walk overflow the stack.
  const deep = findExcessDepth(body, maxDepth);
  if (deep !== null) {
    return { ok: false, problems: [{ path: '', message: `This file is nested more than ${maxDepth} levels deep (at ${where(body, deep)}); a journey never is.` }] };
  }
  let value: JsonValue;
  try {
    value = JSON.parse(body) as JsonValue;
  } catch {
    const error = findSyntaxError(body);
    const message = error ? `This file is not valid JSON: ${error.expected} at ${where(body, error.offset)}.` : 'This file is not valid JSON.';
    return { ok: false, problems: [{ path: '', message }] };
  }
  const warnings: Problem[] = [];
  dropForbiddenKeys(value, '', warnings);
  return { ok: true, value, warnings };
}

function dropForbiddenKeys(value: JsonValue, path: string, warnings: Problem[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) dropForbiddenKeys(value[i]!, `${path}[${i}]`, warnings);
    return;
  }
  for (const key of Object.keys(value)) {
    const keyPath = joinPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) {
      delete value[key];
      warnings.push({ path: keyPath, message: `the key "${key}" is not allowed in a journey file and was ignored` });
    } else {
      dropForbiddenKeys(value[key]!, keyPath, warnings);
    }
  }
}

/** `journey.nodes[2].channel`; keys that are not plain identifiers are quoted: `attributes["first name"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const s of segments) {
    path = typeof s === 'number' ? `${path}[${s}]` : joinPath(path, String(s));
  }
  return path;
}

export function joinPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

function where(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Offset of the first `{` or `[` that opens level `maxDepth + 1`, or null. Brackets inside strings do not count. */
function findExcessDepth(text: string, maxDepth: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

/**
 * Where JSON.parse gave up, and what it expected there. Engines word (and locate) their
 * errors differently — Safari gives no position at all — so the grammar is walked here,
 * only after a parse has already failed. Recursion is bounded by the depth check.
 */
function findSyntaxError(text: string): { offset: number; expected: string } | null {
  let i = 0;
  class Stop {
    constructor(readonly offset: number, readonly expected: string) {}
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, i >= text.length ? `${expected}, but the file ends` : expected);
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('expected a value (text in double quotes, a number, true, false, null, an object or a list)');
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated text: a closing double quote is missing');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('a line break or control character inside text must be escaped');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('invalid \\u escape in text');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('invalid escape in text');
      } else i++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail('invalid number');
    i += match![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        string();
        ws();
        if (text[i] !== ':') fail("expected ':' after the property name");
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail("expected ',' or '}'");
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail("expected ',' or ']'");
      }
    } else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) number();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else fail('expected a value (text in double quotes, a number, true, false, null, an object or a list)');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('unexpected text after the end of the JSON');
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, expected: e.expected };
    return null;
  }
}

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units, like `Array.prototype.sort`),
 * arrays in order, two-space indent, a final newline. The same value always gives the same bytes.
 */
export function stringifyCanonical(value: unknown): string {
  return `${write(value, '')}\n`;
}

function write(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') {
    // JSON has no -0, NaN or Infinity: -0 is written as 0; the others never pass the schema.
    return JSON.stringify(value) ?? 'null';
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${write(record[k], inner)}`).join(',\n')}\n${indent}}`;
}
