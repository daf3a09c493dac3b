/**
 * Binds an interaction log to a compiled journey, once per run: customers get their
 * persona, events get integer keys and channels, disruptions become closed intervals
 * per action. Both modes then replay the same prepared arrays.
 */
import type { AttributeValue, PersonaNode } from '../model/journey';
import { channelCode, KIND_ACTION } from './codes';
import type { CompiledJourney } from './compile';
import { hashString } from './hash';
import { issueSentence, type InteractionLog, type LogCustomer, type LogEvent, type LogIssue } from './log';

export interface PreparedLog {
  log: InteractionLog;
  customers: number;
  customerIds: string[];
  customerHash: Uint32Array;
  /** Index into `compiled.personas`. */
  persona: Int32Array;
  /** The live persona conditions read as `persona.*`: the persona node overlaid with the customer's attributes. */
  personaRecord: Record<string, unknown>[];
  /** The customer's events are `eventStart[c] .. eventStart[c+1]` in the arrays below. */
  eventStart: Int32Array;
  /** Key index in the journey, or -1 when no event node uses the key. */
  eventKey: Int32Array;
  eventChannel: Int8Array;
  eventAt: Float64Array;
  /** What conditions read as `event.*`: the log event's attributes plus `key` and `channel`. */
  eventView: Record<string, unknown>[];
  totalEvents: number;
  /** Closed intervals per node: `closed[2k], closed[2k+1]` for k in `closedStart[n] .. closedStart[n+1]`, sorted. */
  closedStart: Int32Array;
  closed: Float64Array;
  /** Per customer: when they left for good (the log's `droppedOffAt`), NaN when they did not. */
  droppedOffAt: Float64Array;
  /** Timers due after this do not fire. */
  horizon: number;
  /** Things worth knowing that do not stop the run (unknown event keys, a disruption naming no action). */
  warnings: string[];
}

/** `issues` are the problems tied to a field of the log, for a caller that can say where it is in the file. */
/** Problems listed one by one, at most; the rest are counted (a log for another journey has one per customer). */
const MAX_ISSUES = 50;

export type PrepareResult = { ok: true; prepared: PreparedLog } | { ok: false; problems: string[]; issues: LogIssue[] };

/** Matches each customer to a persona and turns the log into flat arrays for replay. */
export function prepareLog(cj: CompiledJourney, log: InteractionLog): PrepareResult {
  const problems: string[] = [];
  const issues: LogIssue[] = [];
  const warnings: string[] = [];
  const personaNodes = Array.from(cj.personas, (i) => cj.journey.nodes[i] as PersonaNode);
  const baseRecords = personaNodes.map(personaRecord);
  const byId = new Map(personaNodes.map((p, i) => [p.id, i]));
  const byName = new Map<string, number>();
  personaNodes.forEach((p, i) => {
    const key = p.name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, i);
  });

  const n = log.customers.length;
  const persona = new Int32Array(n);
  const records: Record<string, unknown>[] = [];
  let total = 0;
  for (const c of log.customers) total += c.events.length;
  const eventStart = new Int32Array(n + 1);
  const eventKey = new Int32Array(total);
  const eventChannel = new Int8Array(total);
  const eventAt = new Float64Array(total);
  const eventView: Record<string, unknown>[] = new Array(total);
  const customerHash = new Uint32Array(n);
  const droppedOffAt = new Float64Array(n).fill(NaN);
  const unknownKeys = new Map<string, number>();
  let unknownPersonas = 0;

  if (personaNodes.length === 0 && n > 0) problems.push('The journey has no persona, so customers cannot be matched to one.');
  let k = 0;
  log.customers.forEach((c, ci) => {
    customerHash[ci] = hashString(c.id);
    if (c.droppedOffAt !== undefined) droppedOffAt[ci] = c.droppedOffAt;
    const p = personaNodes.length === 0 ? -1 : matchPersona(c, byId, byName, personaNodes);
    if (p < 0 && personaNodes.length > 0 && ++unknownPersonas <= MAX_ISSUES) {
      const issue = { path: ['customers', ci, 'persona'], message: `persona "${c.persona}" of customer "${c.id}" is not in the journey` };
      issues.push(issue);
      problems.push(issueSentence(issue));
    }
    persona[ci] = Math.max(p, 0);
    const base = baseRecords[Math.max(p, 0)] ?? {};
    records.push(c.attributes && Object.keys(c.attributes).length > 0 ? { ...base, ...c.attributes } : base);
    eventStart[ci] = k;
    for (const ev of c.events) {
      const key = cj.keyIndex.get(ev.event);
      if (key === undefined) unknownKeys.set(ev.event, (unknownKeys.get(ev.event) ?? 0) + 1);
      eventKey[k] = key ?? -1;
      eventChannel[k] = channelCode(ev.channel);
      eventAt[k] = ev.at;
      eventView[k] = eventConditionView(ev);
      k++;
    }
  });
  eventStart[n] = k;
  if (unknownPersonas > MAX_ISSUES) problems.push(`…and ${unknownPersonas - MAX_ISSUES} more customers whose persona is not in the journey.`);
  if (problems.length > 0) return { ok: false, problems, issues };

  for (const [key, count] of unknownKeys) {
    warnings.push(`Event "${key}" (${count}×) is not in the journey: it is always off-route.`);
  }
  const { closedStart, closed } = closedIntervals(cj, log, warnings);
  return {
    ok: true,
    prepared: {
      log,
      customers: n,
      customerIds: log.customers.map((c) => c.id),
      customerHash,
      persona,
      personaRecord: records,
      eventStart,
      eventKey,
      eventChannel,
      eventAt,
      eventView,
      totalEvents: total,
      closedStart,
      closed,
      droppedOffAt,
      horizon: log.horizon ?? Infinity,
      warnings,
    },
  };
}

/**
 * What `event.*` reads: the built-in fields first, always in the same order (one object
 * shape, so conditions' property reads stay fast), then the event's own attributes.
 */
export function eventConditionView(ev: LogEvent): Record<string, unknown> {
  const view: Record<string, unknown> = { key: ev.event, channel: ev.channel ?? null, at: ev.at, event: ev.event };
  for (const name in ev) if (!(name in view)) view[name] = ev[name];
  return view;
}

/** What `persona.*` reads for a persona: its built-in fields and its own attributes. */
export function personaRecord(p: PersonaNode): Record<string, unknown> {
  return { ...p.attributes, id: p.id, name: p.name, segment: p.segment, preferredChannel: p.preferredChannel, share: p.share };
}

/**
 * A named persona is found by id, then by name (case and spaces ignored). A customer
 * given only attributes gets the closest persona: most matching attributes minus
 * conflicting ones, the first in the journey on a tie.
 */
function matchPersona(c: LogCustomer, byId: Map<string, number>, byName: Map<string, number>, personas: PersonaNode[]): number {
  if (c.persona !== undefined) return byId.get(c.persona) ?? byName.get(c.persona.trim().toLowerCase()) ?? -1;
  const attrs = c.attributes ?? {};
  let best = 0;
  let bestScore = -Infinity;
  personas.forEach((p, i) => {
    const own: Record<string, AttributeValue | null> = { ...p.attributes, segment: p.segment, preferredChannel: p.preferredChannel };
    let score = 0;
    for (const [key, value] of Object.entries(attrs)) {
      if (!(key in own) || own[key] === '' || own[key] === null) continue;
      score += own[key] === value ? 1 : -1;
    }
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** Disruptions as sorted, merged [from, until) intervals per action node. */
function closedIntervals(cj: CompiledJourney, log: InteractionLog, warnings: string[]) {
  const perNode: [number, number][][] = Array.from({ length: cj.nodeCount }, () => []);
  for (const d of log.disruptions) {
    const channel = d.channel === undefined ? undefined : channelCode(d.channel);
    let hit = 0;
    for (let i = 0; i < cj.nodeCount; i++) {
      if (cj.kind[i] !== KIND_ACTION) continue;
      if (d.actionId !== undefined && cj.nodeIds[i] !== d.actionId) continue;
      if (channel !== undefined && cj.actionChannel[i] !== channel) continue;
      perNode[i]!.push([d.from, d.until]);
      hit++;
    }
    if (hit === 0) {
      const what = d.actionId !== undefined ? `action "${d.actionId}"` : `channel "${d.channel}"`;
      warnings.push(`Disruption "${d.label || what}" closes ${what}, which no action in the journey uses.`);
    }
  }
  const closedStart = new Int32Array(cj.nodeCount + 1);
  const flat: number[] = [];
  perNode.forEach((list, i) => {
    closedStart[i] = flat.length / 2;
    list.sort((a, b) => a[0] - b[0]);
    for (const [from, until] of list) {
      const last = flat.length - 1;
      if (flat.length / 2 > closedStart[i]! && from <= flat[last]!) flat[last] = Math.max(flat[last]!, until);
      else flat.push(from, until);
    }
  });
  closedStart[cj.nodeCount] = flat.length / 2;
  return { closedStart, closed: Float64Array.from(flat) };
}
