/**
 * A small JsonLogic compiler: turns a rule into a JavaScript closure once, so the
 * replay loop calls a function instead of interpreting the rule for every event.
 *
 * It mirrors json-logic-js (the reference) operator by operator — including its quirks:
 * loose `==`, `+` through parseFloat, `*` with one argument returning it unchanged,
 * empty arrays being falsy. It evaluates exactly the app's one list of standard operations
 * (model/condition-operators.ts): anything else — a custom operation, an older app's
 * `startsWith` — is refused when compiling, even if someone registered it with json-logic-js.
 * A property test (jsonlogic.test.ts) checks both agree on generated rules and data.
 */
import jsonLogic from 'json-logic-js';
import { isJsonLogicOperator } from '../model/condition-operators';

/** A compiled rule: what jsonLogic.apply(rule, data) would return. */
export type CompiledRule = (data: unknown) => unknown;

/** JsonLogic's truthiness: like JavaScript, except that an empty array is false. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/**
 * Compiles a rule into a closure returning the same value json-logic-js would. Throws for an
 * operation outside the app's list, wherever it is in the rule (json-logic-js would only throw
 * if evaluation reached it).
 */
export function compileRule(rule: unknown): CompiledRule {
  if (Array.isArray(rule)) return compileArray(rule);
  if (!isLogic(rule)) return constant(rule);
  const op = Object.keys(rule)[0]!;
  const raw = (rule as Record<string, unknown>)[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const build = OPERATORS[op];
  if (build && Object.hasOwn(OPERATORS, op)) return build(args, rule);
  throw new Error(`Unrecognized operation ${op}: not standard JsonLogic`);
}

/** Compiles a decision condition into a predicate; a condition that throws, or cannot compile, does not hold. */
export function compileCondition(rule: unknown): (data: unknown) => boolean {
  let f: CompiledRule;
  try {
    f = compileRule(rule);
  } catch {
    return () => false;
  }
  // Most conditions can neither throw nor return a non-boolean: use the closure as it is,
  // one call less per branch evaluated.
  if (!mayThrow(rule)) return returnsBoolean(rule) ? (f as (data: unknown) => boolean) : (data) => truthy(f(data));
  return (data) => {
    try {
      return truthy(f(data));
    } catch {
      return false;
    }
  };
}

/** Operators that can throw in json-logic-js (`*` of nothing), or that we hand to it (`log`, `missing_some`). */
function mayThrow(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.some(mayThrow);
  if (!isLogic(rule)) return false;
  const op = Object.keys(rule)[0]!;
  if (op === '*' || !Object.hasOwn(OPERATORS, op) || OPERATORS[op] === OPERATORS.log || OPERATORS[op] === OPERATORS.missing_some) return true;
  return mayThrow(rule[op]);
}

const BOOLEAN_OPERATORS = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'in', 'some', 'all', 'none']);

function returnsBoolean(rule: unknown): boolean {
  return isLogic(rule) && BOOLEAN_OPERATORS.has(Object.keys(rule)[0]!);
}

/** Operations of a rule outside the app's list: the ones compileRule refuses. */
export function unknownOperators(rule: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isLogic(node)) return;
    const op = Object.keys(node)[0]!;
    if (!isJsonLogicOperator(op)) found.add(op);
    walk((node as Record<string, unknown>)[op]);
  };
  walk(rule);
  return [...found];
}

function isLogic(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).length === 1;
}

const constant = (value: unknown): CompiledRule => () => value;
const UNDEFINED: CompiledRule = () => undefined;

function compileArray(items: unknown[]): CompiledRule {
  const parts = items.map(compileRule);
  if (items.every((x) => !Array.isArray(x) && !isLogic(x))) {
    // All literal: still a fresh array per call, as json-logic-js returns one (== compares identity).
    return () => items.slice();
  }
  return (data) => parts.map((p) => p(data));
}

type Builder = (args: unknown[], rule: unknown) => CompiledRule;
// Operators take whatever the data holds, exactly as json-logic-js does.
type Fn = (...values: any[]) => unknown;

/** Arguments evaluated depth-first, then the operation applied — the json-logic-js default. */
function eager(fn: Fn): Builder {
  return (args) => {
    const p = args.map(compileRule);
    switch (p.length) {
      case 0:
        return () => fn();
      case 1: {
        const [a] = p as [CompiledRule];
        return (d) => fn(a(d));
      }
      case 2: {
        const [a, b] = p as [CompiledRule, CompiledRule];
        return (d) => fn(a(d), b(d));
      }
      case 3: {
        const [a, b, c] = p as [CompiledRule, CompiledRule, CompiledRule];
        return (d) => fn(a(d), b(d), c(d));
      }
      default:
        return (d) => fn(...p.map((x) => x(d)));
    }
  };
}

const isLiteral = (x: unknown): boolean => !Array.isArray(x) && !isLogic(x);

/**
 * Comparisons are most of what decisions evaluate. Each operator gets its own closures,
 * written out, so the comparison is inlined instead of called through a shared helper
 * (a call site shared by every operator would be megamorphic and never inlined).
 */
function comparison(op: '==' | '===' | '!=' | '!==' | '>' | '>=' | '<' | '<='): Builder {
  const general = eager(GENERIC_COMPARE[op]!);
  return (args, rule) => {
    if (args.length !== 2) return general(args, rule);
    const field = fieldOf(args[0]);
    if (field && isLiteral(args[1])) {
      // `persona.tier == "gold"`: one closure reading the field and comparing, no call in between.
      const { root, key } = field;
      const k = args[1] as any;
      switch (op) {
        case '==': return (d) => readField(d, root, key) == k;
        case '===': return (d) => readField(d, root, key) === k;
        case '!=': return (d) => readField(d, root, key) != k;
        case '!==': return (d) => readField(d, root, key) !== k;
        case '>': return (d) => (readField(d, root, key) as any) > k;
        case '>=': return (d) => (readField(d, root, key) as any) >= k;
        case '<': return (d) => (readField(d, root, key) as any) < k;
        case '<=': return (d) => (readField(d, root, key) as any) <= k;
      }
    }
    const a = compileRule(args[0]);
    if (isLiteral(args[1])) {
      const k = args[1] as any;
      switch (op) {
        case '==': return (d) => a(d) == k;
        case '===': return (d) => a(d) === k;
        case '!=': return (d) => a(d) != k;
        case '!==': return (d) => a(d) !== k;
        case '>': return (d) => (a(d) as any) > k;
        case '>=': return (d) => (a(d) as any) >= k;
        case '<': return (d) => (a(d) as any) < k;
        case '<=': return (d) => (a(d) as any) <= k;
      }
    }
    const b = compileRule(args[1]);
    switch (op) {
      case '==': return (d) => a(d) == b(d);
      case '===': return (d) => a(d) === b(d);
      case '!=': return (d) => a(d) != b(d);
      case '!==': return (d) => a(d) !== b(d);
      case '>': return (d) => (a(d) as any) > (b(d) as any);
      case '>=': return (d) => (a(d) as any) >= (b(d) as any);
      case '<': return (d) => (a(d) as any) < (b(d) as any);
      case '<=': return (d) => (a(d) as any) <= (b(d) as any);
    }
  };
}

const GENERIC_COMPARE: Record<string, Fn> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b, c) => (c === undefined ? a < b : a < b && b < c),
  '<=': (a, b, c) => (c === undefined ? a <= b : a <= b && b <= c),
};

/** `var`: a dotted path into the data, with an optional default; the path is split once. */
function compileVar(args: unknown[]): CompiledRule {
  const [name, fallback] = args;
  const nameIsLiteral = !Array.isArray(name) && !isLogic(name);
  const fallbackRule = args.length > 1 ? compileRule(fallback) : UNDEFINED;
  if (!nameIsLiteral) {
    const nameRule = compileRule(name);
    return (d) => lookup(d, nameRule(d), fallbackRule(d));
  }
  if (name === undefined || name === '' || name === null) return (d) => d;
  const path = String(name).split('.');
  const fallbackIsLiteral = args.length < 2 || (!Array.isArray(fallback) && !isLogic(fallback));
  const notFound = fallback === undefined ? null : fallback;
  if (fallbackIsLiteral && path.length === 2) {
    const [p0, p1] = path as [string, string];
    // The three roots conditions read get a named property load (one object shape, fast).
    if (p0 === 'persona') return (d) => pick2(d == null ? d : (d as ConditionRoots).persona, p1, notFound);
    if (p0 === 'event') return (d) => pick2(d == null ? d : (d as ConditionRoots).event, p1, notFound);
    if (p0 === 'context') return (d) => pick2(d == null ? d : (d as ConditionRoots).context, p1, notFound);
    return (d) => {
      if (d === null || d === undefined) return notFound;
      const o = (d as Record<string, unknown>)[p0];
      if (o === undefined || o === null) return notFound;
      const v = (o as Record<string, unknown>)[p1];
      return v === undefined ? notFound : v;
    };
  }
  if (fallbackIsLiteral) return (d) => walkPath(d, path, notFound);
  return (d) => {
    const f = fallbackRule(d);
    return walkPath(d, path, f === undefined ? null : f);
  };
}

const ROOTS = ['persona', 'event', 'context'];

/** `{"var": "persona.tier"}` → root 0, key "tier": the shape most conditions read. */
function fieldOf(rule: unknown): { root: number; key: string } | null {
  if (!isLogic(rule) || !('var' in rule)) return null;
  const name = rule.var;
  if (typeof name !== 'string') return null;
  const parts = name.split('.');
  const root = ROOTS.indexOf(parts[0]!);
  return parts.length === 2 && root >= 0 && parts[1] !== '' ? { root, key: parts[1]! } : null;
}

/** What `{"var": "<root>.<key>"}` returns (json-logic-js's loop, unrolled for two steps). */
function readField(d: unknown, root: number, key: string): unknown {
  if (d === null || d === undefined) return null;
  const r = d as ConditionRoots;
  const o = root === 0 ? r.persona : root === 1 ? r.event : r.context;
  if (o === undefined || o === null) return null;
  const v = (o as Record<string, unknown>)[key];
  return v === undefined ? null : v;
}

interface ConditionRoots {
  persona?: unknown;
  event?: unknown;
  context?: unknown;
}

/** The second step of a two-step `var`, given the first step's value (json-logic-js's loop, unrolled). */
function pick2(o: unknown, key: string, notFound: unknown): unknown {
  if (o === undefined || o === null) return notFound;
  const v = (o as Record<string, unknown>)[key];
  return v === undefined ? notFound : v;
}

function lookup(data: unknown, name: unknown, fallback: unknown): unknown {
  const notFound = fallback === undefined ? null : fallback;
  if (name === undefined || name === '' || name === null) return data;
  return walkPath(data, String(name).split('.'), notFound);
}

function walkPath(data: unknown, path: readonly string[], notFound: unknown): unknown {
  let d: any = data;
  for (let i = 0; i < path.length; i++) {
    if (d === null || d === undefined) return notFound;
    d = d[path[i]!];
    if (d === undefined) return notFound;
  }
  return d;
}

/** `missing` reads each key like `var`; a key that is itself a rule goes to the reference. */
function missing(data: unknown, values: unknown[]): unknown[] {
  const keys = Array.isArray(values[0]) ? (values[0] as unknown[]) : values;
  const out: unknown[] = [];
  for (const key of keys) {
    const value = isLogic(key) || Array.isArray(key) ? jsonLogic.apply({ var: key } as never, data) : lookup(data, key, undefined);
    if (value === null || value === '') out.push(key);
  }
  return out;
}

/** Array operators run their inner rule with each element as the data. */
function scoped(kind: 'filter' | 'map' | 'all' | 'none' | 'some'): Builder {
  return (args) => {
    const source = compileRule(args[0]);
    const inner = compileRule(args[1]);
    return (d) => {
      const items = source(d);
      if (kind === 'filter') return Array.isArray(items) ? items.filter((x) => truthy(inner(x))) : [];
      if (kind === 'map') return Array.isArray(items) ? items.map((x) => inner(x)) : [];
      if (!Array.isArray(items) || items.length === 0) return kind === 'none';
      for (const x of items) {
        const t = truthy(inner(x));
        if (kind === 'all' && !t) return false;
        if (kind === 'none' && t) return false;
        if (kind === 'some' && t) return true;
      }
      return kind !== 'some';
    };
  };
}

const OPERATORS: Record<string, Builder> = {
  var: (args) => compileVar(args),
  missing: (args) => {
    const p = args.map(compileRule);
    return (d) => missing(d, p.map((x) => x(d)));
  },
  // Rare, and re-applies its evaluated options as rules: the reference does it exactly — after
  // the arguments are compiled once, so an operation outside the list is refused here too.
  missing_some: (args, rule) => (args.forEach(compileRule), (d) => jsonLogic.apply(rule as never, d)),
  log: (args, rule) => (args.forEach(compileRule), (d) => jsonLogic.apply(rule as never, d)),

  if: (args) => compileIf(args),
  '?:': (args) => compileIf(args),
  and: (args) => {
    const p = args.map(compileRule);
    if (p.length === 2) {
      const [a, b] = p as [CompiledRule, CompiledRule];
      return (d) => {
        const x = a(d);
        return truthy(x) ? b(d) : x;
      };
    }
    return (d) => {
      let current: unknown;
      for (let i = 0; i < p.length; i++) {
        current = p[i]!(d);
        if (!truthy(current)) return current;
      }
      return current;
    };
  },
  or: (args) => {
    const p = args.map(compileRule);
    if (p.length === 2) {
      const [a, b] = p as [CompiledRule, CompiledRule];
      return (d) => {
        const x = a(d);
        return truthy(x) ? x : b(d);
      };
    }
    return (d) => {
      let current: unknown;
      for (let i = 0; i < p.length; i++) {
        current = p[i]!(d);
        if (truthy(current)) return current;
      }
      return current;
    };
  },

  '==': comparison('=='),
  '===': comparison('==='),
  '!=': comparison('!='),
  '!==': comparison('!=='),
  '>': comparison('>'),
  '>=': comparison('>='),
  '<': comparison('<'),
  '<=': comparison('<='),
  '!!': eager((a) => truthy(a)),
  '!': eager((a) => !truthy(a)),
  '%': eager((a, b) => a % b),
  in: (args, rule) => {
    const list = args[1];
    // A literal list (`x in ["a", "b"]`) is never compared by identity here, so it can be shared.
    if (args.length === 2 && Array.isArray(list) && list.every((x) => !Array.isArray(x) && !isLogic(x))) {
      const field = fieldOf(args[0]);
      if (field) {
        const { root, key } = field;
        return (d) => list.indexOf(readField(d, root, key)) !== -1;
      }
      const a = compileRule(args[0]);
      return (d) => list.indexOf(a(d)) !== -1;
    }
    return eager(inList)(args, rule);
  },
  cat: eager((...v: unknown[]) => Array.prototype.join.call(v, '')),
  substr: eager((source, start, end) => {
    if (end < 0) {
      const temp = String(source).substr(start);
      return temp.substr(0, temp.length + end);
    }
    return String(source).substr(start, end);
  }),
  '+': eager((...v: unknown[]) => v.reduce((a: any, b: any) => parseFloat(a) + parseFloat(b), 0)),
  '*': eager((...v: unknown[]) => v.reduce((a: any, b: any) => parseFloat(a) * parseFloat(b))),
  '-': eager((a, b) => (b === undefined ? -a : a - b)),
  '/': eager((a, b) => a / b),
  min: eager((...v: number[]) => Math.min(...v)),
  max: eager((...v: number[]) => Math.max(...v)),
  merge: eager((...v: unknown[]) => v.reduce((a: unknown[], b) => a.concat(b), [])),

  filter: scoped('filter'),
  map: scoped('map'),
  all: scoped('all'),
  none: scoped('none'),
  some: scoped('some'),
  reduce: (args) => {
    const source = compileRule(args[0]);
    const inner = compileRule(args[1]);
    const initial = args[2] !== undefined ? compileRule(args[2]) : () => null;
    return (d) => {
      const items = source(d);
      const start = initial(d);
      if (!Array.isArray(items)) return start;
      return items.reduce((accumulator, current) => inner({ current, accumulator }), start);
    };
  },
};

/** The operations compiled here: exactly JSONLOGIC_OPERATORS (a test keeps the two equal). */
export const COMPILED_OPERATORS: readonly string[] = Object.keys(OPERATORS);

function inList(a: unknown, b: any): boolean {
  if (!b || typeof b.indexOf === 'undefined') return false;
  return b.indexOf(a) !== -1;
}

function compileIf(args: unknown[]): CompiledRule {
  const p = args.map(compileRule);
  return (d) => {
    let i = 0;
    for (; i < p.length - 1; i += 2) {
      if (truthy(p[i]!(d))) return p[i + 1]!(d);
    }
    if (p.length === i + 1) return p[i]!(d);
    return null;
  };
}
