/**
 * What the room's window and the presenter view say to each other over a BroadcastChannel
 * (same origin, no server). The room's window owns the presentation and tells its state;
 * the presenter view asks for moves. A session id in every message keeps two presentations
 * in two tabs apart. Messages are checked on the way in, like any input.
 */
import { z } from 'zod';

export const CHANNEL_NAME = 'journey-designer:presenter';
/** The query that opens the presenter view: `/?view=presenter&session=…`. */
export const VIEW_PARAM = 'presenter';

export const StopSummary = z.object({ name: z.string(), caption: z.string(), notes: z.string(), simulated: z.boolean() });
export type StopSummary = z.infer<typeof StopSummary>;

export const PresentationState = z.object({
  presenting: z.boolean(),
  journeyName: z.string(),
  index: z.number().int().min(0),
  stops: z.array(StopSummary),
  /** The simulation's clock at the stop ("Tue 4 Mar 09:10"), or null without a simulation. */
  clock: z.string().nullable(),
  playing: z.boolean(),
  canPlay: z.boolean(),
});
export type PresentationState = z.infer<typeof PresentationState>;

export const PresenterRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hello') }),
  z.object({ kind: z.literal('go'), index: z.number().int().min(0) }),
  z.object({ kind: z.literal('next') }),
  z.object({ kind: z.literal('previous') }),
  z.object({ kind: z.literal('space') }),
  /** Start presenting again at a stop, after the presentation ended. */
  z.object({ kind: z.literal('start'), index: z.number().int().min(0) }),
]);
export type PresenterRequest = z.infer<typeof PresenterRequest>;

export const Message = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), session: z.string(), state: PresentationState }),
  z.object({ kind: z.literal('request'), session: z.string(), request: PresenterRequest }),
  /** The room's window is closing. */
  z.object({ kind: z.literal('bye'), session: z.string() }),
]);
export type Message = z.infer<typeof Message>;

/** A message of this session, or null for anything else on the channel. */
export function readMessage(data: unknown, session: string): Message | null {
  const parsed = Message.safeParse(data);
  return parsed.success && parsed.data.session === session ? parsed.data : null;
}

/** The URL of the presenter view for a session, on this origin. */
export function presenterViewUrl(origin: string, session: string): string {
  const url = new URL('/', origin);
  url.searchParams.set('view', VIEW_PARAM);
  url.searchParams.set('session', session);
  return url.toString();
}

/** The session a presenter view was opened for, or null when this page is not one. */
export function presenterViewSession(search: string): string | null {
  const params = new URLSearchParams(search);
  return params.get('view') === VIEW_PARAM ? (params.get('session') ?? '') : null;
}
