/**
 * Normalise on the way in: every interaction log — from CSV or JSON — goes through here.
 * Envelope check, validation against the file schema, times to minutes, events in time
 * order, validation against the canonical schema. All problems are collected with the
 * line they come from; the log is returned whole or not at all.
 */
import { z } from 'zod';
import { defineLogSchema, InteractionLog, issueSentence, LOG_FORMAT, LOG_VERSION, type LogIssue } from '../sim/log';
import { readFileTime } from './log-time';

/** A problem in an imported log, with where it is. */
export interface LogProblem {
  /** 1-based line in the file; null when the problem is not tied to one line. */
  line: number | null;
  /** The column (CSV) or field path (JSON) at fault, as shown to the user. */
  field: string | null;
  message: string;
}

/**
 * A log read whole, with `locate` to name the line and field of a problem found later — an
 * unknown persona shows only when a journey replays the log (see `locateIssue`).
 */
export type LogImport = { ok: true; log: InteractionLog; locate: Locate } | { ok: false; problems: LogProblem[] };

/** `line 7, column "at": "yesterday" is not a time`. */
export function formatLogProblem(p: LogProblem): string {
  const where = [p.line !== null ? `line ${p.line}` : null, p.field].filter(Boolean).join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

/** Where a schema path is in the file: its line and how to name the field. */
export type Locate = (path: readonly PropertyKey[]) => { line: number | null; field: string | null };

/** A problem the engine found in a log (`prepareLog`'s issues), at its line and field in the file. */
export function locateIssue(issue: LogIssue, locate: Locate): LogProblem {
  return { ...locate(issue.path), message: issue.message };
}

/**
 * The problems that stopped a run, those tied to a field of the log at their line and field
 * in the file it came from (`line 2, column "persona": persona "Pirate" of customer "c1" is
 * not in the journey`); the rest as they are. Without `locate`, the problems unchanged.
 */
export function locatedProblems(outcome: { problems: string[]; issues?: LogIssue[] }, locate: Locate | undefined): string[] {
  const issues = outcome.issues ?? [];
  if (!locate || issues.length === 0) return outcome.problems;
  const bySentence = new Map(issues.map((i) => [issueSentence(i), i]));
  return outcome.problems.map((p) => {
    const issue = bySentence.get(p);
    return issue ? formatLogProblem(locateIssue(issue, locate)) : p;
  });
}

const TIME_HINT = 'write minutes, like 90, or a date-time, like 2025-03-01T09:30';

/** A time as files write it: minutes, or an ISO date-time. */
const FileTimeSchema = z.union([z.number(), z.string()]).superRefine((value, ctx) => {
  if (readFileTime(value) === null) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} is not a time (${TIME_HINT})` });
});

/** The log as files write it: times as minutes or ISO date-times. */
export const InteractionLogFile = defineLogSchema(FileTimeSchema);
type FileLog = z.infer<typeof InteractionLogFile>;

const MAX_PROBLEMS = 50;

/**
 * Validates a parsed file, converts its times, orders its events: a canonical log or every
 * problem. `earlier` are problems the caller already found (a CSV's rows), reported together.
 */
export function normaliseLog(data: unknown, locate: Locate, earlier: LogProblem[] = []): LogImport {
  const problems: LogProblem[] = [...earlier];
  const add = (path: readonly PropertyKey[], message: string) => problems.push({ ...locate(path), message });

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ line: 1, field: null, message: 'An interaction log must be an object with "customers" (and optionally "disruptions").' }] };
  }
  const envelope = data as { format?: unknown; version?: unknown };
  if (envelope.format !== undefined && envelope.format !== LOG_FORMAT) {
    add(['format'], `this is not an interaction log (format "${String(envelope.format)}", expected "${LOG_FORMAT}")`);
    return { ok: false, problems };
  }
  if (typeof envelope.version === 'number' && envelope.version > LOG_VERSION) {
    add(['version'], `this log was made by a newer version of Journey Designer (version ${envelope.version}; this one reads up to ${LOG_VERSION})`);
    return { ok: false, problems };
  }

  const parsed = InteractionLogFile.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path, issueMessage(issue));
    return fail(problems);
  }
  if (problems.length > 0) return fail(problems);
  const file = parsed.data;

  // Times: minutes stay; date-times count from `start`, or from the earliest one in the file.
  const start = file.start !== undefined ? readFileTime(file.start) : null;
  if (file.start !== undefined && (start === null || !('instant' in start))) add(['start'], `"${file.start}" is not a date-time`);
  let origin = start && 'instant' in start ? start.instant : Infinity;
  if (origin === Infinity) {
    const scan = (v: unknown) => {
      const t = readFileTime(v);
      if (t && 'instant' in t && t.instant < origin) origin = t.instant;
    };
    file.customers.forEach((c) => (c.events.forEach((e) => scan(e.at)), c.droppedOffAt !== undefined && scan(c.droppedOffAt)));
    file.disruptions.forEach((d) => (scan(d.from), scan(d.until)));
    if (file.horizon !== undefined) scan(file.horizon);
  }
  const minutes = (value: number | string, path: readonly PropertyKey[]): number => {
    const t = readFileTime(value);
    if (t === null) {
      add(path, `${JSON.stringify(value)} is not a time (${TIME_HINT})`);
      return 0;
    }
    return 'minutes' in t ? t.minutes : (t.instant - origin) / 60_000;
  };

  // Stable sort per customer; `order` maps sorted positions back to the file's, for messages.
  const orders: number[][] = [];
  const customers = file.customers.map((c, i) => {
    const events = c.events.map((e, j) => ({ ...e, at: minutes(e.at, ['customers', i, 'events', j, 'at']) }));
    const order = events.map((_, j) => j).sort((a, b) => events[a]!.at - events[b]!.at || a - b);
    orders.push(order);
    const droppedOffAt = c.droppedOffAt !== undefined ? { droppedOffAt: minutes(c.droppedOffAt, ['customers', i, 'droppedOffAt']) } : {};
    return { ...c, events: order.map((j) => events[j]!), ...droppedOffAt };
  });
  const disruptions = file.disruptions.map((d, k) => ({
    ...d,
    from: minutes(d.from, ['disruptions', k, 'from']),
    until: minutes(d.until, ['disruptions', k, 'until']),
  }));
  const horizon = file.horizon !== undefined ? minutes(file.horizon, ['horizon']) : undefined;
  if (problems.length > 0) return fail(problems);

  const canonical: FileLog & Record<string, unknown> = {
    ...file,
    customers,
    disruptions,
    ...(horizon !== undefined ? { horizon } : {}),
    ...(origin !== Infinity ? { start: new Date(origin).toISOString() } : {}),
  };
  const checked = InteractionLog.safeParse(canonical, { reportInput: true });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = [...issue.path];
      if (path[0] === 'customers' && path[2] === 'events' && typeof path[3] === 'number') path[3] = orders[path[1] as number]![path[3]]!;
      add(path, issueMessage(issue));
    }
    return fail(problems);
  }
  return { ok: true, log: checked.data, locate };
}

function fail(problems: LogProblem[]): LogImport {
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.length = MAX_PROBLEMS;
    problems.push({ line: null, field: null, message: `…and ${more} more problems.` });
  }
  return { ok: false, problems };
}

/** Zod's issue in the user's words. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? (issue as { input?: unknown }).input : undefined;
  const last = issue.path[issue.path.length - 1];
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, found ${JSON.stringify(input)}`;
    case 'invalid_value':
      return `${JSON.stringify(input)} is not one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      if (discriminator && typeof input === 'object' && input !== null) {
        return `${JSON.stringify((input as Record<string, unknown>)[discriminator])} is not a known ${discriminator}`;
      }
      if (last === 'at' || last === 'from' || last === 'until' || last === 'horizon' || last === 'droppedOffAt') return `${JSON.stringify(input)} is not a time (${TIME_HINT})`;
      if (issue.path.includes('events') || issue.path.includes('attributes')) return `${JSON.stringify(input)} is not allowed here: an attribute is text, a number or true/false`;
      return issue.message;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}
