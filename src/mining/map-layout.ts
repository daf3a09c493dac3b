/**
 * The process map laid out left to right with ELK's layered algorithm (as the journey's own
 * layout, src/model/layout.ts): start, the activities, end; transitions routed as polylines
 * around the boxes with room for their labels. Runs in the mining worker, so a big map never
 * blocks the page.
 */
import { END, START, type Transition, type Dfg } from './discover';

export interface MapBox {
  id: string;
  activity: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLine {
  id: string;
  from: number;
  to: number;
  /** Polyline points, in map coordinates. */
  points: { x: number; y: number }[];
  label: { x: number; y: number } | null;
}

export interface MapLayout {
  width: number;
  height: number;
  boxes: MapBox[];
  lines: MapLine[];
}

/** Beyond this the drawing is a hairball and ELK takes minutes to lay it out: the sliders (or the tables) first. */
export const MAX_DRAWN = { activities: 120, paths: 500 };

const nodeId = (a: number) => (a === START ? 'start' : a === END ? 'end' : `a${a}`);
const HEIGHT = 60;
/** A transition's count sits on its line, centred at half its length; the layers leave room for it. */
const LABEL = { width: 64, height: 18 };

/** Box width for an activity name: wide enough for two lines of it. */
function widthFor(name: string): number {
  return Math.max(150, Math.min(230, Math.ceil(name.length / 2) * 8 + 40));
}

export async function layoutMap(dfg: Dfg, transitions: readonly Transition[]): Promise<MapLayout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const used = new Set<number>();
  for (const t of transitions) used.add(t.from).add(t.to);
  const children = [
    ...(used.has(START) ? [{ id: 'start', width: 36, height: 36 }] : []),
    ...dfg.activities.map((a) => ({ id: nodeId(a.activity), width: widthFor(a.name), height: HEIGHT })),
    ...(used.has(END) ? [{ id: 'end', width: 36, height: 36 }] : []),
  ];
  const ids = new Set(children.map((c) => c.id));
  const edges = transitions
    .filter((t) => ids.has(nodeId(t.from)) && ids.has(nodeId(t.to)))
    .map((t) => ({ id: `${nodeId(t.from)}>${nodeId(t.to)}`, sources: [nodeId(t.from)], targets: [nodeId(t.to)] }));
  const graph = await elk.layout({
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': '100',
      'elk.spacing.nodeNode': '36',
      'elk.layered.cycleBreaking.strategy': 'GREEDY',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
    },
    children,
    edges,
  });
  const activityOf = (id: string) => (id === 'start' ? START : id === 'end' ? END : Number(id.slice(1)));
  const boxes: MapBox[] = (graph.children ?? []).map((c) => ({ id: c.id, activity: activityOf(c.id), x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 }));
  const lines: MapLine[] = (graph.edges ?? []).map((e) => {
    const section = (e as { sections?: { startPoint: { x: number; y: number }; endPoint: { x: number; y: number }; bendPoints?: { x: number; y: number }[] }[] }).sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    const [from, to] = e.id.split('>').map(activityOf) as [number, number];
    const mid = halfway(points);
    return { id: e.id, from, to, points, label: mid ? { x: mid.x - LABEL.width / 2, y: mid.y - LABEL.height / 2 } : null };
  });
  const size = graph as { width?: number; height?: number };
  return { width: size.width ?? 0, height: size.height ?? 0, boxes, lines };
}

/** The point at half the length of a polyline. */
function halfway(points: { x: number; y: number }[]): { x: number; y: number } | null {
  if (points.length < 2) return null;
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (left <= lengths[i]! || i === lengths.length - 1) {
      const f = lengths[i]! > 0 ? Math.min(1, left / lengths[i]!) : 0;
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
    }
    left -= lengths[i]!;
  }
  return null;
}
