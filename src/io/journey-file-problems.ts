/**
 * Turning schema failures and broken references into messages a strategist can act on,
 * each with the path of the field in the file (`journey.nodes[2].channel`).
 */
import type { z } from 'zod';
import { legacyOperators } from '../model/condition-operators';
import { checkCondition, conditionToText } from '../model/conditions';
import type { Journey, JsonLogicRule } from '../model/journey';
import { stopReferenceProblems } from '../model/stops';
import { formatPath, joinPath, type Problem } from './safe-json';

/** Lists longer than this end with "…and N more" — nobody reads ten thousand messages. */
export const MAX_MESSAGES = 100;

export function capMessages(list: Problem[], what: string): Problem[] {
  if (list.length <= MAX_MESSAGES) return list;
  const rest = list.length - (MAX_MESSAGES - 1);
  return [...list.slice(0, MAX_MESSAGES - 1), { path: '', message: `…and ${rest} more ${what}` }];
}

type Issue = z.core.$ZodIssue;

/** One problem per schema issue, worded from what the file actually holds at that path. */
export function issuesToProblems(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => issueToProblems(issue, [], input));
}

function issueToProblems(issue: Issue, prefix: readonly PropertyKey[], input: unknown): Problem[] {
  const segments = [...prefix, ...issue.path];
  const path = formatPath(segments);
  const got = valueAt(input, segments);
  if (issue.code === 'invalid_union') {
    if ('options' in issue && issue.discriminator && issue.options) {
      return [{ path, message: withGot(`expected one of ${issue.options.map(String).join(', ')}`, got) }];
    }
    return unionProblems(issue.errors, segments, got, input, path);
  }
  return [{ path, message: issueMessage(issue, got) }];
}

/**
 * A union failed every alternative. When each alternative is a simple "not this value/type"
 * (channel: one of the channels, or `any`), say what any of them would have accepted;
 * otherwise report the alternative that got furthest into the value.
 */
function unionProblems(alternatives: readonly (readonly Issue[])[], segments: PropertyKey[], got: unknown, input: unknown, path: string): Problem[] {
  const simple = alternatives.every((a) => a.length === 1 && a[0]!.path.length === 0 && (a[0]!.code === 'invalid_value' || a[0]!.code === 'invalid_type'));
  if (simple) {
    if (got === undefined) return [{ path, message: 'is missing' }];
    const accepted: string[] = [];
    for (const [issue] of alternatives) {
      if (issue!.code === 'invalid_value') accepted.push(...issue!.values.map(showValue));
      else if (issue!.code === 'invalid_type') accepted.push(typeName(issue!.expected));
    }
    return [{ path, message: withGot(`expected one of ${[...new Set(accepted)].join(', ')}`, got) }];
  }
  const depth = (a: readonly Issue[]) => Math.max(...a.map((i) => i.path.length));
  const best = [...alternatives].sort((a, b) => depth(b) - depth(a))[0];
  if (!best || best.length === 0) return [{ path, message: withGot('is not an accepted value', got) }];
  return best.flatMap((i) => issueToProblems(i, segments, input));
}

function issueMessage(issue: Issue, got: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (got === undefined) return 'is missing';
      return withGot(`expected ${typeName(issue.expected)}`, got);
    case 'invalid_value':
      return withGot(issue.values.length === 1 ? `expected ${showValue(issue.values[0])}` : `expected one of ${issue.values.map(showValue).join(', ')}`, got);
    case 'too_small':
      return withGot(limitMessage(issue.origin, 'least', issue.minimum, issue.inclusive), got);
    case 'too_big':
      return withGot(limitMessage(issue.origin, 'most', issue.maximum, issue.inclusive), got);
    case 'invalid_format':
      return withGot(issue.format === 'datetime' ? 'expected a date and time like 2025-01-31T09:30:00.000Z' : `expected a ${issue.format}`, got);
    case 'unrecognized_keys':
      return `unknown fields: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function limitMessage(origin: string, side: 'least' | 'most', limit: number | bigint, inclusive: boolean | undefined): string {
  const n = Number(limit);
  if (origin === 'string') return side === 'least' && n === 1 ? 'must not be empty' : `must be at ${side} ${n} characters long`;
  if (origin === 'array' || origin === 'set') return `must have at ${side} ${n} items`;
  if (inclusive === false) return side === 'least' ? `must be greater than ${n}` : `must be less than ${n}`;
  return side === 'least' ? `must be ${n} or more` : `must be ${n} or less`;
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'an object';
    default:
      return expected;
  }
}

function showValue(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
}

function withGot(message: string, got: unknown): string {
  if (got === undefined) return message;
  return `${message}, got ${describeValue(got)}`;
}

/** A short description of a value from the file — never the whole of a huge string. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') {
    const shown = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return JSON.stringify(shown);
  }
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  if (Array.isArray(v)) return 'a list';
  return 'an object';
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let v = root;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, s)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[s];
  }
  return v;
}

/**
 * Fields the schema does not know are dropped by parsing, and an older app's `startsWith` /
 * `endsWith` conditions are rewritten in standard JsonLogic; say which, so nothing changes
 * silently. Walks what the file held beside what the schema kept.
 */
export function unknownFieldWarnings(input: unknown, output: unknown, path = ''): Problem[] {
  const found: Problem[] = [];
  const walk = (a: unknown, b: unknown, p: string) => {
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      for (let i = 0; i < a.length && i < b.length; i++) walk(a[i], b[i], `${p}[${i}]`);
      return;
    }
    const kept = b as Record<string, unknown>;
    for (const [key, value] of Object.entries(a)) {
      const keyPath = joinPath(p, key);
      if (!Object.prototype.hasOwnProperty.call(kept, key)) found.push({ path: keyPath, message: 'unknown field, ignored' });
      // A condition's keys are operations, not fields: the schema keeps them all, or rewrote them.
      else if (key === 'condition') found.push(...rewrittenConditionWarning(value, kept[key], keyPath));
      else walk(value, kept[key], keyPath);
    }
  };
  walk(input, output, path);
  return found;
}

function rewrittenConditionWarning(held: unknown, kept: unknown, path: string): Problem[] {
  const legacy = legacyOperators(held);
  if (legacy.length === 0 || kept === held) return [];
  const names = legacy.map((op) => `"${op}"`).join(' and ');
  return [{ path, message: `used ${names}, which only older versions of Journey Designer knew; rewritten in standard JsonLogic as ${conditionToText(kept as JsonLogicRule)}` }];
}

/**
 * What a schema cannot see: ids that must be unique, edges, the static route and stops that
 * must point at things that exist, and branch conditions json-logic-js can run.
 */
export function referenceProblems(journey: Journey, base: string): Problem[] {
  const problems: Problem[] = [];
  const nodeIndex = new Map<string, number>();
  journey.nodes.forEach((node, i) => {
    const first = nodeIndex.get(node.id);
    if (first === undefined) nodeIndex.set(node.id, i);
    else problems.push({ path: `${base}.nodes[${i}].id`, message: `another node already has the id "${node.id}" (${base}.nodes[${first}])` });
  });
  const edgeIndex = new Map<string, number>();
  journey.edges.forEach((edge, i) => {
    const at = `${base}.edges[${i}]`;
    const first = edgeIndex.get(edge.id);
    if (first === undefined) edgeIndex.set(edge.id, i);
    else problems.push({ path: `${at}.id`, message: `another edge already has the id "${edge.id}" (${base}.edges[${first}])` });
    if (!nodeIndex.has(edge.source)) problems.push({ path: `${at}.source`, message: `node "${edge.source}" does not exist` });
    if (!nodeIndex.has(edge.target)) problems.push({ path: `${at}.target`, message: `node "${edge.target}" does not exist` });
    const condition = edge.branch?.condition;
    if (condition !== null && condition !== undefined) {
      const check = checkCondition(condition);
      if (!check.ok) problems.push(conditionProblem(`${at}.branch`, check.message));
    }
  });
  journey.staticRoute.forEach((edgeId, i) => {
    if (!edgeIndex.has(edgeId)) problems.push({ path: `${base}.staticRoute[${i}]`, message: `edge "${edgeId}" does not exist` });
  });
  problems.push(...stopReferenceProblems(journey, base));
  return problems;
}

/** checkCondition says `condition.and[0]: unknown operator "x"`; move its path into ours. */
function conditionProblem(branchPath: string, message: string): Problem {
  const split = /^(condition[^:]*): (.*)$/s.exec(message);
  if (!split) return { path: `${branchPath}.condition`, message };
  return { path: `${branchPath}.${split[1]}`, message: split[2]! };
}
