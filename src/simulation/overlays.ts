/**
 * What each node and edge shows at the playhead, per side: visits, the token, stalls,
 * re-routes and off-route events with their reasons, traffic heat. Overlay objects are
 * reused when nothing changed, so a node's narrow selector returns the same object and
 * only the nodes that changed re-render.
 */
import type { ModeSummary } from '../sim';
import { upperBound } from './clock';
import type { Mark, Timeline } from './timeline';

export type NoteKind = 'stall' | 're-route' | 'off-route';

export interface NodeOverlay {
  visits: number;
  /** Visits relative to the busiest node, 0–1 in steps of 0.05. */
  heat: number;
  /** Customers standing here now (the one customer's token, or a count for everybody). */
  here: number;
  stalls: number;
  reroutes: number;
  offRoute: number;
  /** One customer: the latest stall, re-route or off-route event here, and why. */
  note: { kind: NoteKind; text: string } | null;
}

export interface EdgeOverlay {
  traffic: number;
  heat: number;
  /** A re-route took this edge. */
  rerouted: boolean;
  /** The token's latest move: this edge's place in it (-1: not in it), the move's length, its identity. */
  hop: number;
  hops: number;
  move: number;
  /** Animate the token (playing or stepping), or just show where it is (scrubbing). */
  animate: boolean;
  /** Thickness by traffic but the edge's own colour (the static route stays orange): real traffic beside the design. */
  keepColour?: boolean;
}

export interface SideView {
  nodes: ReadonlyMap<string, NodeOverlay>;
  edges: ReadonlyMap<string, EdgeOverlay>;
}

export const EMPTY_VIEW: SideView = { nodes: new Map(), edges: new Map() };
/** An edge nobody has taken yet while a run is shown: drawn faint. */
export const UNTRAVELLED: EdgeOverlay = Object.freeze({ traffic: 0, heat: 0, rerouted: false, hop: -1, hops: 0, move: -1, animate: false });

type NodeDraft = Omit<NodeOverlay, 'heat'>;
type EdgeDraft = Omit<EdgeOverlay, 'heat'>;

const newNode = (): NodeDraft => ({ visits: 0, here: 0, stalls: 0, reroutes: 0, offRoute: 0, note: null });
const newEdge = (): EdgeDraft => ({ traffic: 0, rerouted: false, hop: -1, hops: 0, move: -1, animate: false });

class Tally {
  readonly nodes = new Map<string, NodeDraft>();
  readonly edges = new Map<string, EdgeDraft>();
  node(id: string): NodeDraft {
    let n = this.nodes.get(id);
    if (!n) this.nodes.set(id, (n = newNode()));
    return n;
  }
  edge(id: string): EdgeDraft {
    let e = this.edges.get(id);
    if (!e) this.edges.set(id, (e = newEdge()));
    return e;
  }
  /** Counts one mark; returns where the customer stands after it (or null when it did not move them). */
  add(m: Mark, notes: boolean): string | null {
    if (m.kind === 'ignored' || !m.nodeId) return null;
    const n = this.node(m.nodeId);
    if (m.kind === 'off-route') {
      n.offRoute++;
      if (notes) n.note = { kind: 'off-route', text: `${m.eventKey}: ${m.reason}` };
      return null;
    }
    if (m.kind === 'stall') {
      n.stalls++;
      if (notes) n.note = { kind: 'stall', text: m.reason ?? '' };
      return null;
    }
    n.visits++;
    if (m.kind === 're-route') {
      n.reroutes++;
      if (notes) n.note = { kind: 're-route', text: m.reason ?? '' };
    }
    if (m.edgeId) {
      const e = this.edge(m.edgeId);
      e.traffic++;
      if (m.kind === 're-route') e.rerouted = true;
    }
    return m.nodeId;
  }
}

/** The side at time t for one customer (their token, path so far and notes) or for everybody (`customer` null). */
export function viewAt(timeline: Timeline, t: number, customer: number | null, animate: boolean, previous: SideView): SideView {
  const tally = new Tally();
  if (customer !== null) {
    const mine = timeline.byCustomer[customer] ?? new Int32Array(0);
    let n = 0;
    while (n < mine.length && timeline.at[mine[n]!]! <= t) n++;
    let position: string | null = null;
    for (let i = 0; i < n; i++) position = tally.add(timeline.marks[mine[i]!]!, true) ?? position;
    if (position) tally.node(position).here = 1;
    markLatestMove(tally, timeline, mine, n, animate);
  } else {
    const n = upperBound(timeline.at, t);
    const positions = new Map<number, string>();
    for (let i = 0; i < n; i++) {
      const m = timeline.marks[i]!;
      const p = tally.add(m, false);
      if (p) positions.set(m.customer, p);
    }
    for (const p of positions.values()) tally.node(p).here++;
  }
  return finish(tally, previous);
}

/** The whole run's traffic, for a run without paths (a large population). */
export function finalView(summary: ModeSummary, previous: SideView): SideView {
  const tally = new Tally();
  for (const [id, visits] of Object.entries(summary.nodeTraffic)) tally.node(id).visits = visits;
  for (const [id, traffic] of Object.entries(summary.edgeTraffic)) tally.edge(id).traffic = traffic;
  return finish(tally, previous);
}

/** The edges of the customer's last move (the marks at the latest time), in the order the token takes them. */
function markLatestMove(tally: Tally, timeline: Timeline, mine: Int32Array, n: number, animate: boolean): void {
  if (n === 0) return;
  const last = timeline.at[mine[n - 1]!]!;
  let first = n - 1;
  while (first > 0 && timeline.at[mine[first - 1]!]! === last) first--;
  const edges: string[] = [];
  for (let i = first; i < n; i++) {
    const m = timeline.marks[mine[i]!]!;
    if (m.edgeId && (m.kind === 'step' || m.kind === 're-route')) edges.push(m.edgeId);
  }
  edges.forEach((id, hop) => Object.assign(tally.edge(id), { hop, hops: edges.length, move: mine[first]!, animate }));
}

const roundHeat = (x: number) => Math.round(x * 20) / 20;

function finish(tally: Tally, previous: SideView): SideView {
  let maxVisits = 0;
  for (const n of tally.nodes.values()) maxVisits = Math.max(maxVisits, n.visits);
  let maxTraffic = 0;
  for (const e of tally.edges.values()) maxTraffic = Math.max(maxTraffic, e.traffic);
  const nodes = new Map<string, NodeOverlay>();
  for (const [id, n] of tally.nodes) {
    const next: NodeOverlay = { ...n, heat: maxVisits ? roundHeat(n.visits / maxVisits) : 0 };
    const old = previous.nodes.get(id);
    nodes.set(id, old && sameNode(old, next) ? old : next);
  }
  const edges = new Map<string, EdgeOverlay>();
  for (const [id, e] of tally.edges) {
    const next: EdgeOverlay = { ...e, heat: maxTraffic ? roundHeat(e.traffic / maxTraffic) : 0 };
    const old = previous.edges.get(id);
    edges.set(id, old && sameEdge(old, next) ? old : next);
  }
  return { nodes, edges };
}

function sameNode(a: NodeOverlay, b: NodeOverlay): boolean {
  return (
    a.visits === b.visits &&
    a.heat === b.heat &&
    a.here === b.here &&
    a.stalls === b.stalls &&
    a.reroutes === b.reroutes &&
    a.offRoute === b.offRoute &&
    a.note?.kind === b.note?.kind &&
    a.note?.text === b.note?.text
  );
}

function sameEdge(a: EdgeOverlay, b: EdgeOverlay): boolean {
  return a.traffic === b.traffic && a.heat === b.heat && a.rerouted === b.rerouted && a.hop === b.hop && a.hops === b.hops && a.move === b.move && a.animate === b.animate;
}
