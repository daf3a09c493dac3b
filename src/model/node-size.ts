/**
 * How big a node is drawn, in journey coordinates, before the canvas has measured it: cards
 * have one fixed size at every zoom (the canvas's NodeCard, `w-56 h-28`), notes grow with their text.
 */
import type { NodeKind } from './journey';

export interface NodeSize {
  width: number;
  height: number;
}

export const CARD_SIZE: NodeSize = { width: 224, height: 112 };
export const NOTE_SIZE: NodeSize = { width: 208, height: 80 };

export const nodeSizeOf = (kind: NodeKind): NodeSize => (kind === 'note' ? NOTE_SIZE : CARD_SIZE);
