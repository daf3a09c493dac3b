/**
 * The event log list that follows the playhead: what happened to the customers shown, in
 * time order, both sides interleaved, in the room's words.
 */
import type { Journey } from '../model/journey';
import { upperBound } from './clock';
import { indexJourney, nameOf } from './reasons';
import type { Mark, MarkKind, Timeline } from './timeline';
import type { Side } from './types';

export interface LogEntry {
  /** Unique in the list: side and mark index. */
  key: string;
  at: number;
  side: Side;
  customer: number;
  kind: MarkKind;
  goal: boolean;
  text: string;
}

export interface EventLog {
  entries: LogEntry[];
  at: Float64Array;
}

/** Every entry for the customer (or everybody), both sides merged by time, static first on a tie. */
export function buildEventLog(journey: Journey, timelines: readonly Timeline[], customer: number | null): EventLog {
  const ix = indexJourney(journey);
  const entries: LogEntry[] = [];
  for (const tl of timelines) {
    const indexes = customer === null ? null : (tl.byCustomer[customer] ?? new Int32Array(0));
    const count = indexes ? indexes.length : tl.marks.length;
    for (let j = 0; j < count; j++) {
      const i = indexes ? indexes[j]! : j;
      const m = tl.marks[i]!;
      const text = describe(m, (id) => nameOf(ix, id), ix.nodes.get(m.nodeId ?? '')?.kind);
      if (text) entries.push({ key: `${tl.side}-${i}`, at: m.at, side: tl.side, customer: m.customer, kind: m.kind, goal: m.goal, text });
    }
  }
  // Stable sort: each side's marks stay in order; sides interleave by time.
  entries.sort((a, b) => a.at - b.at || (a.side === b.side ? 0 : a.side === 'static' ? -1 : 1));
  return { entries, at: Float64Array.from(entries, (e) => e.at) };
}

/** The entries up to the playhead (the last `before`) and the next `after`, and which one is current. */
export function entriesAround(log: EventLog, t: number, before = 40, after = 6): { shown: LogEntry[]; current: number } {
  const upTo = upperBound(log.at, t);
  const from = Math.max(0, upTo - before);
  return { shown: log.entries.slice(from, upTo + after), current: upTo - 1 - from };
}

/** One line for a mark; null for marks the list leaves out (decisions passed on the way). */
export function describe(m: Mark, name: (id: string | null) => string, kind: string | undefined): string | null {
  switch (m.kind) {
    case 'stall':
      return `Stall at ${name(m.nodeId)}: ${m.reason}`;
    case 're-route':
      return `Re-route to ${name(m.nodeId)}: ${m.reason}${m.goal ? ' — goal reached' : ''}`;
    case 'off-route':
      return `Off-route “${m.eventKey}”: ${m.reason}`;
    case 'ignored':
      return `Ignored “${m.eventKey}”: ${m.reason}`;
    case 'step':
      if (kind === 'event') return `${m.timer ? 'Timer fired' : m.jump ? 'Picked up away from the route' : 'Event'}: ${name(m.nodeId)}`;
      if (kind === 'action') return `Action: ${name(m.nodeId)}${m.goal ? ' — goal reached' : ''}`;
      return null;
  }
}
