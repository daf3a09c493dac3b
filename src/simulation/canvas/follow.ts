/**
 * Like a GPS, the view follows the customer: when one customer is followed, the canvas shows
 * where they stand and the steps they can take next, readable (canvas/readable-fit.ts). Only a
 * move of the customer moves the view, so the user can pan in between; going back to everybody
 * shows the journey's readable start again.
 */
import { useEffect } from 'react';
import type { ReactFlowInstance } from '@xyflow/react';
import type { JourneyFlowEdge, JourneyFlowNode } from '../../canvas/flow-types';
import { followViewOf, readableViewOf } from '../../canvas/readable-fit';
import { READABLE_ZOOM } from '../../canvas/legibility';
import type { Journey } from '../../model/journey';
import type { NodeSize } from '../../model/node-size';
import type { SideView } from '../overlays';
import { useSimulation, type SimulationState } from '../store';
import { SIDES, type Side } from '../types';

type Flow = ReactFlowInstance<JourneyFlowNode, JourneyFlowEdge>;

/** The nodes where the followed customer stands on these sides (null: everybody is shown). */
export function herePositions(state: Pick<SimulationState, 'customer' | 'view'>, sides: readonly Side[] = SIDES): string[] | null {
  if (state.customer === null) return null;
  const ids = new Set<string>();
  for (const side of sides) for (const [id, o] of (state.view as Record<Side, SideView>)[side].nodes) if (o.here > 0) ids.add(id);
  return [...ids].sort();
}

/**
 * Moves each canvas (one per side shown) to follow the customer now, or to the journey's start
 * when everybody is followed. Side by side, both canvases get the same view while the customer's
 * two positions fit it readably — then they stay comparable at a glance; when the printed route
 * and the GPS have taken the customer far apart, each canvas follows its own side.
 */
export function followNow(flows: Partial<Record<Side, Flow>>, journey: Journey, pane: NodeSize, animate: boolean): void {
  const state = useSimulation.getState();
  const sides = SIDES.filter((s) => flows[s]);
  const first = flows[sides[0]!];
  if (!first) return;
  const options = { duration: animate ? 400 : 0 };
  const here = herePositions(state, sides);
  if (here === null) {
    const view = readableViewOf(first, journey, pane);
    if (view) for (const s of sides) void flows[s]!.setViewport(view, options);
    return;
  }
  const together = followViewOf(first, journey, here, pane);
  if (together && together.zoom >= READABLE_ZOOM - 1e-9) {
    for (const s of sides) void flows[s]!.setViewport(together, options);
    return;
  }
  for (const s of sides) {
    const view = followViewOf(flows[s]!, journey, herePositions(state, [s]) ?? [], pane);
    if (view) void flows[s]!.setViewport(view, options);
  }
}

/** Calls `onMove` each time the followed customer moves, or another customer (or everybody) is chosen. */
export function useOnCustomerMove(onMove: () => void, active = true): void {
  useEffect(() => {
    if (!active) return;
    let key = followKey(useSimulation.getState());
    return useSimulation.subscribe((state) => {
      const next = followKey(state);
      if (next === key) return;
      key = next;
      onMove();
    });
  }, [onMove, active]);
}

const followKey = (state: SimulationState) => `${state.shown?.runId ?? ''}:${state.customer ?? 'all'}:${SIDES.map((s) => herePositions(state, [s])?.join()).join('|')}`;
