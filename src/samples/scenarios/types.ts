/** A workshop scenario: a journey, an interaction log that tells a story, and the story for the facilitator. */
import type { Journey } from '../../model/journey';
import type { InteractionLog } from '../../sim/log';

export interface Scenario {
  id: string;
  title: string;
  /** Two or three sentences the facilitator reads to the room before pressing play. */
  story: string;
  journey: Journey;
  log: InteractionLog;
}
