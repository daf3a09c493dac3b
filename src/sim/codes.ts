/** Small integer codes the compiled tables use for kinds, outcomes and channels. */
import { CHANNELS, type JourneyNode } from '../model/journey';

export const KIND_PERSONA = 0;
export const KIND_EVENT = 1;
export const KIND_DECISION = 2;
export const KIND_ACTION = 3;
export const KIND_NOTE = 4;
export const KIND_CODE = { persona: KIND_PERSONA, event: KIND_EVENT, decision: KIND_DECISION, action: KIND_ACTION, note: KIND_NOTE } as const;

export const OUTCOME_NONE = 0;
export const OUTCOME_GOAL = 1;
export const OUTCOME_EXIT = 2;

/** A channel as a small integer (index in CHANNELS); -1 is "any" on events and "none" on actions. */
export const NO_CHANNEL = -1;
export const channelCode = (c: string | null | undefined): number => (c ? (CHANNELS as readonly string[]).indexOf(c) : NO_CHANNEL);

export function nodeName(node: JourneyNode): string {
  return node.kind === 'note' ? 'note' : node.name || `unnamed ${node.kind}`;
}
