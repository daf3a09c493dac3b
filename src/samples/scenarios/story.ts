/**
 * A scenario's story, written as a facilitator thinks of it — which nodes each stop is about,
 * which customer, when — and turned into the journey's stops: each camera frames its nodes on a
 * 1280×720 projector at a zoom the back row reads (src/model/camera.ts).
 */
import { boundsOfIds, cameraToFrame, READABLE_ZOOM, type Size } from '../../model/camera';
import type { Journey, RunMode, Stop, StopClosure } from '../../model/journey';
import type { InteractionLog } from '../../sim/log';

/** The projector the stories are framed for, less presenter mode's caption bar (and, comparing, a pane's header). */
export const PROJECTOR: Size = { width: 1280, height: 720 };
export const CAPTION_BAR_PX = 150;
export const COMPARE_HEADER_PX = 44;

/** The screen a stop's camera frames its nodes in: the whole width, or one pane of the comparison. */
export function storyScreen(mode: RunMode | null): Size {
  if (mode === 'compare') return { width: PROJECTOR.width / 2, height: PROJECTOR.height - COMPARE_HEADER_PX - CAPTION_BAR_PX };
  return { width: PROJECTOR.width, height: PROJECTOR.height - CAPTION_BAR_PX };
}

/** Room above the framed cards, and to their right, for the playback badges (they are wider than a card). */
const BADGE_ROOM = { above: 56, right: 64 };
const PADDING = 20;
const MAX_ZOOM = 1.1;

export interface StoryStop {
  name: string;
  caption: string;
  notes: string;
  /** The nodes this stop is about: the camera frames them all. */
  frame: string[];
  simulation?: {
    mode: RunMode;
    /** The customer followed, by log id; absent: everybody. */
    customer?: string;
    /** Log minute of the playhead; 'end': after the last event. */
    playhead: number | 'end';
    closures?: StopClosure[];
    figures?: boolean;
    /** What the room must see at this stop: a mark ("Stall", "Re-route", "Customer here") above a node, on a side. Checked by the tests. */
    shows?: { side: 'static' | 'dynamic'; node: string; mark: 'Stall' | 'Re-route' | 'Customer here' }[];
  };
}

/** The stops of a story, for the scenario's journey and log. */
export function storyStops(journey: Journey, scenarioId: string, log: InteractionLog, story: readonly StoryStop[]): Stop[] {
  const last = Math.max(0, ...log.customers.flatMap((c) => c.events.map((e) => e.at)));
  return story.map((s, i) => {
    const box = boundsOfIds(journey, s.frame);
    if (!box || s.frame.some((id) => !journey.nodes.some((n) => n.id === id))) throw new Error(`Story ${scenarioId}, stop ${i + 1}: it frames a node the journey does not have`);
    const mode = s.simulation?.mode ?? null;
    const screen = storyScreen(mode);
    const framed = s.simulation ? { ...box, y: box.y - BADGE_ROOM.above, height: box.height + BADGE_ROOM.above } : box;
    const camera = cameraToFrame(framed, screen, { padding: PADDING, minZoom: READABLE_ZOOM, maxZoom: MAX_ZOOM });
    if (s.simulation) {
      // Badges hang over the right edge of the last column: give them what room the frame leaves.
      const slack = screen.width / camera.zoom - box.width - (2 * PADDING) / camera.zoom;
      camera.x += Math.min(BADGE_ROOM.right, Math.max(0, slack)) / 2;
    }
    const sim = s.simulation;
    return {
      id: `${scenarioId}-stop-${i + 1}`,
      name: s.name,
      caption: s.caption,
      notes: s.notes,
      camera,
      simulation: sim
        ? {
            source: { kind: 'scenario', scenarioId },
            mode: sim.mode,
            customer: sim.customer ?? null,
            // 'end': a day after the last event, so the clock stands at the very end and Space replays from the start.
            playhead: sim.playhead === 'end' ? last + 1440 : sim.playhead,
            closures: sim.closures ?? [],
            figures: sim.figures ?? false,
          }
        : null,
    };
  });
}
