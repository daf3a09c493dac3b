/**
 * Generated populations: N customers who behave as the journey's likelihoods say, with a
 * chance at every step of doing something off the printed route, and a disruption
 * schedule. Seeded (pure-rand), and customer i depends only on the seed and i — so the
 * first 1,000 customers of a 100,000 population are the 1,000 of a smaller one.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { conditionVariables } from '../model/conditions';
import { CHANNELS, nodeLabel, RESERVED_EVENT_ATTRIBUTES, type Journey, type PersonaNode } from '../model/journey';
import { KIND_PERSONA, NO_CHANNEL, OUTCOME_NONE } from './codes';
import { compileJourney, type CompiledJourney } from './compile';
import { hashString, mix32 } from './hash';
import { InteractionLog, type InteractionLogInput, type LogCustomer, type LogEvent } from './log';
import { eventConditionView, personaRecord, type PreparedLog } from './prepare';
import { createModeResult } from './results';
import { compileAttributeDraws } from './attributes';
import { timerView, Walker } from './walker';

export interface PopulationOptions {
  size: number;
  seed?: number;
  /** Chance, at each event, that the customer does another event of the journey instead (0–1). Default 0. */
  deviationRate?: number;
  /** Chance, after each action, that the customer leaves for good and does nothing more (0–1). Default 0. */
  dropOffRate?: number;
  /** Road closures during the period, in minutes. */
  disruptions?: InteractionLogInput['disruptions'];
  /** First events are spread uniformly over this many minutes. Default one week. */
  spreadMinutes?: number;
  /** Longest gap between two events of a customer, in minutes. Default 240. */
  maxDelayMinutes?: number;
  /** A customer stops after this many events. Default 40. */
  maxEvents?: number;
}

const WEEK = 7 * 24 * 60;
/**
 * The chance a customer responds at all when nobody set the likelihoods of what they may do
 * next: action → event edges without a likelihood share at most this much together, and the
 * rest is silence. "We don't know" is a coin flip, not a certainty.
 */
export const DEFAULT_RESPONSE_RATE = 0.5;

/** Generates a population's interaction log from the journey's persona shares and likelihoods. */
export function generatePopulation(journey: Journey | CompiledJourney, options: PopulationOptions): InteractionLog {
  const cj = 'nodeIndex' in journey ? journey : compileJourney(journey);
  const generate = customerGenerator(cj, options);
  const customers: LogCustomer[] = new Array(options.size);
  for (let i = 0; i < options.size; i++) customers[i] = generate(i);
  return { customers, disruptions: InteractionLog.shape.disruptions.parse(options.disruptions ?? []) } as InteractionLog;
}

/**
 * A function making customer i. The customer walks the journey as designed (decisions by
 * their rules, no disruptions): the log is what customers do, whichever mode replays it.
 */
export function customerGenerator(cj: CompiledJourney, options: PopulationOptions): (i: number) => LogCustomer {
  const seed = options.seed ?? 1;
  const deviation = options.deviationRate ?? 0;
  const dropOff = options.dropOffRate ?? 0;
  const spread = options.spreadMinutes ?? WEEK;
  const maxDelay = options.maxDelayMinutes ?? 240;
  const maxEvents = options.maxEvents ?? 40;
  const personaNodes = Array.from(cj.personas, (i) => cj.journey.nodes[i] as PersonaNode);
  const records = personaNodes.map(personaRecord);
  const shares = cumulative(personaNodes.map((p) => p.share));
  const keys = keyNames(cj);
  const draws = compileAttributeDraws(cj.journey.nodes);

  // One reusable walker over a one-customer "log", so decisions resolve exactly as in a replay.
  const pl = soloLog(cj);
  const w = new Walker(cj, pl, createModeResult(cj, [''], [''], 'dynamic', seed, false));

  return (i) => {
    const id = `c${String(i + 1).padStart(6, '0')}`;
    const rng = xoroshiro128plus(mix32(mix32(seed >>> 0) ^ mix32(i + 1)) | 0);
    const next = () => uniformFloat64(rng);
    const p = pick(shares, next());
    pl.customerHash[0] = hashString(id);
    pl.persona[0] = p;
    pl.personaRecord[0] = records[p] ?? {};
    w.begin(0);
    const events: LogEvent[] = [];
    let pos = cj.personas[p] ?? -1;
    // The first event is at the customer's start, within the spread; gaps come between events.
    let t = Math.floor(next() * spread);
    let droppedOffAt: number | undefined;
    let lastChannel = NO_CHANNEL;
    while (pos >= 0 && events.length < maxEvents) {
      const first = cj.kind[pos] === KIND_PERSONA;
      if (!first && dropOff > 0 && next() < dropOff) {
        droppedOffAt = t;
        break;
      }
      const start = cj.afterStart[pos]!;
      const end = cj.afterStart[pos + 1]!;
      const timer = cj.firstTimer[pos]!;
      let e = first ? chooseFirst(cj, start, end, next()) : chooseNext(cj, start, end, next());
      let view: Record<string, unknown>;
      if (e < 0) {
        if (timer < 0) break;
        // Nobody did anything: the timer fires, no log row — the replay fires it too.
        e = timer;
        t += cj.timerMinutes[timer]!;
        view = timerView(cj, e, t, w.lastEventView);
      } else {
        if (!first) {
          const cap = timer >= 0 ? Math.min(maxDelay, 0.9 * cj.timerMinutes[timer]!) : maxDelay;
          t += cap >= 2 ? 1 + Math.floor(next() * (cap - 1)) : next() * cap;
        }
        if (deviation > 0 && next() < deviation) e = deviate(cj, p, e, next());
        const ch = cj.eventChannel[e]! !== NO_CHANNEL ? cj.eventChannel[e]! : lastChannel;
        const ev: LogEvent = { at: t, event: keys[cj.eventKey[e]!]! };
        if (ch !== NO_CHANNEL) ev.channel = CHANNELS[ch]!;
        for (const a of draws[e]!) ev[a.name] = a.draw(next);
        events.push(ev);
        view = eventConditionView(ev);
      }
      w.setEvent(view, t, view.timer === true);
      w.chainLen = 0;
      const action = w.resolve(e, false, t, 0);
      if (action < 0) break;
      w.takeChain(t);
      lastChannel = cj.actionChannel[action]!;
      if (cj.actionOutcome[action] !== OUTCOME_NONE) break;
      pos = action;
    }
    const customer: LogCustomer = { id, persona: personaNodes[p]?.id ?? '', events };
    if (droppedOffAt !== undefined) customer.droppedOffAt = droppedOffAt;
    return customer;
  };
}

/**
 * The first event of a customer who enters the journey: every generated customer starts, so
 * the persona's events are chosen by their likelihoods as relative weights (unset ones share
 * what the set ones leave of 1; equal shares when none is set).
 */
function chooseFirst(cj: CompiledJourney, start: number, end: number, u: number): number {
  let known = 0;
  let unset = 0;
  let count = 0;
  for (let k = start; k < end; k++) {
    if (cj.timerMinutes[cj.after[2 * k]!]! > 0) continue;
    const l = cj.likelihood[cj.after[2 * k + 1]!]!;
    if (Number.isNaN(l)) unset++;
    else known += l;
    count++;
  }
  const share = unset > 0 ? Math.max(0, 1 - known) / unset : 0;
  const total = known + share * unset;
  let acc = 0;
  let last = -1;
  for (let k = start; k < end; k++) {
    const e = cj.after[2 * k]!;
    if (cj.timerMinutes[e]! > 0) continue;
    const l = cj.likelihood[cj.after[2 * k + 1]!]!;
    acc += total > 0 ? (Number.isNaN(l) ? share : l) / total : 1 / count;
    last = e;
    if (u < acc) return e;
  }
  return last;
}

/**
 * The event the customer does after an action, by the edges' likelihoods; -1 for silence.
 * Likelihoods over 1 in total are scaled down to 1. Edges without one share what the set ones
 * leave, but together at most DEFAULT_RESPONSE_RATE: the rest is silence.
 */
function chooseNext(cj: CompiledJourney, start: number, end: number, u: number): number {
  let known = 0;
  let unset = 0;
  for (let k = start; k < end; k++) {
    const e = cj.after[2 * k]!;
    if (cj.timerMinutes[e]! > 0) continue;
    const l = cj.likelihood[cj.after[2 * k + 1]!]!;
    if (Number.isNaN(l)) unset++;
    else known += l;
  }
  const scale = known > 1 ? 1 / known : 1;
  const share = unset > 0 ? Math.min(DEFAULT_RESPONSE_RATE, Math.max(0, 1 - known)) / unset : 0;
  let acc = 0;
  for (let k = start; k < end; k++) {
    const e = cj.after[2 * k]!;
    if (cj.timerMinutes[e]! > 0) continue;
    const l = cj.likelihood[cj.after[2 * k + 1]!]!;
    acc += Number.isNaN(l) ? share : l * scale;
    if (u < acc) return e;
  }
  return -1;
}

/**
 * What a generated population cannot show: a branch whose condition reads an event attribute
 * (`event.value`) that no event node gives generated customers — it reads nothing for all of them.
 */
export function populationWarnings(journey: Journey): string[] {
  const carried = new Set<string>(RESERVED_EVENT_ATTRIBUTES);
  for (const n of journey.nodes) if (n.kind === 'event' && n.attributes) for (const name of Object.keys(n.attributes)) carried.add(name);
  const warnings: string[] = [];
  for (const e of journey.edges) {
    const rule = e.branch?.condition;
    if (rule === null || rule === undefined) continue;
    const missing = new Set(conditionVariables(rule).filter((v) => v.startsWith('event.')).map((v) => v.slice('event.'.length).split('.')[0]!));
    for (const name of missing) {
      if (carried.has(name)) continue;
      const decision = journey.nodes.find((n) => n.id === e.source);
      warnings.push(
        `Branch "${e.branch?.label || e.id}" of "${decision ? nodeLabel(decision) : e.source}" reads event.${name}, which no event gives generated customers: add it to an event's generated attributes.`,
      );
    }
  }
  return warnings;
}

/** Another event of the journey, reachable for the persona, with a different key. */
function deviate(cj: CompiledJourney, p: number, e: number, u: number): number {
  const all = cj.reachableEvents[p];
  if (!all) return e;
  const key = cj.eventKey[e];
  let others = 0;
  for (const x of all) if (cj.eventKey[x] !== key && cj.timerMinutes[x] === 0) others++;
  if (others === 0) return e;
  let k = Math.floor(u * others);
  for (const x of all) {
    if (cj.eventKey[x] === key || cj.timerMinutes[x] !== 0) continue;
    if (k-- === 0) return x;
  }
  return e;
}

function cumulative(shares: number[]): Float64Array {
  const total = shares.reduce((a, b) => a + Math.max(0, b), 0);
  let acc = 0;
  return Float64Array.from(shares, (s) => (acc += total > 0 ? Math.max(0, s) / total : 1 / shares.length));
}

function pick(cum: Float64Array, u: number): number {
  for (let i = 0; i < cum.length - 1; i++) if (u < cum[i]!) return i;
  return cum.length - 1;
}

function keyNames(cj: CompiledJourney): string[] {
  const names: string[] = [];
  for (const [key, k] of cj.keyIndex) names[k] = key;
  return names;
}

function soloLog(cj: CompiledJourney): PreparedLog {
  return {
    log: { customers: [], disruptions: [] },
    customers: 1,
    customerIds: [''],
    customerHash: new Uint32Array(1),
    persona: new Int32Array(1),
    personaRecord: [{}],
    eventStart: Int32Array.of(0, 0),
    eventKey: new Int32Array(0),
    eventChannel: new Int8Array(0),
    eventAt: new Float64Array(0),
    eventView: [],
    totalEvents: 0,
    closedStart: new Int32Array(cj.nodeCount + 1),
    closed: new Float64Array(0),
    droppedOffAt: Float64Array.of(NaN),
    horizon: Infinity,
    warnings: [],
  };
}
