/**
 * Where a card's handles are, declared before the card is ever drawn. React Flow otherwise
 * mounts every node it has not measured — with culling on, all 5,000 of a large journey at
 * opening, to unmount most of them a frame later (xyflow #967) — and draws no line to a card
 * until it has been on screen. A node that says its size and handles is mounted only when it
 * is on screen, and its lines are drawn from these positions.
 *
 * The numbers follow NodeCard and the handle rules in index.css exactly: a 24 px hit area
 * centred on the left and right edges, half-way down, and the card-wide drop target. A card
 * the browser draws at another size (a larger default font) is measured when it is first on
 * screen and keeps React Flow's measurement (flow-adapters.ts).
 */
import { Position, type NodeHandle } from '@xyflow/react';
import type { JourneyNode } from '../model/journey';
import { nodeSizeOf } from '../model/node-size';

/** The side of a connection handle's square hit area (index.css, `.journey-handle`). */
export const HANDLE_HIT_PX = 24;
/** The input that covers the whole card (edges themselves attach to the first input, the dot). */
export const CARD_HANDLE = 'card';

/** Whether a node's card has an input (a connection may end at it) and an output (one may start). */
export function portsOf(node: JourneyNode): { input: boolean; output: boolean } {
  switch (node.kind) {
    case 'persona':
      return { input: false, output: true };
    case 'action':
      return { input: true, output: node.outcome === 'none' };
    case 'note':
      return { input: false, output: false };
    default:
      return { input: true, output: true };
  }
}

/** The handles of `node`'s card, relative to its top-left corner, as React Flow would measure them. */
export function declaredHandles(node: JourneyNode): NodeHandle[] {
  const { width, height } = nodeSizeOf(node.kind);
  const { input, output } = portsOf(node);
  const half = HANDLE_HIT_PX / 2;
  const dot = { width: HANDLE_HIT_PX, height: HANDLE_HIT_PX, y: height / 2 - half };
  const handles: NodeHandle[] = [];
  if (input) {
    handles.push({ id: null, type: 'target', position: Position.Left, x: -half, ...dot });
    handles.push({ id: CARD_HANDLE, type: 'target', position: Position.Left, x: 0, y: 0, width, height });
  }
  if (output) handles.push({ id: null, type: 'source', position: Position.Right, x: width - half, ...dot });
  return handles;
}
