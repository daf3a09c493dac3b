/**
 * A conformance report in two other forms: the figures kept with the journey (checked again on
 * the way back in, like kept simulation results), and the overlay layer that draws the real
 * traffic on the canvas — visits per node and connection from the dynamic replay, and on the
 * printed route how many customers left it there.
 */
import { z } from 'zod';
import type { OverlayLayer } from '../canvas/overlay-slot';
import type { ConformanceReport } from '../mining/conformance';
import type { EdgeOverlay, NodeOverlay, SideView } from '../simulation/overlays';
import type { Journey } from '../model/journey';

export const KeptCheckSchema = z.object({
  version: z.literal(1),
  logName: z.string().max(500),
  journeyName: z.string().max(1000),
  customers: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  staticFitness: z.number().min(0).max(1),
  dynamicFitness: z.number().min(0).max(1),
  /** The first deviation point, in words. */
  topDeviation: z.string().max(1000).nullable(),
  missing: z.number().int().nonnegative(),
  unused: z.number().int().nonnegative(),
});
export type KeptCheck = z.infer<typeof KeptCheckSchema>;

export function keptFiguresOf(r: ConformanceReport): KeptCheck {
  const d = r.deviations[0];
  return {
    version: 1,
    logName: r.logName,
    journeyName: r.journeyName,
    customers: r.customers,
    events: r.events,
    staticFitness: r.static.fitness,
    dynamicFitness: r.dynamic.fitness,
    topDeviation: d ? `${d.customers} left at “${d.atName}”: ${d.instead ?? 'stopped'}` : null,
    missing: r.missing.length,
    unused: r.unusedEdges.length,
  };
}

/** A stored record's data as kept figures, or null when it does not read. */
export function readKeptCheck(data: unknown): KeptCheck | null {
  const parsed = KeptCheckSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

const heat = (x: number, max: number) => (max > 0 ? Math.round((x / max) * 20) / 20 : 0);

/** Counts on events only (what customers did), and where customers left the route: fitted to a screen, a badge on every card would hide the journey. */
export function onEventsOnly(view: SideView, journey: Journey): SideView {
  const events = new Set(journey.nodes.filter((n) => n.kind === 'event').map((n) => n.id));
  const nodes = new Map<string, NodeOverlay>();
  for (const [id, o] of view.nodes) {
    if (events.has(id)) nodes.set(id, o.here === 0 ? o : { ...o, here: 0 });
    else if (o.offRoute > 0 || o.stalls > 0) nodes.set(id, { ...o, visits: 0, here: 0 });
  }
  return { nodes, edges: view.edges };
}

/** The report's traffic as a canvas overlay layer. */
export function trafficLayer(r: ConformanceReport, journey: Journey): OverlayLayer {
  const visits = r.nodeTraffic.dynamic;
  const maxNode = Math.max(0, ...Object.values(visits));
  const nodes = new Map<string, NodeOverlay>();
  const ids = new Set([...Object.keys(visits), ...Object.keys(r.leftAt)]);
  for (const id of ids) {
    nodes.set(id, { visits: visits[id] ?? 0, heat: heat(visits[id] ?? 0, maxNode), here: 0, stalls: 0, reroutes: 0, offRoute: r.leftAt[id] ?? 0, note: null });
  }
  const traffic = r.edgeTraffic.dynamic;
  const maxEdge = Math.max(0, ...Object.values(traffic));
  const edges = new Map<string, EdgeOverlay>();
  for (const [id, n] of Object.entries(traffic)) edges.set(id, { traffic: n, heat: heat(n, maxEdge), rerouted: false, hop: -1, hops: 0, move: -1, animate: false, keepColour: true });
  return onEventsOnly({ nodes, edges }, journey);
}
