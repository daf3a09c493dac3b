/** A workshop scenario: a journey, an interaction log that tells a story, and the story for the facilitator. */
import type { Journey } from '../../model/journey';
import type { InteractionLog } from '../../sim/log';
import type { StoryStop } from './story';

export interface Scenario {
  id: string;
  title: string;
  /** Two or three sentences the facilitator reads to the room before pressing play. */
  story: string;
  /** The journey, its stops telling the story (built from `presentation`). */
  journey: Journey;
  log: InteractionLog;
  /** The story as stops: what each shows and what the room must see there (the tests check it). */
  presentation: readonly StoryStop[];
}
