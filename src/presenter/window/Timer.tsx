/** The presenter view's clocks: the time of day, and how long the talk has run (pause, reset). */
import { useEffect, useState } from 'react';
import { Pause, Play, RotateCcw } from 'lucide-react';

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/** The time of day, HH:MM, updated every few seconds. */
export function useWallClock(): string {
  const [now, setNow] = useState(() => hhmm(new Date()));
  useEffect(() => {
    const t = setInterval(() => setNow(hhmm(new Date())), 5000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/** Elapsed time as M:SS, or H:MM:SS past an hour. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const tool = 'inline-flex h-9 w-9 items-center justify-center rounded-md bg-slate-800 hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-yellow-300';

/** Starts by itself when the presentation starts; the facilitator can pause and reset it. */
export function Timer({ running }: { running: boolean }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [banked, setBanked] = useState(0);
  const [paused, setPaused] = useState(false);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (running && startedAt === null && !paused) setStartedAt(Date.now());
  }, [running, startedAt, paused]);
  useEffect(() => {
    if (startedAt === null) return;
    const t = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [startedAt]);
  const elapsed = banked + (startedAt === null ? 0 : Date.now() - startedAt);
  const toggle = () => {
    if (startedAt === null) {
      setStartedAt(Date.now());
      setPaused(false);
    } else {
      setBanked(elapsed);
      setStartedAt(null);
      setPaused(true);
    }
  };
  return (
    <div className="flex items-center gap-2">
      <p role="timer" aria-label="Time presenting" className="w-24 text-right text-2xl font-bold tabular-nums">
        {formatElapsed(elapsed)}
      </p>
      <button type="button" className={tool} aria-label={startedAt === null ? 'Start the timer' : 'Pause the timer'} onClick={toggle}>
        {startedAt === null ? <Play aria-hidden className="h-5 w-5" /> : <Pause aria-hidden className="h-5 w-5" />}
      </button>
      <button
        type="button"
        className={tool}
        aria-label="Reset the timer"
        onClick={() => {
          setBanked(0);
          setStartedAt(running ? Date.now() : null);
          setPaused(!running);
        }}
      >
        <RotateCcw aria-hidden className="h-5 w-5" />
      </button>
    </div>
  );
}
