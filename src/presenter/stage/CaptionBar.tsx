/**
 * The caption bar at the bottom of the room's view: where we are, the stop's caption in type
 * the back row reads, the story's clock — and the keys, each a button showing its key, so the
 * legend on screen and the controls are one thing.
 */
import { CHANNEL_LABELS } from '../../model/journey';
import { stopLabel } from '../../model/stops';
import { openClosure } from '../../simulation/closures';
import { formatClock } from '../../simulation/format';
import { useSimulation } from '../../simulation/store';
import { useEditor } from '../../store/editor';
import { canPlay, closableChannels, next, previous, space, stopPresenting, toggleChannel } from '../controller';
import { openPresenterView } from '../sync/hub';
import { usePresenter } from '../store';

const chip = 'rounded border border-white/50 bg-white/15 px-1 font-mono text-xs leading-5';
const keyButton =
  'inline-flex h-8 items-center gap-1 rounded-md px-1.5 text-sm font-semibold text-white hover:bg-white/15 focus:outline-none focus-visible:ring-2 focus-visible:ring-yellow-300 disabled:opacity-50';

/**
 * A control that shows its key. Its accessible name starts with what is visible (the key, the
 * word), as WCAG 2.5.3 asks, then says what it does when the word alone does not.
 */
function KeyButton({ keys, text, does, shortcut, onClick, pressed, disabled, closure }: { keys: string; text?: string; does?: string; shortcut: string; onClick: () => void; pressed?: boolean; disabled?: boolean; closure?: boolean }) {
  const visible = text ? `${keys} ${text}` : keys;
  return (
    <button
      type="button"
      className={`${keyButton} ${closure ? 'aria-pressed:bg-red-700' : 'aria-pressed:bg-white/25'}`}
      aria-label={does ? `${visible} — ${does}` : visible}
      aria-keyshortcuts={shortcut}
      aria-pressed={pressed}
      disabled={disabled}
      // A click must not leave focus on the button, where Space would press it again instead of playing.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <kbd className={chip}>{keys}</kbd>
      {/* A real space: the visible text reads "Space Play", as the name does. */}
      {text && <span> {text}</span>}
    </button>
  );
}

export function CaptionBar() {
  const index = usePresenter((s) => s.index);
  const arriving = usePresenter((s) => s.arriving);
  const problem = usePresenter((s) => s.problem);
  const highContrast = usePresenter((s) => s.highContrast);
  const fullScreen = usePresenter((s) => s.fullScreen);
  const count = useEditor((s) => s.journey.stops.length);
  const stop = useEditor((s) => s.journey.stops[index]);
  const shown = useSimulation((s) => (s.open ? s.shown : null));
  const t = useSimulation((s) => s.clock.t);
  const playing = useSimulation((s) => s.clock.playing);
  const closures = useSimulation((s) => s.closures);
  const simulated = !!stop?.simulation && !!shown && !arriving;
  const playable = simulated && canPlay();
  const caption = stop ? stop.caption.trim() || stopLabel(stop, index) : '';
  return (
    <div
      data-presenter-caption
      className={`pointer-events-auto absolute inset-x-0 bottom-0 px-6 pb-2 pt-3 text-white ${highContrast ? 'bg-black' : 'bg-slate-950/95'}`}
    >
      <div className="flex items-start gap-5" aria-live="polite" aria-atomic="true">
        {count > 0 && (
          <p className="shrink-0 pt-1 text-2xl font-bold tabular-nums" aria-label={`Stop ${index + 1} of ${count}`}>
            {index + 1}/{count}
          </p>
        )}
        <p className="line-clamp-2 min-h-[2.5rem] flex-1 text-[2rem] font-bold leading-tight" data-presenter-text>
          {count === 0 ? 'No stops yet' : caption}
        </p>
        {simulated && (
          <p role="timer" aria-label="Story clock" className="shrink-0 whitespace-nowrap pt-1 text-2xl font-bold tabular-nums">
            {formatClock(t, shown.log?.start)}
          </p>
        )}
      </div>
      {(problem || arriving) && <p className="mt-1 text-base font-semibold text-amber-300">{arriving ? 'Replaying the customers of this stop…' : problem}</p>}
      <div className="mt-1 flex flex-wrap items-center gap-x-1 gap-y-0.5" role="toolbar" aria-label="Presenter controls">
        <KeyButton keys="←" does="Previous stop" shortcut="PageUp ArrowLeft" onClick={previous} disabled={index === 0 || count === 0} />
        <KeyButton keys="→" does="Next stop" shortcut="PageDown ArrowRight" onClick={next} disabled={index >= count - 1} />
        <KeyButton
          keys="Space"
          text={stop?.simulation ? (playing ? 'Pause' : 'Play') : 'Next'}
          does={stop?.simulation ? undefined : 'next stop'}
          shortcut="Space"
          onClick={space}
          disabled={stop?.simulation ? !playable : index >= count - 1}
        />
        {simulated && (
          <span className="ml-1 flex flex-wrap items-center gap-x-0.5" role="group" aria-label="Close a channel from the playhead (pressed: closed)">
            <span className="text-sm text-white/80" aria-hidden>
              Close
            </span>
            {closableChannels().map((channel, i) => (
              <KeyButton key={channel} keys={String(i + 1)} text={CHANNEL_LABELS[channel]} shortcut={String(i + 1)} pressed={!!openClosure(closures, { channel })} closure onClick={() => toggleChannel(i + 1)} />
            ))}
          </span>
        )}
        <span className="ml-auto flex flex-wrap items-center gap-x-0.5">
          {fullScreen === 'refused' && <span className="mr-2 text-sm text-amber-300">Full screen was refused: press F11</span>}
          <KeyButton keys="H" text="Contrast" does="high contrast" shortcut="H" pressed={highContrast} onClick={() => usePresenter.getState().toggleHighContrast()} />
          <KeyButton keys="V" text="Presenter view" does="open it in a second window" shortcut="V" onClick={() => void openPresenterView()} />
          <KeyButton keys="Esc" text="Leave" does="back to the editor" shortcut="Escape" onClick={() => void stopPresenting()} />
        </span>
      </div>
    </div>
  );
}
