/**
 * As-is against to-be on one clock: the journey mined from the map and the journey open in the
 * editor both replay the same real customers (dynamic mode, in the worker); the clock, its
 * speeds and the traffic views are the simulator's own (src/simulation/clock.ts, timeline.ts,
 * overlays.ts), so the two canvases fill up exactly as the compare view's do. Views go to the
 * canvas's overlay slot, one layer per side.
 */
import { create } from 'zustand';
import type { Journey } from '../model/journey';
import { useEditor } from '../store/editor';
import { advance, pause, play, rangeOf, seek, STOPPED, upperBound, type Clock } from '../simulation/clock';
import { buildTimeline, type Timeline } from '../simulation/timeline';
import { EMPTY_VIEW, finalView, viewAt, type SideView } from '../simulation/overlays';
import { useOverlaySlot } from '../canvas/overlay-slot';
import type { ModeSummary } from '../sim';
import { mining } from '../workers/mining-client';
import { draftJourney } from './controller';
import { onEventsOnly } from './figures';
import { useDiscover } from './store';

export const AS_IS_LAYER = 'as-is';
export const TO_BE_LAYER = 'to-be';
export type PaneSide = 'asIs' | 'toBe';
const LAYER: Record<PaneSide, string> = { asIs: AS_IS_LAYER, toBe: TO_BE_LAYER };

interface PlaybackState {
  status: 'idle' | 'running' | 'ready' | 'failed';
  message: string | null;
  journeys: Record<PaneSide, Journey | null>;
  summaries: Record<PaneSide, ModeSummary | null>;
  timelines: Record<PaneSide, Timeline | null>;
  start: string | null;
  clock: Clock;
  views: Record<PaneSide, SideView>;
}

const NONE = { asIs: null, toBe: null };

export const usePlayback = create<PlaybackState>()(() => ({
  status: 'idle',
  message: null,
  journeys: NONE,
  summaries: NONE,
  timelines: NONE,
  start: null,
  clock: STOPPED,
  views: { asIs: EMPTY_VIEW, toBe: EMPTY_VIEW },
}));

const marksKey = (s: PlaybackState, t: number) => (['asIs', 'toBe'] as const).map((p) => (s.timelines[p] ? upperBound(s.timelines[p]!.at, t) : -1)).join();

/** Moves the clock; redraws the views only when a mark crossed the playhead. */
function moveClock(clock: Clock): void {
  const s = usePlayback.getState();
  if (marksKey(s, clock.t) === marksKey(s, s.clock.t) && s.status === 'ready' && s.views.asIs !== EMPTY_VIEW) {
    usePlayback.setState({ clock });
    return;
  }
  const views = { ...s.views };
  for (const p of ['asIs', 'toBe'] as const) {
    const tl = s.timelines[p];
    const summary = s.summaries[p];
    views[p] = tl ? viewAt(tl, clock.t, null, false, s.views[p]) : summary ? finalView(summary, s.views[p]) : EMPTY_VIEW;
    const journey = s.journeys[p];
    useOverlaySlot.getState().show(LAYER[p], journey ? onEventsOnly(views[p], journey) : views[p]);
  }
  usePlayback.setState({ clock, views });
}

/** Replays the log through the as-is journey (from the map) and the open journey. */
export async function startPlayback(): Promise<void> {
  usePlayback.setState({ status: 'running', message: null });
  const asIs = await draftJourney();
  const toBe = useEditor.getState().journey;
  if (!asIs) return void usePlayback.setState({ status: 'failed', message: 'Choose what success is under “Make a journey” first.' });
  const d = useDiscover.getState();
  const personaAttribute = d.conformancePersona ?? (await mining().personaAttributeFor(toBe));
  const reply = await mining().playback(asIs, toBe, { kinds: d.kinds, personaAttribute, asIsPersonaAttribute: d.personaAttribute });
  if (!reply.ok) return void usePlayback.setState({ status: 'failed', message: `The open journey cannot replay this log: ${reply.problems.join(' ')}` });
  const timeline = (journey: Journey, side: typeof reply.asIs) => (reply.log && side.paths ? buildTimeline('dynamic', journey, reply.log, side.paths, side.personaIds) : null);
  const timelines = { asIs: timeline(asIs, reply.asIs), toBe: timeline(toBe, reply.toBe) };
  const times = new Float64Array([...(timelines.asIs?.at ?? []), ...(timelines.toBe?.at ?? [])]).sort();
  const range = rangeOf(times);
  usePlayback.setState({
    status: 'ready',
    journeys: { asIs, toBe },
    summaries: { asIs: reply.asIs.summary, toBe: reply.toBe.summary },
    timelines,
    start: reply.log?.start ?? null,
    clock: { ...STOPPED, ...range, t: range.start },
    views: { asIs: EMPTY_VIEW, toBe: EMPTY_VIEW },
    message: reply.log ? null : 'This log has more customers than can be played back (2,000): both journeys show the whole log’s traffic.',
  });
  // Start at the end for a whole-log picture; Play starts over from the beginning.
  moveClock({ ...usePlayback.getState().clock, t: range.end });
}

export const playbackPlay = () => moveClock(play(usePlayback.getState().clock));
export const playbackPause = () => usePlayback.setState({ clock: pause(usePlayback.getState().clock) });
export const playbackSeek = (t: number) => moveClock(seek(usePlayback.getState().clock, t));
export const playbackSpeed = (speed: number) => usePlayback.setState({ clock: { ...usePlayback.getState().clock, speed } });
export const playbackTick = (ms: number) => moveClock(advance(usePlayback.getState().clock, ms));

/** Takes the two layers off the canvases (leaving the view). */
export function clearPlaybackLayers(): void {
  useOverlaySlot.getState().hide(AS_IS_LAYER);
  useOverlaySlot.getState().hide(TO_BE_LAYER);
}
