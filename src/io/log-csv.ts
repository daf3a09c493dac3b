/**
 * Interaction logs as CSV, one row per event — what a CRM or analytics export looks like:
 *
 *   customer_id, persona, at, event, channel, …event attributes, persona.<attribute>…
 *
 * A row with an empty customer_id and event `disruption` declares a road closure
 * (at = from, until, channel and/or action_id, label). See docs/interaction-logs.md.
 * Import is all or nothing: every bad row is reported with its line and column.
 */
import Papa from 'papaparse';
import type { AttributeValue } from '../model/journey';
import type { InteractionLog } from '../sim/log';
import { normaliseLog, type LogImport, type LogProblem } from './log-normalise';

export const CSV_COLUMNS = ['customer_id', 'persona', 'at', 'event', 'channel'] as const;
/** When the customer left for good, on any one of their rows (a generated population's drop-off). */
const DROPPED_OFF = 'dropped_off_at';
/** Columns only disruption rows use. */
export const DISRUPTION_COLUMNS = ['until', 'action_id', 'label'] as const;
const REQUIRED = ['customer_id', 'at', 'event'];
const RESERVED = new Set<string>([...CSV_COLUMNS, ...DISRUPTION_COLUMNS, DROPPED_OFF]);
const PERSONA_PREFIX = 'persona.';
/** Names that would reach an object's prototype when used as a key (see io/safe-json). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

interface Row {
  line: number;
  fields: string[];
}

/** Reads a CSV interaction log; either the whole log or every problem with its line and column. */
export function parseLogCsv(text: string): LogImport {
  const { rows, problems } = readRows(text.replace(/^\uFEFF/, ''));
  if (problems.length > 0) return { ok: false, problems };
  if (rows.length === 0) return { ok: false, problems: [{ line: 1, field: null, message: 'the file is empty: it needs a header row and one row per event' }] };

  const [header, ...data] = rows as [Row, ...Row[]];
  const columns = header.fields.map((f) => {
    const name = f.trim();
    const lower = name.toLowerCase();
    if (RESERVED.has(lower)) return lower;
    return lower.startsWith(PERSONA_PREFIX) ? PERSONA_PREFIX + name.slice(PERSONA_PREFIX.length) : name;
  });
  columns.forEach((c, i) => {
    if (c === '') problems.push({ line: header.line, field: `column ${i + 1}`, message: 'a column has no name' });
    else if (FORBIDDEN.has(c.replace(PERSONA_PREFIX, ''))) problems.push({ line: header.line, field: `column "${c}"`, message: 'is not allowed as a column name' });
    else if (columns.indexOf(c) !== i) problems.push({ line: header.line, field: `column "${c}"`, message: 'appears twice in the header' });
  });
  for (const r of REQUIRED) {
    if (!columns.includes(r)) problems.push({ line: header.line, field: `column "${r}"`, message: `is missing from the header (needed: ${REQUIRED.join(', ')})` });
  }
  if (problems.length > 0) return { ok: false, problems };

  const col = (name: string) => columns.indexOf(name);
  const eventAttributes = columns.map((c, i) => (RESERVED.has(c) || c.startsWith(PERSONA_PREFIX) ? -1 : i)).filter((i) => i >= 0);
  const personaAttributes = columns.map((c, i) => (c.startsWith(PERSONA_PREFIX) ? i : -1)).filter((i) => i >= 0);

  type Customer = {
    id: string;
    persona?: string;
    attributes?: Record<string, AttributeValue>;
    droppedOffAt?: string;
    events: Record<string, unknown>[];
    line: number;
    personaLine: number;
    droppedOffLine: number;
    eventLines: number[];
    attributeLines: Record<string, number>;
  };
  const customers = new Map<string, Customer>();
  const disruptions: Record<string, unknown>[] = [];
  const disruptionLines: number[] = [];

  for (const row of data) {
    if (row.fields.length !== columns.length) {
      problems.push({ line: row.line, field: null, message: `expected ${columns.length} fields like the header, found ${row.fields.length}` });
      continue;
    }
    const get = (name: string): string => (col(name) >= 0 ? row.fields[col(name)]!.trim() : '');
    const id = get('customer_id');
    const eventName = get('event');
    if (id === '' && eventName.toLowerCase() === 'disruption') {
      const d: Record<string, unknown> = { label: get('label') };
      if (get('at') !== '') d.from = get('at');
      if (get('until') !== '') d.until = get('until');
      if (get('channel') !== '') d.channel = get('channel');
      if (get('action_id') !== '') d.actionId = get('action_id');
      disruptions.push(d);
      disruptionLines.push(row.line);
      continue;
    }
    if (id === '') {
      problems.push({ line: row.line, field: 'column "customer_id"', message: 'is empty (only a disruption row may leave it empty, with event "disruption")' });
      continue;
    }
    if (get(DROPPED_OFF) !== '' && id === '') problems.push({ line: row.line, field: `column "${DROPPED_OFF}"`, message: 'is only for customer rows' });
    for (const c of DISRUPTION_COLUMNS) {
      if (get(c) !== '') problems.push({ line: row.line, field: `column "${c}"`, message: 'is only for disruption rows; leave it empty on event rows' });
    }
    let customer = customers.get(id);
    if (!customer) {
      customer = { id, events: [], line: row.line, personaLine: row.line, droppedOffLine: row.line, eventLines: [], attributeLines: {} };
      customers.set(id, customer);
    }
    const persona = get('persona');
    if (persona !== '') {
      if (customer.persona === undefined) {
        customer.persona = persona;
        customer.personaLine = row.line;
      } else if (customer.persona !== persona) {
        problems.push({ line: row.line, field: 'column "persona"', message: `customer "${id}" is "${customer.persona}" on line ${customer.personaLine}, not "${persona}"` });
      }
    }
    const droppedOff = get(DROPPED_OFF);
    if (droppedOff !== '') {
      if (customer.droppedOffAt === undefined) {
        customer.droppedOffAt = droppedOff;
        customer.droppedOffLine = row.line;
      } else if (customer.droppedOffAt !== droppedOff) {
        problems.push({ line: row.line, field: `column "${DROPPED_OFF}"`, message: `customer "${id}" dropped off at ${customer.droppedOffAt} on line ${customer.droppedOffLine}, not ${droppedOff}` });
      }
    }
    for (const i of personaAttributes) {
      const raw = row.fields[i]!.trim();
      if (raw === '') continue;
      const name = columns[i]!.slice(PERSONA_PREFIX.length);
      const value = attributeValue(raw);
      customer.attributes ??= {};
      if (!(name in customer.attributes)) {
        customer.attributes[name] = value;
        customer.attributeLines[name] = row.line;
      } else if (customer.attributes[name] !== value) {
        problems.push({ line: row.line, field: `column "${columns[i]}"`, message: `customer "${id}" has ${JSON.stringify(customer.attributes[name])} on line ${customer.attributeLines[name]}` });
      }
    }
    const ev: Record<string, unknown> = { event: eventName };
    if (get('at') !== '') ev.at = get('at');
    if (get('channel') !== '') ev.channel = get('channel');
    for (const i of eventAttributes) {
      const raw = row.fields[i]!.trim();
      if (raw !== '') ev[columns[i]!] = attributeValue(raw);
    }
    customer.events.push(ev);
    customer.eventLines.push(row.line);
  }
  const list = [...customers.values()];
  const file = {
    customers: list.map(({ id, persona, attributes, droppedOffAt, events }) => ({
      id,
      ...(persona !== undefined ? { persona } : {}),
      ...(attributes ? { attributes } : {}),
      events,
      ...(droppedOffAt !== undefined ? { droppedOffAt } : {}),
    })),
    disruptions,
  };
  const result = normaliseLog(file, (path) => {
    if (path[0] === 'customers' && typeof path[1] === 'number') {
      const c = list[path[1]]!;
      if (path[2] === 'events' && typeof path[3] === 'number') {
        const field = typeof path[4] === 'string' ? path[4] : 'event';
        return { line: c.eventLines[path[3]] ?? c.line, field: `column "${field}"` };
      }
      if (path[2] === 'attributes' && typeof path[3] === 'string') return { line: c.attributeLines[path[3]] ?? c.line, field: `column "persona.${path[3]}"` };
      if (path[2] === 'droppedOffAt') return { line: c.droppedOffLine, field: `column "${DROPPED_OFF}"` };
      return { line: path[2] === 'id' ? c.line : c.personaLine, field: path[2] === 'id' ? 'column "customer_id"' : 'column "persona"' };
    }
    if (path[0] === 'disruptions' && typeof path[1] === 'number') {
      const field = { from: 'at', until: 'until', channel: 'channel', actionId: 'action_id', label: 'label' }[String(path[2])] ?? 'event';
      return { line: disruptionLines[path[1]] ?? null, field: `column "${field}"` };
    }
    return { line: null, field: null };
  }, problems);
  // `locate` outlives the import (an unknown persona is found at replay): keep only the lines.
  for (const c of list) c.events = [];
  return result;
}

/** Rows with the line each starts on (quoted fields may span lines); blank rows skipped. */
function readRows(text: string): { rows: Row[]; problems: LogProblem[] } {
  const rows: Row[] = [];
  const problems: LogProblem[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const cursor = result.meta.cursor;
      for (let i = consumed; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      consumed = cursor;
      for (const e of result.errors) {
        if (e.type === 'Delimiter') continue; // a one-column file: nothing to detect
        problems.push({ line: start, field: null, message: `the CSV cannot be read here: ${e.message.toLowerCase()}` });
      }
      const fields = result.data;
      if (fields.length === 0 || fields.every((f) => f.trim() === '')) return;
      rows.push({ line: start, fields });
    },
  });
  return { rows, problems };
}

/** `true`/`false` → boolean, a plain decimal → number, anything else stays text. */
export function attributeValue(raw: string): AttributeValue {
  const lower = raw.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (/^-?(0|[1-9]\d*)(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

/**
 * A log as CSV. With `start` set, times are written as UTC date-times; otherwise as minutes.
 * Re-imported, it gives the same log (times count from the earliest date-time in the file).
 */
export function logToCsv(log: InteractionLog): string {
  const origin = log.start !== undefined ? Date.parse(log.start) : NaN;
  const time = (m: number): string | number => (Number.isNaN(origin) ? m : new Date(origin + m * 60_000).toISOString().replace(/:00\.000Z$/, 'Z'));
  const eventAttrs = new Set<string>();
  const personaAttrs = new Set<string>();
  for (const c of log.customers) {
    for (const k of Object.keys(c.attributes ?? {})) personaAttrs.add(k);
    for (const e of c.events) for (const k of Object.keys(e)) if (!['at', 'event', 'channel'].includes(k)) eventAttrs.add(k);
  }
  const droppedOff = log.customers.some((c) => c.droppedOffAt !== undefined);
  const columns = [
    ...CSV_COLUMNS,
    ...eventAttrs,
    ...[...personaAttrs].map((k) => PERSONA_PREFIX + k),
    ...(droppedOff ? [DROPPED_OFF] : []),
    ...(log.disruptions.length > 0 ? DISRUPTION_COLUMNS : []),
  ];
  const rows: Record<string, unknown>[] = [];
  for (const c of log.customers) {
    c.events.forEach((e, j) => {
      const row: Record<string, unknown> = { customer_id: c.id, persona: j === 0 ? (c.persona ?? '') : '', at: time(e.at), event: e.event, channel: e.channel ?? '' };
      for (const k of eventAttrs) row[k] = e[k] ?? '';
      for (const k of personaAttrs) row[PERSONA_PREFIX + k] = j === 0 ? (c.attributes?.[k] ?? '') : '';
      if (droppedOff) row[DROPPED_OFF] = j === 0 && c.droppedOffAt !== undefined ? time(c.droppedOffAt) : '';
      rows.push(row);
    });
  }
  for (const d of log.disruptions) {
    rows.push({ customer_id: '', at: time(d.from), event: 'disruption', channel: d.channel ?? '', until: time(d.until), action_id: d.actionId ?? '', label: d.label });
  }
  return Papa.unparse(rows, { columns, newline: '\n' }) + '\n';
}
