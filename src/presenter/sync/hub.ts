/**
 * The room's window side of the presenter view: tells the presentation's state on the channel
 * whenever it changes, and carries out the moves the presenter view asks for — so moving in
 * either window moves both. Started when the presenter view is first opened, kept for the page.
 */
import { stopLabel } from '../../model/stops';
import { formatClock } from '../../simulation/format';
import { useSimulation } from '../../simulation/store';
import { useEditor } from '../../store/editor';
import { newId } from '../../model/factory';
import { canPlay, goTo, next, previous, space, startPresenting } from '../controller';
import { usePresenter } from '../store';
import { CHANNEL_NAME, presenterViewUrl, readMessage, type Message, type PresentationState, type PresenterRequest } from './protocol';

let running: { session: string; post: (m: Message) => void } | null = null;

/** The presentation as the presenter view shows it. */
export function presentationState(): PresentationState {
  const p = usePresenter.getState();
  const journey = useEditor.getState().journey;
  const sim = useSimulation.getState();
  const stop = journey.stops[p.index];
  const clock = p.presenting && stop?.simulation && sim.open && sim.shown && !p.arriving ? formatClock(sim.clock.t, sim.shown.log?.start) : null;
  return {
    presenting: p.presenting,
    journeyName: journey.name,
    index: Math.min(p.index, Math.max(0, journey.stops.length - 1)),
    stops: journey.stops.map((s, i) => ({ name: stopLabel(s, i), caption: s.caption, notes: s.notes, simulated: s.simulation !== null })),
    clock,
    playing: clock !== null && sim.clock.playing,
    canPlay: p.presenting && canPlay(),
  };
}

function carryOut(request: PresenterRequest): void {
  const presenting = usePresenter.getState().presenting;
  if (request.kind === 'start') {
    if (!presenting) void startPresenting(request.index);
    return;
  }
  if (!presenting) return;
  if (request.kind === 'go') void goTo(request.index);
  else if (request.kind === 'next') next();
  else if (request.kind === 'previous') previous();
  else if (request.kind === 'space') space();
}

/** Starts the hub once; returns the session id the presenter view must be opened with. */
export function startHub(): string {
  if (running) return running.session;
  const session = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : newId('session');
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const post = (m: Message) => channel.postMessage(m);
  let last = '';
  const tell = (force = false) => {
    const state = presentationState();
    const text = JSON.stringify(state);
    if (!force && text === last) return;
    last = text;
    post({ kind: 'state', session, state });
  };
  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data, session);
    if (message?.kind !== 'request') return;
    if (message.request.kind === 'hello') tell(true);
    else carryOut(message.request);
  };
  usePresenter.subscribe(() => tell());
  useEditor.subscribe((s, old) => {
    if (s.journey !== old.journey) tell();
  });
  useSimulation.subscribe(() => tell());
  window.addEventListener('pagehide', () => post({ kind: 'bye', session }));
  running = { session, post };
  return session;
}

/** Opens the presenter view in a second window (or brings it forward), on the same origin. */
export function openPresenterView(): boolean {
  const session = startHub();
  const opened = window.open(presenterViewUrl(location.origin, session), `journey-designer-presenter-${session}`, 'popup,width=1100,height=720');
  if (!opened) {
    const text = 'The browser blocked the presenter view’s window: allow pop-ups for this site, then press V again.';
    if (usePresenter.getState().presenting) usePresenter.getState().warn(text);
    else useEditor.getState().notify(text);
  }
  return opened !== null;
}
