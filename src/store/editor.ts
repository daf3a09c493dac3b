/**
 * The editor store: the journey being edited, the selection, and undo/redo.
 * State changes only through the named actions below — they are what undo records
 * and what tests call. Undo (zundo) tracks the journey only, never the selection.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Branch, Journey, JourneyEdge, JourneyNode, NodeKind, Position, Stop } from '../model/journey';
import { insertStop, moveStopTo, stopsWithoutNodes } from '../model/stops';
import { createEdge, createJourney, createNode } from '../model/factory';
import { checkConnection, type ConnectionCheck } from '../model/grammar';
import { orderRoute, type RouteResult } from '../model/route';
import { copyFragment, pasteFragment, type JourneyFragment } from '../model/fragment';

export interface Selection {
  nodeIds: string[];
  edgeIds: string[];
}

export interface EditorState {
  journey: Journey;
  selection: Selection;
  /** Positions of nodes being dragged, committed to the journey as one move when the drag ends. */
  dragPositions: Record<string, Position> | null;
  /** Asks the canvas to centre on a node (the canvas owns the viewport). */
  focusRequest: { nodeId: string; seq: number } | null;
  /** A message for the user about an edit that was refused, e.g. a forbidden connection. */
  notice: { text: string; seq: number } | null;
  /** Snap node positions to a 20 px grid. */
  snapToGrid: boolean;
  /** Minimap shown or hidden by the user; null = automatic (shown for journeys up to 500 nodes). */
  minimap: boolean | null;

  loadJourney: (journey: Journey) => void;
  /**
   * Shows a newer version of the same journey saved elsewhere (another tab): what is still there
   * stays selected; the undo history, which belongs to the older version, is cleared.
   */
  adoptSavedVersion: (journey: Journey) => void;
  /** Replaces the journey as an undoable edit (new journey, open the sample): nothing is lost. */
  replaceJourney: (journey: Journey) => void;
  newJourney: () => void;
  renameJourney: (name: string) => void;
  /** Adds a node; with `after`, also connects `after` → the new node when the grammar allows — one undo step. */
  addNode: (kind: NodeKind, position: Position, after?: string) => string;
  updateNode: (id: string, patch: Partial<JourneyNode>) => void;
  connect: (source: string, target: string) => ConnectionCheck & { edgeId?: string };
  updateEdge: (id: string, patch: Partial<Pick<JourneyEdge, 'likelihood'>>) => void;
  updateBranch: (edgeId: string, patch: Partial<Branch>) => void;
  setOtherwiseBranch: (edgeId: string) => void;
  moveBranch: (edgeId: string, offset: -1 | 1) => void;
  setDecisionMode: (decisionId: string, mode: 'rules' | 'split') => void;
  deleteSelection: () => void;
  duplicateSelection: () => void;
  copySelection: () => JourneyFragment | null;
  paste: (fragment: JourneyFragment) => void;
  select: (selection: Selection) => void;
  selectAll: () => void;
  setDragPositions: (positions: Record<string, Position>) => void;
  commitMoves: (positions: Record<string, Position>) => void;
  applyLayout: (positions: Record<string, Position>) => void;
  toggleStaticRoute: (edgeId: string) => RouteResult;
  markStaticRoute: (edgeIds: string[]) => RouteResult;
  clearStaticRoute: () => void;
  focusNode: (nodeId: string) => void;
  /** Adds a stop to the journey's presentation, at `index` (default: the end). */
  addStop: (stop: Stop, index?: number) => string;
  /** Changes a stop's fields; typing in one field is one undo step. */
  updateStop: (id: string, patch: Partial<Omit<Stop, 'id'>>) => void;
  /** Moves a stop to position `index` of the presentation. */
  moveStop: (id: string, index: number) => void;
  removeStop: (id: string) => void;
  notify: (text: string) => void;
  setSnapToGrid: (on: boolean) => void;
  setMinimap: (on: boolean) => void;
}

const GRID = 20;
const snap = (p: Position): Position => ({ x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID });

/**
 * Consecutive edits of the same field (typing a name) become one undo step:
 * an action sets a coalesce key before it writes; a write with the same key
 * within a second of the previous one is not recorded as a new step.
 */
let coalesceKey: string | null = null;
let lastRecorded: { key: string | null; at: number } = { key: null, at: 0 };
const COALESCE_MS = 1000;

function withCoalesce<T>(key: string, fn: () => T): T {
  coalesceKey = key;
  try {
    return fn();
  } finally {
    coalesceKey = null;
  }
}

const emptySelection: Selection = { nodeIds: [], edgeIds: [] };

function replaceNode(journey: Journey, id: string, patch: Partial<JourneyNode>): Journey {
  return { ...journey, nodes: journey.nodes.map((n) => (n.id === id ? ({ ...n, ...patch, id, kind: n.kind } as JourneyNode) : n)) };
}

function replaceEdge(journey: Journey, id: string, fn: (e: JourneyEdge) => JourneyEdge): Journey {
  return { ...journey, edges: journey.edges.map((e) => (e.id === id ? fn(e) : e)) };
}

/** Removes nodes and edges (and edges touching removed nodes), keeping the static route consistent. */
function removeElements(journey: Journey, nodeIds: Set<string>, edgeIds: Set<string>): Journey {
  const edges = journey.edges.filter((e) => !edgeIds.has(e.id) && !nodeIds.has(e.source) && !nodeIds.has(e.target));
  const kept = new Set(edges.map((e) => e.id));
  return {
    ...journey,
    nodes: journey.nodes.filter((n) => !nodeIds.has(n.id)),
    edges,
    staticRoute: journey.staticRoute.filter((id) => kept.has(id)),
    stops: stopsWithoutNodes(journey.stops, nodeIds),
  };
}

/** Moves nodes, keeping unchanged node objects identical so the canvas can skip them. */
function moveNodes(journey: Journey, positions: Record<string, Position>, snapping: boolean): Journey {
  let changed = false;
  const nodes = journey.nodes.map((n) => {
    const raw = positions[n.id];
    if (!raw) return n;
    const p = snapping ? snap(raw) : raw;
    if (p.x === n.position.x && p.y === n.position.y) return n;
    changed = true;
    return { ...n, position: p };
  });
  return changed ? { ...journey, nodes } : journey;
}

export const useEditor = create<EditorState>()(
  temporal(
    (set, get) => ({
      journey: createJourney(),
      selection: emptySelection,
      dragPositions: null,
      focusRequest: null,
      notice: null,
      snapToGrid: true,
      minimap: null,

      loadJourney: (journey) => {
        set({ journey, selection: emptySelection, dragPositions: null });
        useEditor.temporal.getState().clear();
      },
      adoptSavedVersion: (journey) => {
        const nodes = new Set(journey.nodes.map((n) => n.id));
        const edges = new Set(journey.edges.map((e) => e.id));
        const { selection } = get();
        set({
          journey,
          selection: { nodeIds: selection.nodeIds.filter((id) => nodes.has(id)), edgeIds: selection.edgeIds.filter((id) => edges.has(id)) },
          dragPositions: null,
        });
        useEditor.temporal.getState().clear();
      },
      replaceJourney: (journey) => set({ journey, selection: emptySelection, dragPositions: null }),
      newJourney: () => get().replaceJourney(createJourney()),
      renameJourney: (name) => withCoalesce('journey-name', () => set({ journey: { ...get().journey, name } })),

      addNode: (kind, position, after) => {
        const node = createNode(kind, get().snapToGrid ? snap(position) : position);
        let journey: Journey = { ...get().journey, nodes: [...get().journey.nodes, node] };
        if (after !== undefined && checkConnection(journey, after, node.id).ok) journey = { ...journey, edges: [...journey.edges, createEdge(journey, after, node.id)] };
        set({ journey, selection: { nodeIds: [node.id], edgeIds: [] } });
        return node.id;
      },
      updateNode: (id, patch) =>
        withCoalesce(`node:${id}:${Object.keys(patch).join(',')}`, () => set({ journey: replaceNode(get().journey, id, patch) })),

      connect: (source, target) => {
        const { journey } = get();
        const check = checkConnection(journey, source, target);
        if (!check.ok) {
          get().notify(`Connection refused: ${check.reason}`);
          return check;
        }
        const edge = createEdge(journey, source, target);
        set({ journey: { ...journey, edges: [...journey.edges, edge] } });
        return { ok: true, edgeId: edge.id };
      },
      updateEdge: (id, patch) =>
        withCoalesce(`edge:${id}:${Object.keys(patch).join(',')}`, () =>
          set({ journey: replaceEdge(get().journey, id, (e) => ({ ...e, ...patch })) }),
        ),
      updateBranch: (edgeId, patch) =>
        withCoalesce(`branch:${edgeId}:${Object.keys(patch).join(',')}`, () =>
          set({
            journey: replaceEdge(get().journey, edgeId, (e) => ({
              ...e,
              branch: { label: '', otherwise: false, condition: null, percent: null, ...e.branch, ...patch },
            })),
          }),
        ),
      setOtherwiseBranch: (edgeId) => {
        const { journey } = get();
        const edge = journey.edges.find((e) => e.id === edgeId);
        if (!edge) return;
        // Exactly one otherwise per decision: making this one the fallback turns the old one into a normal branch.
        set({
          journey: {
            ...journey,
            edges: journey.edges.map((e) => {
              if (e.source !== edge.source || !e.branch) return e;
              if (e.id === edgeId) return { ...e, branch: { ...e.branch, otherwise: true, condition: null } };
              if (e.branch.otherwise) return { ...e, branch: { ...e.branch, otherwise: false, condition: { '==': [{ var: 'persona.segment' }, ''] } } };
              return e;
            }),
          },
        });
      },
      moveBranch: (edgeId, offset) => {
        const { journey } = get();
        const edge = journey.edges.find((e) => e.id === edgeId);
        if (!edge) return;
        const siblings = journey.edges.map((e, i) => ({ e, i })).filter(({ e }) => e.source === edge.source);
        const at = siblings.findIndex(({ e }) => e.id === edgeId);
        const other = siblings[at + offset];
        if (!other) return;
        const edges = [...journey.edges];
        edges[siblings[at]!.i] = other.e;
        edges[other.i] = edge;
        set({ journey: { ...journey, edges } });
      },
      setDecisionMode: (decisionId, mode) => {
        const { journey } = get();
        const branches = journey.edges.filter((e) => e.source === decisionId);
        const even = branches.length ? Math.floor(100 / branches.length) : 0;
        let given = 0;
        const edges = journey.edges.map((e) => {
          if (e.source !== decisionId) return e;
          const index = branches.indexOf(e);
          const base: Branch = e.branch ?? { label: '', otherwise: false, condition: null, percent: null };
          if (mode === 'split') {
            // Share 100 % evenly; the last branch takes the remainder so the split always sums to 100.
            const percent = index === branches.length - 1 ? 100 - given : even;
            given += percent;
            return { ...e, branch: { ...base, otherwise: false, condition: null, percent } };
          }
          const otherwise = index === branches.length - 1;
          return {
            ...e,
            branch: { ...base, percent: null, otherwise, condition: otherwise ? null : { '==': [{ var: 'persona.segment' }, ''] } },
          };
        });
        set({ journey: { ...replaceNode(journey, decisionId, { mode }), edges } });
      },

      deleteSelection: () => {
        const { journey, selection } = get();
        if (!selection.nodeIds.length && !selection.edgeIds.length) return;
        set({ journey: removeElements(journey, new Set(selection.nodeIds), new Set(selection.edgeIds)), selection: emptySelection });
      },
      duplicateSelection: () => {
        const fragment = get().copySelection();
        if (fragment) get().paste(fragment);
      },
      copySelection: () => {
        const { journey, selection } = get();
        if (!selection.nodeIds.length) return null;
        return copyFragment(journey, selection.nodeIds);
      },
      paste: (fragment) => {
        const { journey } = get();
        const pasted = pasteFragment(journey, fragment, { x: 40, y: 40 });
        set({
          journey: { ...journey, nodes: [...journey.nodes, ...pasted.nodes], edges: [...journey.edges, ...pasted.edges] },
          selection: { nodeIds: pasted.nodes.map((n) => n.id), edgeIds: [] },
        });
      },

      select: (selection) => set({ selection }),
      selectAll: () => {
        const { journey } = get();
        set({ selection: { nodeIds: journey.nodes.map((n) => n.id), edgeIds: journey.edges.map((e) => e.id) } });
      },
      setDragPositions: (positions) => set({ dragPositions: { ...get().dragPositions, ...positions } }),
      commitMoves: (positions) => {
        const { journey, snapToGrid } = get();
        set({ journey: moveNodes(journey, positions, snapToGrid), dragPositions: null });
      },
      applyLayout: (positions) => set({ journey: moveNodes(get().journey, positions, false) }),

      toggleStaticRoute: (edgeId) => {
        const { journey } = get();
        const on = journey.staticRoute.includes(edgeId);
        const wanted = on ? journey.staticRoute.filter((id) => id !== edgeId) : [...journey.staticRoute, edgeId];
        const result = orderRoute(journey, wanted);
        if (result.ok) set({ journey: { ...journey, staticRoute: result.route } });
        else get().notify(`Static route not changed: ${result.reason}`);
        return result;
      },
      markStaticRoute: (edgeIds) => {
        const { journey } = get();
        const result = orderRoute(journey, edgeIds);
        if (result.ok) set({ journey: { ...journey, staticRoute: result.route } });
        else get().notify(`Static route not changed: ${result.reason}`);
        return result;
      },
      clearStaticRoute: () => set({ journey: { ...get().journey, staticRoute: [] } }),

      focusNode: (nodeId) =>
        set({ selection: { nodeIds: [nodeId], edgeIds: [] }, focusRequest: { nodeId, seq: (get().focusRequest?.seq ?? 0) + 1 } }),
      addStop: (stop, index) => {
        set({ journey: { ...get().journey, stops: insertStop(get().journey.stops, stop, index) } });
        return stop.id;
      },
      updateStop: (id, patch) =>
        withCoalesce(`stop:${id}:${Object.keys(patch).join(',')}`, () => {
          const { journey } = get();
          if (!journey.stops.some((s) => s.id === id)) return;
          set({ journey: { ...journey, stops: journey.stops.map((s) => (s.id === id ? { ...s, ...patch, id } : s)) } });
        }),
      moveStop: (id, index) => {
        const { journey } = get();
        const stops = moveStopTo(journey.stops, id, index);
        if (stops !== journey.stops) set({ journey: { ...journey, stops: [...stops] } });
      },
      removeStop: (id) => {
        const { journey } = get();
        if (journey.stops.some((s) => s.id === id)) set({ journey: { ...journey, stops: journey.stops.filter((s) => s.id !== id) } });
      },
      notify: (text) => set({ notice: { text, seq: (get().notice?.seq ?? 0) + 1 } }),
      setSnapToGrid: (on) => set({ snapToGrid: on }),
      setMinimap: (on) => set({ minimap: on }),
    }),
    {
      partialize: (state) => ({ journey: state.journey }),
      equality: (past, current) => past.journey === current.journey,
      limit: 300,
      handleSet: (handleSet) => (pastState, replace, currentState, deltaState) => {
        const now = Date.now();
        if (coalesceKey !== null && coalesceKey === lastRecorded.key && now - lastRecorded.at < COALESCE_MS) {
          lastRecorded = { key: coalesceKey, at: now };
          return;
        }
        lastRecorded = { key: coalesceKey, at: now };
        // zundo passes its internal recorder here, typed loosely as setState.
        (handleSet as unknown as (...args: unknown[]) => void)(pastState, replace, currentState, deltaState);
      },
    },
  ),
);

/** Undo the last edit (moves, inspector changes and everything else). */
export function undo(): void {
  lastRecorded = { key: null, at: 0 };
  useEditor.temporal.getState().undo();
}

/** Redo the last undone edit. */
export function redo(): void {
  lastRecorded = { key: null, at: 0 };
  useEditor.temporal.getState().redo();
}
