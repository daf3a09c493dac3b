/**
 * "Make a journey from this": the map on screen becomes an ordinary journey that follows the
 * grammar (persona → event → decision/action, action → event). The mapping, in docs/mining.md:
 *
 * - each customer activity → an **event** (its key is the activity, so the log replays onto it);
 *   each brand activity → an **action**; the goal activity ends the journey (a goal action);
 * - A → brand action X: event → action; brand action X → customer event B: action → event, with
 *   the observed likelihood count(X→B) / count(X);
 * - A → B, two customer events in a row: the grammar needs an action between them, so A gets one
 *   **"carry on"** action (no cost) that leads to every event seen right after A;
 * - X → Y, two brand actions in a row: the brand acted again after a silence, which is a **timer**
 *   event after X ("no reply within 2 h", the median gap) leading to Y;
 * - several responses after one event are alternatives in order of frequency (the first is what
 *   the journey does; the shares are in the description);
 * - a case attribute → **personas**, one per value (shares from the cases); each persona leads
 *   to the events its cases start with;
 * - the most frequent variant that reaches the goal, without a loop, is the **static route**.
 */
import type { ActionNode, Channel, EventNode, Journey, JourneyEdge, JourneyNode, PersonaNode } from '../model/journey';
import { newId } from '../model/factory';
import { orderRoute } from '../model/route';
import { channelTable } from './channels';
import type { ActivityKind } from './classify';
import { END, START, type Transition } from './discover';
import type { EventLog } from './event-log';
import { formatCount, formatDuration, formatShare, humanise } from './format';

export interface JourneyFromLogOptions {
  name: string;
  /** Per activity of the log: event (the customer) or action (the brand). */
  kinds: readonly ActivityKind[];
  /** The activity that means success. */
  goal: number;
  /** The case attribute whose values become personas; null for one persona. */
  personaAttribute: string | null;
  /** The transitions on the map (after the sliders), with their counts. */
  transitions: readonly Transition[];
  /** The activities on the map. */
  visible: Uint8Array;
  /** The cases the filters keep. */
  mask: Uint8Array;
  /** For tests: a journey id. */
  id?: string;
}

const MAX_PERSONAS = 6;
const FALLBACK_ACTION_CHANNEL: Channel = 'agent';
const FALLBACK_EVENT_CHANNEL: Channel = 'web';
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'x';

/** Builds the draft journey; `notes` say what the user should check (placeholders). */
export function journeyFromLog(log: EventLog, options: JourneyFromLogOptions): { journey: Journey; notes: string[] } {
  const { kinds, goal, transitions, visible, mask } = options;
  const notes: string[] = [];
  const nodes: JourneyNode[] = [];
  const edges: JourneyEdge[] = [];
  const edgeIds = new Set<string>();
  const stats = activityStats(log, mask, visible);
  const label = (a: number) => humanise(log.activities[a]!);
  const ids = new Map<string, string>();
  const idFor = (prefix: string, a: number | string) => {
    const key = `${prefix}:${a}`;
    let id = ids.get(key);
    if (!id) {
      id = `${prefix}-${typeof a === 'number' ? slug(log.activities[a]!) : a}`;
      while ([...ids.values()].includes(id)) id += '-2';
      ids.set(key, id);
    }
    return id;
  };
  const connect = (source: string, target: string, likelihood: number | null = null): string => {
    const id = `${source}>${target}`;
    if (!edgeIds.has(id)) {
      edgeIds.add(id);
      edges.push({ id, source, target, branch: null, likelihood: likelihood === null ? null : Math.min(1, Math.round(likelihood * 1000) / 1000) });
    }
    return id;
  };
  const place = { x: 0, y: 0 };
  const position = () => ({ x: place.x, y: (place.y += 140) });

  const outOf = new Map<number, Transition[]>();
  for (const t of transitions) if (t.from !== START) (outOf.get(t.from) ?? outOf.set(t.from, []).get(t.from)!).push(t);
  const isEvent = (a: number) => kinds[a] !== 'action';
  const goalIsEvent = isEvent(goal);
  const goalActionId = goalIsEvent ? 'action-goal' : idFor('action', goal);

  // Events and actions for the visible activities.
  for (const s of stats) {
    const a = s.activity;
    const where = describeChannels(s.channels);
    const what = `Mined from ${log.name}: ${formatCount(s.count)} events in ${formatCount(s.cases)} cases${where ? ` (${where})` : ''}.`;
    if (isEvent(a)) {
      const single = s.channels.length === 1 && s.unknownChannel === 0 ? s.channels[0]!.channel : null;
      nodes.push({ id: idFor('event', a), kind: 'event', position: position(), name: label(a), eventKey: log.activities[a]!, channel: single ?? 'any', description: what, timer: null } satisfies EventNode);
    } else {
      const channel = s.channels[0]?.channel ?? null;
      if (!channel) notes.push(`“${label(a)}” has no channel in the log: it is set to Agent — choose the real one.`);
      nodes.push({ id: idFor('action', a), kind: 'action', position: position(), name: label(a), description: what + (channel ? '' : ' The log gives no channel: Agent is a placeholder.'), channel: channel ?? FALLBACK_ACTION_CHANNEL, cost: 0, satisfactionEffect: 0, outcome: a === goal ? 'goal' : 'none' } satisfies ActionNode);
    }
  }
  const statOf = new Map(stats.map((s) => [s.activity, s]));
  const eventChannelOf = (a: number): Channel => statOf.get(a)?.channels[0]?.channel ?? FALLBACK_EVENT_CHANNEL;
  if (goalIsEvent) {
    nodes.push({ id: goalActionId, kind: 'action', position: position(), name: `Goal: ${label(goal).toLowerCase()}`, description: `The journey succeeds when the customer gets to “${label(goal)}”.`, channel: eventChannelOf(goal), cost: 0, satisfactionEffect: 0, outcome: 'goal' } satisfies ActionNode);
  }

  // The customer carries on after event a with nothing from the brand in between.
  const carryOn = (a: number): string => {
    const id = idFor('carry-on', a);
    if (!nodes.some((n) => n.id === id)) {
      nodes.push({ id, kind: 'action', position: position(), name: `Carry on after “${label(a)}”`, description: `In the log the customer's next step after “${label(a)}” often came with nothing from the brand in between. The journey grammar puts an action between two events; this one stands for "nothing": no cost, no effect. Its channel is where “${label(a)}” happens.`, channel: eventChannelOf(a), cost: 0, satisfactionEffect: 0, outcome: 'none' } satisfies ActionNode);
    }
    return id;
  };
  // The brand acts again after brand action x with no customer event in between: a silence.
  const silence = (x: number, after: Transition[]): string => {
    const id = idFor('no-reply', x);
    if (!nodes.some((n) => n.id === id)) {
      const gap = after[0]!.medianMs ?? 60_000;
      const minutes = Math.max(1, Math.round(gap / 60_000));
      nodes.push({ id, kind: 'event', position: position(), name: `No reply within ${formatDuration(minutes * 60_000)}`, eventKey: `no_reply_after_${slug(log.activities[x]!).replace(/-/g, '_')}`, channel: 'any', description: `In the log the brand acted again after “${label(x)}” with no customer event in between — after ${formatDuration(gap)} (median). A timer stands for that silence.`, timer: { afterMinutes: minutes } } satisfies EventNode);
    }
    return id;
  };

  const nodeOf = (a: number) => (isEvent(a) ? idFor('event', a) : idFor('action', a));
  for (const s of stats) {
    const a = s.activity;
    const out = (outOf.get(a) ?? []).filter((t) => t.to !== END);
    if (isEvent(a)) {
      if (a === goal) {
        connect(idFor('event', a), goalActionId);
        continue;
      }
      // The brand's responses, most frequent first: actions it took, or carrying on to another event.
      const toEvents = out.filter((t) => isEvent(t.to));
      const responses: { id: string; count: number }[] = out.filter((t) => !isEvent(t.to)).map((t) => ({ id: nodeOf(t.to), count: t.count }));
      if (toEvents.length > 0 || responses.length === 0) responses.push({ id: carryOn(a), count: toEvents.reduce((n, t) => n + t.count, 0) });
      responses.sort((p, q) => q.count - p.count);
      for (const r of responses) connect(idFor('event', a), r.id);
      for (const t of toEvents) connect(carryOn(a), nodeOf(t.to), t.count / s.count);
      if (responses.length > 1) {
        const event = nodes.find((n) => n.id === idFor('event', a)) as EventNode;
        const total = responses.reduce((n, r) => n + r.count, 0);
        const names = responses.map((r) => `${(nodes.find((n) => n.id === r.id) as ActionNode).name} ${formatShare(total ? r.count / total : 0)}`);
        event.description += ` Observed next: ${names.join(', ')} — the first is what the journey does.`;
      }
    } else {
      if (a === goal) continue;
      for (const t of out.filter((t) => isEvent(t.to))) connect(idFor('action', a), nodeOf(t.to), t.count / s.count);
      const toActions = out.filter((t) => !isEvent(t.to));
      if (toActions.length > 0) {
        const timer = silence(a, toActions);
        connect(idFor('action', a), timer);
        for (const t of toActions) connect(timer, nodeOf(t.to));
      }
    }
  }

  // Personas, and the events their cases start with.
  const personas = personasOf(log, mask, visible, options.personaAttribute);
  let brandFirst: string | null = null;
  for (const p of personas) {
    const id = `persona-${slug(p.name)}`;
    nodes.push({ id, kind: 'persona', position: { x: -300, y: 140 * nodes.filter((n) => n.kind === 'persona').length }, name: p.name, description: `Mined from ${log.name}: ${formatCount(p.cases)} cases.`, segment: p.value ?? '', attributes: p.value !== null && options.personaAttribute ? { [options.personaAttribute]: p.value } : {}, preferredChannel: null, share: p.share } satisfies PersonaNode);
    for (const a of p.starts) {
      if (isEvent(a)) connect(id, idFor('event', a));
      else {
        if (!brandFirst) {
          brandFirst = 'event-brand-first';
          nodes.push({ id: brandFirst, kind: 'event', position: position(), name: 'The brand reaches out first', eventKey: 'brand_reaches_out_first', channel: 'any', description: 'Some cases in the log start with something the brand did, before the customer did anything. A journey starts with an event, so this one stands for that start.', timer: null } satisfies EventNode);
        }
        connect(brandFirst, idFor('action', a));
        connect(id, brandFirst);
      }
    }
  }

  // What only ever happens after the goal cannot be reached once the journey ends there: leave it out.
  const reached = reachableFromPersonas(nodes, edges);
  const dropped = nodes.filter((n) => !reached.has(n.id));
  if (dropped.length > 0) {
    notes.push(`Left out, as it only happens after the goal: ${dropped.map((n) => (n.kind === 'note' ? n.text : n.name)).join(', ')}.`);
    nodes.splice(0, nodes.length, ...nodes.filter((n) => reached.has(n.id)));
    edges.splice(0, edges.length, ...edges.filter((e) => reached.has(e.source) && reached.has(e.target)));
  }
  const journey: Journey = { id: options.id ?? newId('journey'), name: options.name, description: `Mined from ${log.name}: what ${formatCount(countKept(mask))} cases actually did.`, nodes, edges, staticRoute: [], stops: [] };
  // Ids only: the route uses edges that exist, it never adds nodes.
  journey.staticRoute = proposeRoute(log, mask, visible, journey, options, nodeOf, goalActionId, brandFirst, (a) => idFor('carry-on', a), (x) => idFor('no-reply', x));
  if (journey.staticRoute.length === 0) notes.push('No variant of the log reaches the goal without a loop: mark the static route yourself.');
  return { journey, notes };
}

interface ActivityStats {
  activity: number;
  count: number;
  cases: number;
  /** Journey channels of its events, most frequent first. */
  channels: { channel: Channel; count: number }[];
  unknownChannel: number;
}

function activityStats(log: EventLog, mask: Uint8Array, visible: Uint8Array): ActivityStats[] {
  const n = log.activities.length;
  const mapped = channelTable(log.channel.values);
  const count = new Int32Array(n);
  const cases = new Int32Array(n);
  const seen = new Int32Array(n).fill(-1);
  const perChannel = new Map<number, Map<Channel, number>>();
  const unknown = new Int32Array(n);
  for (let c = 0; c < log.caseCount; c++) {
    if (!mask[c]) continue;
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) {
      const a = log.activity[k]!;
      if (!visible[a]) continue;
      count[a]!++;
      if (seen[a] !== c) (seen[a] = c), cases[a]!++;
      const raw = log.channel.of[k]!;
      const ch = raw >= 0 ? mapped[raw]! : null;
      if (ch === null) {
        unknown[a]!++;
        continue;
      }
      const m = perChannel.get(a) ?? perChannel.set(a, new Map()).get(a)!;
      m.set(ch, (m.get(ch) ?? 0) + 1);
    }
  }
  const out: ActivityStats[] = [];
  for (let a = 0; a < n; a++) {
    if (count[a] === 0) continue;
    const channels = [...(perChannel.get(a) ?? new Map<Channel, number>())].map(([channel, c]) => ({ channel, count: c })).sort((x, y) => y.count - x.count);
    out.push({ activity: a, count: count[a]!, cases: cases[a]!, channels, unknownChannel: unknown[a]! });
  }
  return out.sort((x, y) => y.count - x.count || x.activity - y.activity);
}

function describeChannels(channels: ActivityStats['channels']): string {
  const total = channels.reduce((n, c) => n + c.count, 0);
  return channels
    .slice(0, 3)
    .map((c) => `${c.channel} ${formatShare(c.count / total)}`)
    .join(', ');
}

const countKept = (mask: Uint8Array) => mask.reduce((n, x) => n + x, 0);

interface MinedPersona {
  name: string;
  value: string | null;
  cases: number;
  share: number;
  starts: number[];
}

/** One persona per frequent value of the attribute (the rest together), shares that add up to exactly 100. */
function personasOf(log: EventLog, mask: Uint8Array, visible: Uint8Array, attribute: string | null): MinedPersona[] {
  const column = attribute ? log.caseAttributes.find((a) => a.name === attribute) : undefined;
  const groups = new Map<number, { cases: number; starts: Set<number> }>();
  for (let c = 0; c < log.caseCount; c++) {
    if (!mask[c]) continue;
    let first = -1;
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e && first < 0; k++) if (visible[log.activity[k]!]) first = log.activity[k]!;
    if (first < 0) continue;
    const v = column ? column.of[c]! : -1;
    const g = groups.get(v) ?? groups.set(v, { cases: 0, starts: new Set() }).get(v)!;
    g.cases++;
    g.starts.add(first);
  }
  const ranked = [...groups.entries()].sort((x, y) => y[1].cases - x[1].cases || x[0] - y[0]);
  const named = ranked.filter(([v]) => v >= 0).slice(0, column ? MAX_PERSONAS : 0);
  const rest = ranked.filter((r) => !named.includes(r));
  const list: Omit<MinedPersona, 'share'>[] = named.map(([v, g]) => ({ name: column!.values[v]!, value: column!.values[v]!, cases: g.cases, starts: [...g.starts] }));
  if (rest.length > 0) {
    const starts = new Set<number>();
    for (const [, g] of rest) for (const s of g.starts) starts.add(s);
    list.push({ name: column ? 'Other customers' : 'All customers', value: null, cases: rest.reduce((n, [, g]) => n + g.cases, 0), starts: [...starts] });
  }
  const total = list.reduce((n, p) => n + p.cases, 0);
  // Largest remainder: whole percentages that add up to exactly 100.
  const exact = list.map((p) => (total ? (p.cases * 100) / total : 100 / list.length));
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) if (left-- > 0) shares[i]!++;
  return list.map((p, i) => ({ ...p, share: shares[i]! }));
}

/** The most frequent variant (on the map's activities) that reaches the goal without repeating an activity, as route edges. */
function proposeRoute(
  log: EventLog,
  mask: Uint8Array,
  visible: Uint8Array,
  journey: Journey,
  options: JourneyFromLogOptions,
  nodeOf: (a: number) => string,
  goalActionId: string,
  brandFirst: string | null,
  carryOn: (a: number) => string,
  noReply: (x: number) => string,
): string[] {
  const { kinds, goal } = options;
  const isEvent = (a: number) => kinds[a] !== 'action';
  const counts = new Map<string, { seq: number[]; cases: number; first: number }>();
  for (let c = 0; c < log.caseCount; c++) {
    if (!mask[c]) continue;
    const seq: number[] = [];
    for (let k = log.caseStart[c]!, e = log.caseStart[c + 1]!; k < e; k++) {
      const a = log.activity[k]!;
      if (!visible[a]) continue;
      seq.push(a);
      if (a === goal) break;
    }
    if (seq[seq.length - 1] !== goal || new Set(seq).size !== seq.length) continue;
    const key = seq.join(',');
    const v = counts.get(key) ?? counts.set(key, { seq, cases: 0, first: c }).get(key)!;
    v.cases++;
  }
  const have = new Set(journey.edges.map((e) => e.id));
  const candidates = [...counts.values()].sort((a, b) => b.cases - a.cases || a.first - b.first);
  for (const { seq } of candidates) {
    const route: string[] = [];
    if (!isEvent(seq[0]!)) {
      if (!brandFirst) continue;
      route.push(`${brandFirst}>${nodeOf(seq[0]!)}`);
    }
    for (let i = 0; i + 1 < seq.length; i++) {
      const [a, b] = [seq[i]!, seq[i + 1]!];
      if (isEvent(a) && isEvent(b)) route.push(`${nodeOf(a)}>${carryOn(a)}`, `${carryOn(a)}>${nodeOf(b)}`);
      else if (!isEvent(a) && !isEvent(b)) route.push(`${nodeOf(a)}>${noReply(a)}`, `${noReply(a)}>${nodeOf(b)}`);
      else route.push(`${nodeOf(a)}>${nodeOf(b)}`);
    }
    if (isEvent(goal)) route.push(`${nodeOf(goal)}>${goalActionId}`);
    if (route.length === 0 || !route.every((id) => have.has(id))) continue;
    const ordered = orderRoute(journey, route);
    if (ordered.ok) return ordered.route;
  }
  return [];
}

function reachableFromPersonas(nodes: JourneyNode[], edges: JourneyEdge[]): Set<string> {
  const out = new Map<string, string[]>();
  for (const e of edges) (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e.target);
  const seen = new Set(nodes.filter((n) => n.kind === 'persona').map((n) => n.id));
  const queue = [...seen];
  while (queue.length) for (const t of out.get(queue.pop()!) ?? []) if (!seen.has(t)) (seen.add(t), queue.push(t));
  return seen;
}
