/**
 * A deterministic journey of a given size for the canvas benchmark: personas in the first
 * column, then event → decision → action columns repeating in grammar order, every node
 * reachable, decisions with one otherwise branch, a static route along the top row ending
 * at a goal. The same graph is also given as plain React Flow nodes and edges (same ids and
 * positions) so a bare <ReactFlow> can draw it for comparison.
 */
import type { Edge, Node } from '@xyflow/react';
import { Position as HandlePosition } from '@xyflow/react';
import { CHANNELS, type ActionNode, type DecisionNode, type EventNode, type Journey, type JourneyEdge, type JourneyNode, type JsonLogicRule, type PersonaNode } from '../../src/model/journey';

/** Same spacing as the built-in sample's tidy columns. */
export const COLUMN = 280;
export const ROW = 140;

type Kind = JourneyNode['kind'];
const STEP_KINDS = ['event', 'decision', 'action'] as const;

/** Column 0 holds personas; after it, event, decision and action columns repeat. */
export function kindOfColumn(column: number): Kind {
  return column === 0 ? 'persona' : STEP_KINDS[(column - 1) % 3]!;
}

/** mulberry32: a tiny seeded generator, so every run draws the same journey. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Roughly twice as many columns as rows (the canvas is wider than tall), with the column
 * count chosen so the last column holds actions — they become the goals.
 */
function gridFor(nodeCount: number): { columns: number; rows: number } {
  let columns = Math.max(4, Math.round(Math.sqrt(nodeCount * 2)));
  while (kindOfColumn(columns - 1) !== 'action') columns++;
  const rows = Math.max(1, Math.ceil(nodeCount / columns));
  return { columns: Math.ceil(nodeCount / rows), rows };
}

const CONDITIONS: { label: string; rule: JsonLogicRule }[] = [
  { label: 'VIP', rule: { '==': [{ var: 'persona.segment' }, 'vip'] } },
  { label: 'Big cart', rule: { '>': [{ var: 'event.value' }, 100] } },
  { label: 'Unhappy', rule: { '<': [{ var: 'context.satisfaction' }, 0] } },
  { label: 'Contacted often', rule: { '>=': [{ var: 'context.contactCount' }, 3] } },
];
const SEGMENTS = ['vip', 'new', 'returning', ''];

export interface BenchGraph {
  journey: Journey;
  columns: number;
  rows: number;
}

/** A journey of `nodeCount` nodes and (about, never fewer than one per non-final node) `edgeCount` edges. */
export function generateJourney(nodeCount: number, edgeCount: number, seed = 1): BenchGraph {
  const random = seeded(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const { columns, rows } = gridFor(nodeCount);
  const lastColumn = columns - 1;
  const rowsIn = (column: number) => (column < lastColumn ? rows : nodeCount - rows * lastColumn);
  const idAt = (column: number, row: number) => `${kindOfColumn(column)}-c${column}-r${row}`;

  // Nodes, column by column.
  const nodes: JourneyNode[] = [];
  const personaShare = Math.floor(100 / rows);
  for (let column = 0; column < columns; column++) {
    for (let row = 0; row < rowsIn(column); row++) {
      const id = idAt(column, row);
      const position = { x: column * COLUMN, y: row * ROW };
      const n = column * rows + row;
      switch (kindOfColumn(column)) {
        case 'persona':
          nodes.push({
            id, kind: 'persona', position, name: `Persona ${row + 1}`, description: '',
            segment: pick(SEGMENTS), attributes: {}, preferredChannel: random() < 0.5 ? pick(CHANNELS) : null,
            // Integer shares that add up to exactly 100.
            share: personaShare + (row === 0 ? 100 - personaShare * rows : 0),
          } satisfies PersonaNode);
          break;
        case 'event':
          nodes.push({
            id, kind: 'event', position, name: `Event ${n}`, eventKey: `event_${n}`,
            channel: random() < 0.5 ? 'any' : pick(CHANNELS), description: '',
            timer: random() < 0.15 ? { afterMinutes: pick([60, 240, 1440]) } : null,
          } satisfies EventNode);
          break;
        case 'decision':
          nodes.push({ id, kind: 'decision', position, name: `Decision ${n}`, description: '', mode: 'rules' } satisfies DecisionNode);
          break;
        case 'action':
          nodes.push({
            id, kind: 'action', position, name: `Action ${n}`, description: '', channel: pick(CHANNELS),
            cost: Math.round(random() * 500) / 100, satisfactionEffect: Math.round(random() * 6 - 3),
            outcome: column === lastColumn ? 'goal' : 'none',
          } satisfies ActionNode);
          break;
        case 'note':
          break;
      }
    }
  }

  // Every node but the last column's leads to the same row of the next column, so all are reachable;
  // the remaining edges go to nearby rows of the next column, chosen at random without repeats.
  const targets = new Map<string, number[]>();
  let count = 0;
  for (let column = 0; column < lastColumn; column++) {
    for (let row = 0; row < rows; row++) {
      targets.set(idAt(column, row), [row % rowsIn(column + 1)]);
      count++;
    }
  }
  let attempts = 0;
  while (count < edgeCount && attempts < edgeCount * 20) {
    attempts++;
    const column = Math.floor(random() * lastColumn);
    const row = Math.floor(random() * rows);
    const list = targets.get(idAt(column, row))!;
    const next = rowsIn(column + 1);
    const to = (row + 1 + Math.floor(random() * 3)) % next;
    if (list.includes(to)) continue;
    list.unshift(to);
    count++;
  }

  // Edges grouped by source, in node order: a decision's condition branches first, its otherwise last.
  const edges: JourneyEdge[] = [];
  for (let column = 0; column < lastColumn; column++) {
    const kind = kindOfColumn(column);
    for (let row = 0; row < rows; row++) {
      const list = targets.get(idAt(column, row))!;
      list.forEach((toRow, i) => {
        const otherwise = i === list.length - 1;
        const base = { id: `edge-${idAt(column, row)}-to-r${toRow}`, source: idAt(column, row), target: idAt(column + 1, toRow) };
        if (kind === 'decision') {
          const condition = pick(CONDITIONS);
          edges.push({
            ...base, likelihood: null,
            branch: otherwise
              ? { label: 'Otherwise', otherwise: true, condition: null, percent: null }
              : { label: condition.label, otherwise: false, condition: condition.rule, percent: null },
          });
        } else {
          edges.push({ ...base, branch: null, likelihood: kind === 'action' ? (otherwise ? 0.6 : 0.25) : null });
        }
      });
    }
  }

  // The static route runs along the top row, persona to goal.
  const staticRoute: string[] = [];
  for (let column = 0; column < lastColumn; column++) staticRoute.push(`edge-${idAt(column, 0)}-to-r0`);

  return {
    journey: { id: `bench-${nodeCount}-${edgeCount}`, name: `Benchmark ${nodeCount} nodes`, description: '', nodes, edges, staticRoute, stops: [] },
    columns,
    rows,
  };
}

/** The same graph as plain React Flow nodes and edges: default node and edge types, same ids and positions. */
export function toBareFlow(journey: Journey): { nodes: Node[]; edges: Edge[] } {
  return {
    nodes: journey.nodes.map((n) => ({
      id: n.id,
      position: n.position,
      data: { label: n.kind === 'note' ? n.text : n.name },
      // Left to right like the journey canvas, so edges have the same shape.
      sourcePosition: HandlePosition.Right,
      targetPosition: HandlePosition.Left,
    })),
    edges: journey.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

/** `?nodes=1000&edges=1500` → sizes, with the benchmark's defaults. */
export function sizeFromUrl(search: string): { nodes: number; edges: number } {
  const params = new URLSearchParams(search);
  const nodes = Number(params.get('nodes') ?? 1000);
  const edges = Number(params.get('edges') ?? Math.round(nodes * 1.5));
  return { nodes: Math.max(4, Math.floor(nodes)), edges: Math.max(0, Math.floor(edges)) };
}
