/**
 * The playback clock: a time in the log's minutes, a visible range, play/pause and a speed.
 * Pure functions of the clock's state, so the store and the tests share them.
 */

export interface Clock {
  /** The playhead, in log minutes. */
  t: number;
  start: number;
  end: number;
  playing: boolean;
  /** Multiplier of the base rate: 1× plays the whole range in SECONDS_AT_1X seconds. */
  speed: number;
}

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
/** At 1× the visible range plays in this many seconds — long enough to follow one customer. */
export const SECONDS_AT_1X = 30;

export const STOPPED: Clock = { t: 0, start: 0, end: 0, playing: false, speed: 2 };

const clamp = (t: number, clock: Pick<Clock, 'start' | 'end'>) => Math.min(clock.end, Math.max(clock.start, t));

/** Moves the playhead by `elapsedMs` of wall-clock time; stops at the end of the range. */
export function advance(clock: Clock, elapsedMs: number): Clock {
  if (!clock.playing || elapsedMs <= 0) return clock;
  const span = clock.end - clock.start;
  if (span <= 0) return { ...clock, playing: false };
  const t = clock.t + (span * clock.speed * elapsedMs) / (SECONDS_AT_1X * 1000);
  return t >= clock.end ? { ...clock, t: clock.end, playing: false } : { ...clock, t };
}

/** Plays from the playhead; at the end it starts over from the beginning. */
export function play(clock: Clock): Clock {
  if (clock.end <= clock.start) return clock;
  return { ...clock, playing: true, t: clock.t >= clock.end ? clock.start : clock.t };
}

export const pause = (clock: Clock): Clock => (clock.playing ? { ...clock, playing: false } : clock);

/** Puts the playhead at `t` (kept inside the range). */
export const seek = (clock: Clock, t: number): Clock => ({ ...clock, t: clamp(t, clock) });

/** A new range (another customer, a new run): the playhead stays where it was when it fits, else goes to the start. */
export function withRange(clock: Clock, range: { start: number; end: number }, keepPlayhead: boolean): Clock {
  const t = keepPlayhead && clock.t >= range.start && clock.t <= range.end ? clock.t : range.start;
  return { ...clock, ...range, t, playing: clock.playing && range.end > range.start };
}

/** The first stop after `t` (sorted `stops`), or null. */
export function nextStop(stops: Float64Array, t: number): number | null {
  const i = upperBound(stops, t);
  return i < stops.length ? stops[i]! : null;
}

/** The last stop before `t`, or null. */
export function previousStop(stops: Float64Array, t: number): number | null {
  const i = lowerBound(stops, t);
  return i > 0 ? stops[i - 1]! : null;
}

/** The range that shows every stop with a little room at both ends. */
export function rangeOf(stops: Float64Array): { start: number; end: number } {
  if (stops.length === 0) return { start: 0, end: 0 };
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  const pad = Math.max(5, (last - first) * 0.03);
  return { start: Math.max(0, first - pad), end: last + pad };
}

/** Index of the first value > t. */
export function upperBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value >= t. */
export function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
