/** The simulator's own words: which customers to replay, which side of the comparison, closures. */
import type { Channel } from '../model/journey';
import type { InteractionLog, Mode } from '../sim';

/** One side of the comparison: the printed route (static) or the GPS (dynamic). */
export type Side = Mode;
export const SIDES: readonly Side[] = ['static', 'dynamic'];
export const SIDE_LABELS: Record<Side, string> = { static: 'Static', dynamic: 'Dynamic' };

/** Whose interactions are replayed. The journey is always the one in the editor. */
export type SourceChoice =
  | { kind: 'none' }
  | { kind: 'scenario'; scenarioId: string }
  /** An imported log; `savedId` when it is also kept in the browser's library (the logs table). */
  | { kind: 'log'; name: string; log: InteractionLog; savedId?: string }
  | { kind: 'population'; size: number; deviationRate: number; dropOffRate: number };

/** What a road closure shuts: every action on a channel, or one action. */
export type RoadTarget = { channel: Channel } | { actionId: string };

/** A road closure switched on during playback, from a clock time until it is reopened (null: still closed). */
export interface Closure {
  id: number;
  target: RoadTarget;
  from: number;
  until: number | null;
}
