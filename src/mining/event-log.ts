/**
 * An event log as process-mining tools read it — one row per event, a case, an activity, a
 * timestamp, maybe a channel and who did it — kept in columns: strings are interned once and
 * every event is a handful of integers, so a million events take tens of megabytes and every
 * pass over them is a loop over typed arrays. Pure TypeScript: the readers in io/ fill it, the
 * worker keeps it, discovery and conformance read it.
 */

/** A column of text values, dictionary-coded: `values[of[i]]`, -1 when not given. */
export interface CodedColumn {
  name: string;
  values: string[];
  of: Int32Array;
}

export interface EventLog {
  /** What the log is called (its file name). */
  name: string;
  eventCount: number;
  caseCount: number;
  /** Case ids in case order. */
  caseIds: string[];
  /** The events of case c are `caseStart[c] .. caseStart[c + 1]`, in time order (file order on a tie). */
  caseStart: Int32Array;
  /** Distinct activity names, in order of first appearance. */
  activities: string[];
  activity: Int32Array;
  /** Epoch milliseconds. */
  time: Float64Array;
  /** Channel as written in the file (dictionary-coded), or -1. */
  channel: CodedColumn;
  /** Who did it (a resource, an actor column) — tells the customer's events from the brand's actions. */
  actor: CodedColumn;
  /** Attributes with one value per case (segment, plan…): `of` has one slot per case. */
  caseAttributes: CodedColumn[];
  /** Attributes that vary within a case (value, sentiment…): `of` has one slot per event. */
  eventAttributes: CodedColumn[];
  /** Events left out while reading (XES `start` transitions when `complete` ones exist). */
  skipped: number;
}

export type AttributeScope = 'auto' | 'case' | 'event';

/** Lifecycle of an XES event; CSV events have none. */
export const LIFECYCLE_NONE = 0;
export const LIFECYCLE_COMPLETE = 1;
export const LIFECYCLE_OTHER = 2;

class Interner {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(value, i);
      this.values.push(value);
    }
    return i;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

/**
 * Collects events as they are read, in any order, then sorts them into cases. Attribute
 * columns are declared by name; whether one is a case attribute (one value per case) or an
 * event attribute is decided at the end, from the data.
 */
export class EventLogBuilder {
  private n = 0;
  private readonly cases = new Interner();
  private readonly acts = new Interner();
  private readonly channels = new Interner();
  private readonly actors = new Interner();
  private caseOf = new Int32Array(1024);
  private actOf = new Int32Array(1024);
  private timeOf = new Float64Array(1024);
  private channelOf = new Int32Array(1024);
  private actorOf = new Int32Array(1024);
  private lifecycle = new Uint8Array(1024);
  private readonly attributes: { name: string; scope: AttributeScope; interner: Interner; of: Int32Array }[] = [];
  private readonly attributeIndex = new Map<string, number>();

  constructor(readonly name: string) {}

  get size(): number {
    return this.n;
  }

  /**
   * The slot of an attribute column, declared on first use. `auto`: a case attribute when no
   * case has two different values, else an event attribute (CSV); XES says which it is.
   */
  attribute(name: string, scope: AttributeScope = 'auto'): number {
    let i = this.attributeIndex.get(name);
    if (i === undefined) {
      i = this.attributes.length;
      this.attributeIndex.set(name, i);
      this.attributes.push({ name, scope, interner: new Interner(), of: new Int32Array(Math.max(1024, this.caseOf.length)).fill(-1, 0) });
      // Earlier events did not have it.
      this.attributes[i]!.of.fill(-1);
    }
    return i;
  }

  /** Adds one event; `attributes` are [slot, value] pairs for the non-empty attribute cells. */
  add(caseId: string, activity: string, time: number, channel: string | null, actor: string | null, lifecycle = LIFECYCLE_NONE): number {
    const i = this.n++;
    if (i >= this.caseOf.length) {
      const size = i + 1;
      this.caseOf = grow(this.caseOf, size);
      this.actOf = grow(this.actOf, size);
      this.timeOf = grow(this.timeOf, size);
      this.channelOf = grow(this.channelOf, size);
      this.actorOf = grow(this.actorOf, size);
      this.lifecycle = grow(this.lifecycle, size);
    }
    this.caseOf[i] = this.cases.id(caseId);
    this.actOf[i] = this.acts.id(activity);
    this.timeOf[i] = time;
    this.channelOf[i] = channel === null || channel === '' ? -1 : this.channels.id(channel);
    this.actorOf[i] = actor === null || actor === '' ? -1 : this.actors.id(actor);
    this.lifecycle[i] = lifecycle;
    return i;
  }

  /** Sets attribute `slot` of the event just added (or of event `event`). */
  set(slot: number, value: string, event = this.n - 1): void {
    const a = this.attributes[slot]!;
    if (event >= a.of.length) {
      const old = a.of.length;
      a.of = grow(a.of, Math.max(event + 1, this.caseOf.length));
      a.of.fill(-1, old);
    }
    a.of[event] = a.interner.id(value);
  }

  /** Sorts the events into cases (stable: file order on equal times) and builds the log. */
  finish(): EventLog {
    // XES: keep the `complete` transitions when there are any, like every process-mining tool.
    let keep: Uint8Array | null = null;
    let skipped = 0;
    const n0 = this.n;
    let anyComplete = false;
    for (let i = 0; i < n0; i++) if (this.lifecycle[i] === LIFECYCLE_COMPLETE) anyComplete = true;
    if (anyComplete) {
      keep = new Uint8Array(n0);
      for (let i = 0; i < n0; i++) {
        keep[i] = this.lifecycle[i] === LIFECYCLE_OTHER ? 0 : 1;
        if (!keep[i]) skipped++;
      }
    }
    const caseCount = this.cases.values.length;
    // Counting sort by case: O(n), stable, so events of a case stay in file order.
    const counts = new Int32Array(caseCount + 1);
    for (let i = 0; i < n0; i++) if (!keep || keep[i]) counts[this.caseOf[i]! + 1]!++;
    // Cases all of whose events were skipped disappear; renumber the rest.
    const caseMap = new Int32Array(caseCount).fill(-1);
    const caseIds: string[] = [];
    for (let c = 0; c < caseCount; c++) if (counts[c + 1]! > 0) (caseMap[c] = caseIds.length), caseIds.push(this.cases.values[c]!);
    const m = caseIds.length;
    const caseStart = new Int32Array(m + 1);
    for (let c = 0; c < caseCount; c++) if (caseMap[c]! >= 0) caseStart[caseMap[c]! + 1] = counts[c + 1]!;
    for (let c = 0; c < m; c++) caseStart[c + 1]! += caseStart[c]!;
    const n = caseStart[m]!;
    const order = new Int32Array(n);
    const fill = caseStart.slice(0, m);
    for (let i = 0; i < n0; i++) {
      if (keep && !keep[i]) continue;
      const c = caseMap[this.caseOf[i]!]!;
      order[fill[c]!++] = i;
    }
    // Then by time within each case; most exports are already in order, so check before sorting.
    for (let c = 0; c < m; c++) {
      const s = caseStart[c]!;
      const e = caseStart[c + 1]!;
      let sorted = true;
      for (let k = s + 1; k < e; k++) if (this.timeOf[order[k]!]! < this.timeOf[order[k - 1]!]!) sorted = false;
      if (!sorted) {
        const slice = Array.from(order.subarray(s, e)).sort((a, b) => this.timeOf[a]! - this.timeOf[b]! || a - b);
        order.set(slice, s);
      }
    }
    const activity = new Int32Array(n);
    const time = new Float64Array(n);
    const channel = new Int32Array(n);
    const actor = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      activity[k] = this.actOf[i]!;
      time[k] = this.timeOf[i]!;
      channel[k] = this.channelOf[i]!;
      actor[k] = this.actorOf[i]!;
    }
    const caseAttributes: CodedColumn[] = [];
    const eventAttributes: CodedColumn[] = [];
    for (const a of this.attributes) {
      const of = new Int32Array(n);
      for (let k = 0; k < n; k++) of[k] = order[k]! < a.of.length ? a.of[order[k]!]! : -1;
      const perCase = a.scope === 'event' ? null : caseValues(of, caseStart, a.scope === 'case');
      if (perCase) caseAttributes.push({ name: a.name, values: a.interner.values, of: perCase });
      else eventAttributes.push({ name: a.name, values: a.interner.values, of });
    }
    return {
      name: this.name,
      eventCount: n,
      caseCount: m,
      caseIds,
      caseStart,
      activities: this.acts.values,
      activity,
      time,
      channel: { name: 'channel', values: this.channels.values, of: channel },
      actor: { name: 'actor', values: this.actors.values, of: actor },
      caseAttributes,
      eventAttributes,
      skipped,
    };
  }
}

/** One value per case when no case has two different values (empty cells ignored); else null. */
function caseValues(of: Int32Array, caseStart: Int32Array, firstWins: boolean): Int32Array | null {
  const m = caseStart.length - 1;
  const out = new Int32Array(m).fill(-1);
  for (let c = 0; c < m; c++) {
    let v = -1;
    for (let k = caseStart[c]!, e = caseStart[c + 1]!; k < e; k++) {
      const x = of[k]!;
      if (x < 0) continue;
      if (v < 0) v = x;
      else if (v !== x && !firstWins) return null;
    }
    out[c] = v;
  }
  return out;
}

/** The value of a coded column at slot i, or null. */
export function valueAt(column: CodedColumn, i: number): string | null {
  const v = column.of[i]!;
  return v >= 0 ? column.values[v]! : null;
}
