/**
 * The presenter view: a second window on the facilitator's laptop while the room sees the
 * first. It shows the stop list, the current and next captions, the speaker notes, a clock and
 * a timer, and moves the presentation — both ways, over a BroadcastChannel (no server).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ChevronLeft, ChevronRight, Pause, Play } from 'lucide-react';
import { presenterAction } from '../keys';
import { CHANNEL_NAME, readMessage, type Message, type PresentationState, type PresenterRequest } from '../sync/protocol';
import { Timer, useWallClock } from './Timer';

const big = 'inline-flex h-14 items-center gap-2 rounded-xl px-5 text-xl font-bold focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-300 disabled:opacity-40';

/** The channel, for one session: the state the room's window last told, and a way to ask. */
function usePresentation(session: string) {
  const [state, setState] = useState<PresentationState | null>(null);
  const [gone, setGone] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const ask = useCallback((request: PresenterRequest) => channel.current?.postMessage({ kind: 'request', session, request } satisfies Message), [session]);
  useEffect(() => {
    const c = new BroadcastChannel(CHANNEL_NAME);
    channel.current = c;
    c.onmessage = (event: MessageEvent) => {
      const message = readMessage(event.data, session);
      if (message?.kind === 'state') {
        setState(message.state);
        setGone(false);
      } else if (message?.kind === 'bye') setGone(true);
    };
    c.postMessage({ kind: 'request', session, request: { kind: 'hello' } } satisfies Message);
    return () => c.close();
  }, [session]);
  return { state, gone, ask };
}

export function PresenterWindow({ session }: { session: string }) {
  const { state, gone, ask } = usePresentation(session);
  const now = useWallClock();
  useEffect(() => {
    document.title = state ? `Presenter view — ${state.journeyName}` : 'Presenter view — Journey Designer';
  }, [state]);
  // The clicker works in this window too: the same keys as in the room's.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const action = presenterAction(e);
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
      if (action === 'next' || action === 'previous' || action === 'space') {
        e.preventDefault();
        ask({ kind: action });
      } else if (action === 'first') ask({ kind: 'go', index: 0 });
      else if (action === 'last' && state) ask({ kind: 'go', index: state.stops.length - 1 });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ask, state]);

  const current = state?.stops[state.index];
  const coming = state?.stops[state.index + 1];
  return (
    <div className="flex h-screen flex-col bg-slate-950 text-slate-50">
      <header className="flex items-center gap-4 border-b border-slate-700 px-5 py-3">
        <h1 className="min-w-0 flex-1 truncate text-xl font-bold">Presenter view{state ? ` — ${state.journeyName}` : ''}</h1>
        <p role="timer" aria-label="Time of day" className="text-2xl font-bold tabular-nums">
          {now}
        </p>
        <Timer running={!!state?.presenting} />
      </header>
      {!state ? (
        <p className="p-6 text-xl">{gone ? 'The presentation’s window was closed.' : 'Waiting for the presentation… Open this window from presenter mode (V) in Journey Designer.'}</p>
      ) : (
        <main className="grid min-h-0 flex-1 grid-cols-[1fr_20rem] gap-0">
          <div className="flex min-h-0 flex-col gap-4 overflow-y-auto p-5">
            {!state.presenting && (
              <div role="status" className="flex items-center gap-4 rounded-xl bg-amber-900 p-4 text-lg">
                <span className="flex-1">{gone ? 'The presentation’s window was closed.' : 'The presentation has ended.'}</span>
                {!gone && state.stops.length > 0 && (
                  <button type="button" className={`${big} bg-white text-slate-950`} onClick={() => ask({ kind: 'start', index: state.index })}>
                    Present again from stop {state.index + 1}
                  </button>
                )}
              </div>
            )}
            <section aria-labelledby="now-title">
              <h2 id="now-title" className="text-base font-bold uppercase tracking-wide text-slate-300">
                Now · stop {state.stops.length ? state.index + 1 : 0} of {state.stops.length}
                {state.clock && <span className="ml-3 normal-case tracking-normal text-yellow-300">{state.clock}{state.playing ? ' · playing' : ''}</span>}
              </h2>
              <p className="mt-1 text-3xl font-bold leading-tight" data-testid="current-caption">
                {current ? current.caption || current.name : 'No stops yet'}
              </p>
            </section>
            <section aria-labelledby="notes-title">
              <h2 id="notes-title" className="text-base font-bold uppercase tracking-wide text-slate-300">
                Speaker notes
              </h2>
              <p className="mt-1 whitespace-pre-wrap text-2xl leading-snug">{current?.notes || <span className="text-slate-400">No notes for this stop.</span>}</p>
            </section>
            <section aria-labelledby="next-title" className="rounded-xl border border-slate-600 p-4">
              <h2 id="next-title" className="text-base font-bold uppercase tracking-wide text-slate-300">
                Next
              </h2>
              <p className="mt-1 text-xl font-semibold text-slate-200">{coming ? `${state.index + 2}. ${coming.caption || coming.name}` : 'The end of the story.'}</p>
            </section>
            <div className="mt-auto flex flex-wrap gap-3" role="group" aria-label="Move the presentation">
              <button type="button" className={`${big} bg-slate-700`} disabled={!state.presenting || state.index === 0} onClick={() => ask({ kind: 'previous' })}>
                <ChevronLeft aria-hidden className="h-6 w-6" /> Previous
              </button>
              <button type="button" className={`${big} bg-blue-600`} disabled={!state.presenting || state.index >= state.stops.length - 1} onClick={() => ask({ kind: 'next' })}>
                Next <ChevronRight aria-hidden className="h-6 w-6" />
              </button>
              {current?.simulated && (
                <button type="button" className={`${big} bg-slate-700`} disabled={!state.canPlay} onClick={() => ask({ kind: 'space' })}>
                  {state.playing ? <Pause aria-hidden className="h-6 w-6" /> : <Play aria-hidden className="h-6 w-6" />}
                  {state.playing ? 'Pause' : 'Play'}
                </button>
              )}
            </div>
          </div>
          <nav aria-label="Stops" className="min-h-0 overflow-y-auto border-l border-slate-700 p-3">
            <ol className="space-y-1">
              {state.stops.map((s, i) => (
                <li key={i}>
                  <button
                    type="button"
                    aria-current={i === state.index ? 'step' : undefined}
                    disabled={!state.presenting}
                    className="w-full rounded-lg px-3 py-2 text-left text-base hover:bg-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-yellow-300 aria-[current=step]:bg-blue-800 disabled:cursor-default"
                    onClick={() => ask({ kind: 'go', index: i })}
                  >
                    <span className="font-bold tabular-nums">{i + 1}.</span> {s.name}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        </main>
      )}
    </div>
  );
}
