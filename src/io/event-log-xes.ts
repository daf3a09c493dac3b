/**
 * XES event logs (IEEE 1849), the standard of process-mining tools: traces of events, each with
 * typed attributes — `concept:name` (the trace's case id, the event's activity), `time:timestamp`,
 * `lifecycle:transition`, `org:resource`, and any others. Read with saxes, a streaming XML
 * parser, piece by piece: a large log never becomes a DOM (or one string). Attributes are turned
 * into columns named as in the file, trace attributes prefixed `case:`, so the same mapping step
 * as for CSV confirms which is the channel and who did it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { EventLogBuilder, LIFECYCLE_COMPLETE, LIFECYCLE_NONE, LIFECYCLE_OTHER } from '../mining/event-log';
import type { LogProblem } from './log-normalise';
import { columnSignature, suggestMapping, type EventLogMapping } from './event-log-mapping';
import { parseIsoInstant } from './log-time';
import type { EventLogImport, ReadOptions } from './event-log-csv';
import { detectTimestampFormat, type TimestampDetection } from './event-log-time';

const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);
export const XES_CASE_PREFIX = 'case:';
export const XES_LIFECYCLE = 'lifecycle:transition';

export interface XesPreview {
  format: 'xes';
  columns: string[];
  rows: string[][];
  timestamps: Record<string, TimestampDetection>;
  suggestion: EventLogMapping;
  signature: string;
}

type Attrs = Map<string, string>;

interface Handlers {
  /** A trace ended: its attributes and its events' attributes, with the line each event starts on. */
  trace: (traceAttrs: Attrs, events: { attrs: Attrs; line: number }[], line: number) => void;
}

/** Streams XES: calls `handlers.trace` once per trace. Returns a function to feed text, and one to finish. */
function xesStream(handlers: Handlers, onError: (p: LogProblem) => void) {
  const parser = new SaxesParser<{ position: true; xmlns: false }>({ position: true, xmlns: false });
  // What each open element is: the log, a trace, an event, an attribute of one of them, or something else.
  const stack: ('log' | 'trace' | 'event' | 'attribute' | 'other')[] = [];
  let traceAttrs: Attrs = new Map();
  let traceLine = 0;
  let events: { attrs: Attrs; line: number }[] = [];
  let event: { attrs: Attrs; line: number } | null = null;
  let failed = false;
  let sawLog = false;
  parser.on('error', (e) => {
    if (failed) return;
    failed = true;
    const message = e.message.replace(/^\d+:\d+:\s*/, '');
    onError({ line: parser.line, field: `column ${parser.column + 1}`, message: `the XML cannot be read here: ${message}` });
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const parent = stack[stack.length - 1];
    const name = tag.name;
    if (stack.length === 0) {
      if (name !== 'log') {
        failed = true;
        onError({ line: parser.line, field: null, message: `this is not an XES log: it starts with <${name}>, not <log>` });
      }
      sawLog = true;
      stack.push('log');
    } else if (name === 'trace' && parent === 'log') {
      stack.push('trace');
      traceAttrs = new Map();
      traceLine = parser.line;
      events = [];
    } else if (name === 'event' && parent === 'trace') {
      stack.push('event');
      event = { attrs: new Map(), line: parser.line };
    } else if (ATTRIBUTE_TAGS.has(name) && (parent === 'trace' || parent === 'event')) {
      stack.push('attribute');
      const key = tag.attributes.key;
      const value = tag.attributes.value;
      if (typeof key === 'string' && typeof value === 'string') (parent === 'trace' ? traceAttrs : event!.attrs).set(key, value);
    } else {
      // Log-level attributes, extensions, globals, classifiers, lists, meta-attributes: not needed.
      stack.push('other');
    }
  });
  parser.on('closetag', () => {
    const kind = stack.pop();
    if (kind === 'event' && event) {
      events.push(event);
      event = null;
    } else if (kind === 'trace') {
      handlers.trace(traceAttrs, events, traceLine);
    }
  });
  return {
    write: (text: string) => {
      if (!failed) parser.write(text);
      return !failed;
    },
    close: () => {
      if (!failed) parser.close();
      if (!failed && !sawLog) onError({ line: 1, field: null, message: 'the file is empty: an XES log starts with <log>' });
      return !failed;
    },
  };
}

/** The columns of an event: its own attributes, and its trace's prefixed `case:`. */
function rowOf(traceAttrs: Attrs, attrs: Attrs): Map<string, string> {
  const row = new Map<string, string>();
  for (const [k, v] of traceAttrs) row.set(XES_CASE_PREFIX + k, v);
  for (const [k, v] of attrs) row.set(k, v);
  return row;
}

/** Reads the head of an XES file: the attributes it uses as columns, its first events, a guess of the mapping. */
export function previewXes(head: string): XesPreview | { problems: LogProblem[] } {
  const problems: LogProblem[] = [];
  const rows: Map<string, string>[] = [];
  const stream = xesStream(
    {
      trace: (t, events) => {
        for (const e of events) if (rows.length < 200) rows.push(rowOf(t, e.attrs));
      },
    },
    (p) => problems.push(p),
  );
  // The head may stop mid-element: no close(), so a cut-off end is not an error.
  stream.write(head);
  if (problems.length) return { problems };
  if (rows.length === 0) return { problems: [{ line: null, field: null, message: 'no complete trace with events in the first part of the file: is this an XES log?' }] };
  const columns: string[] = [];
  for (const r of rows) for (const k of r.keys()) if (!columns.includes(k)) columns.push(k);
  // The standard keys first, in a fixed order; then the others as they come.
  const first = [`${XES_CASE_PREFIX}concept:name`, 'concept:name', 'time:timestamp', XES_LIFECYCLE, 'org:resource'];
  columns.sort((a, b) => rank(a, first) - rank(b, first));
  const table = rows.map((r) => columns.map((c) => r.get(c) ?? ''));
  const guess = suggestMapping(columns, table);
  const suggestion: EventLogMapping = {
    ...guess,
    caseId: columns.includes(first[0]!) ? first[0]! : guess.caseId,
    activity: columns.includes('concept:name') ? 'concept:name' : guess.activity,
    timestamp: columns.includes('time:timestamp') ? 'time:timestamp' : guess.timestamp,
    timestampFormat: 'iso',
    actor: columns.includes('org:resource') ? 'org:resource' : guess.actor,
  };
  const roles = new Set([suggestion.caseId, suggestion.activity, suggestion.timestamp, suggestion.channel, suggestion.actor]);
  suggestion.attributes = columns.filter((c) => !roles.has(c) && c !== XES_LIFECYCLE);
  return {
    format: 'xes',
    columns,
    rows: table.slice(0, 20),
    timestamps: Object.fromEntries(columns.map((c, i) => [c, detectTimestampFormat(table.map((r) => r[i]!))])),
    suggestion,
    signature: columnSignature(columns),
  };
}

const rank = (c: string, first: string[]) => (first.includes(c) ? first.indexOf(c) : first.length);

/** Reads a whole XES log with a confirmed mapping; all or nothing, problems with their line. */
export async function readXes(chunks: AsyncIterable<string>, mapping: EventLogMapping, name: string, options: ReadOptions = {}): Promise<EventLogImport> {
  const builder = new EventLogBuilder(name);
  const problems: LogProblem[] = [];
  // Trace attributes belong to the case; event attributes to the event, as the standard says.
  const slots = mapping.attributes.map((a) => ({ column: a, slot: builder.attribute(a, a.startsWith(XES_CASE_PREFIX) ? 'case' : 'event') }));
  const add = (p: LogProblem) => {
    if (problems.length <= 50) problems.push(p);
  };
  const stream = xesStream(
    {
      trace: (t, events, line) => {
        for (const e of events) {
          const row = rowOf(t, e.attrs);
          const caseId = row.get(mapping.caseId)?.trim() ?? '';
          const activity = row.get(mapping.activity)?.trim() ?? '';
          const rawTime = row.get(mapping.timestamp)?.trim() ?? '';
          if (caseId === '') add({ line, field: `attribute "${mapping.caseId}"`, message: 'is missing on this trace: every event needs its case' });
          if (activity === '') add({ line: e.line, field: `attribute "${mapping.activity}"`, message: 'is missing on this event: every event needs its activity' });
          const time = parseIsoInstant(rawTime);
          if (time === null) add({ line: e.line, field: `attribute "${mapping.timestamp}"`, message: rawTime === '' ? 'is missing on this event: every event needs its time' : `"${rawTime}" is not a date-time like 2025-03-07T14:05:00+01:00` });
          if (problems.length > 0) continue;
          const lifecycle = row.get(XES_LIFECYCLE)?.trim().toLowerCase();
          const cycle = lifecycle === undefined ? LIFECYCLE_NONE : lifecycle === 'complete' ? LIFECYCLE_COMPLETE : LIFECYCLE_OTHER;
          builder.add(caseId, activity, time!, mapping.channel ? (row.get(mapping.channel) ?? null) : null, mapping.actor ? (row.get(mapping.actor) ?? null) : null, cycle);
          for (const s of slots) {
            const v = row.get(s.column)?.trim();
            if (v) builder.set(s.slot, v);
          }
        }
      },
    },
    add,
  );
  for await (const piece of chunks) {
    if (options.signal?.aborted) return { ok: false, cancelled: true, problems: [] };
    if (!stream.write(piece) || problems.length > 50) break;
    options.onProgress?.();
  }
  if (options.signal?.aborted) return { ok: false, cancelled: true, problems: [] };
  if (problems.length === 0) stream.close();
  if (problems.length > 0) return { ok: false, cancelled: false, problems };
  if (builder.size === 0) return { ok: false, cancelled: false, problems: [{ line: null, field: null, message: 'the log has no events' }] };
  return { ok: true, log: builder.finish() };
}
