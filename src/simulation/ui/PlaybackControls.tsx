/** Play, pause, step, speed, the clock and the timeline to scrub — the facilitator's remote control. */
import { useEffect, useId } from 'react';
import { Pause, Play, SkipBack, SkipForward } from 'lucide-react';
import { SPEEDS } from '../clock';
import { formatClock } from '../format';
import { useSimulation } from '../store';
import { iconButton, label, select } from './styles';

/** Advances the clock once per animation frame while playing. */
function usePlaybackLoop() {
  const playing = useSimulation((s) => s.clock.playing);
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function loop(now) {
      useSimulation.getState().tick(now - last);
      last = now;
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}

export function PlaybackControls() {
  usePlaybackLoop();
  const speedId = useId();
  const playing = useSimulation((s) => s.clock.playing);
  const speed = useSimulation((s) => s.clock.speed);
  const canPlay = useSimulation((s) => s.clock.end > s.clock.start);
  const store = useSimulation.getState;
  return (
    <div className="flex items-center gap-2">
      <button type="button" className={iconButton} aria-label="Step back" title="Step back" disabled={!canPlay} onClick={() => store().stepBack()}>
        <SkipBack aria-hidden className="h-5 w-5" />
      </button>
      <button
        type="button"
        className={`${iconButton} h-12 w-12 !bg-blue-700 !text-white hover:!bg-blue-800 dark:!bg-blue-300 dark:!text-slate-950`}
        aria-label={playing ? 'Pause' : 'Play'}
        title={playing ? 'Pause' : 'Play'}
        disabled={!canPlay}
        onClick={() => (playing ? store().pause() : store().play())}
      >
        {playing ? <Pause aria-hidden className="h-6 w-6" /> : <Play aria-hidden className="h-6 w-6" />}
      </button>
      <button type="button" className={iconButton} aria-label="Step forward" title="Step forward" disabled={!canPlay} onClick={() => store().stepForward()}>
        <SkipForward aria-hidden className="h-5 w-5" />
      </button>
      <label htmlFor={speedId} className={`${label} ml-1`}>
        Speed
      </label>
      <select id={speedId} className={select} value={speed} onChange={(e) => store().setSpeed(Number(e.target.value))}>
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
    </div>
  );
}

/** The clock, large, and the timeline slider; disruptions of the log are drawn under it. */
export function Timeline() {
  const clock = useSimulation((s) => s.clock);
  const start = useSimulation((s) => s.shown?.log?.start);
  const disabled = clock.end <= clock.start;
  const text = disabled ? '—' : formatClock(clock.t, start);
  return (
    <div className="flex min-w-80 flex-1 items-center gap-3">
      {/* A timer: a live region that is not announced on every tick. */}
      <div role="timer" className="w-52 shrink-0 whitespace-nowrap text-xl font-bold tabular-nums 2xl:w-64 2xl:text-2xl" aria-label="Clock">
        {text}
      </div>
      <div className="relative min-w-24 flex-1">
        <input
          type="range"
          className="h-3 w-full cursor-pointer accent-blue-700 disabled:cursor-not-allowed dark:accent-blue-300"
          aria-label="Timeline"
          aria-valuetext={text}
          min={clock.start}
          max={Math.max(clock.end, clock.start + 1)}
          step="any"
          value={clock.t}
          disabled={disabled}
          onChange={(e) => useSimulation.getState().seek(Number(e.target.value))}
        />
        <DisruptionMarks start={clock.start} end={clock.end} />
      </div>
    </div>
  );
}

/** Closed periods on the timeline: a red band per disruption in the replayed log. */
function DisruptionMarks({ start, end }: { start: number; end: number }) {
  const disruptions = useSimulation((s) => s.shown?.log?.disruptions);
  if (!disruptions || end <= start) return null;
  const pos = (t: number) => `${(100 * (Math.min(end, Math.max(start, t)) - start)) / (end - start)}%`;
  return (
    <div aria-hidden className="pointer-events-none absolute inset-x-0 -bottom-1.5 h-1.5">
      {disruptions.map((d, i) => (
        <span key={i} className="absolute h-1.5 rounded bg-red-600" style={{ left: pos(d.from), width: `calc(${pos(d.until)} - ${pos(d.from)})` }} title={d.label} />
      ))}
    </div>
  );
}
