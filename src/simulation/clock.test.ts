import { describe, expect, it } from 'vitest';
import { advance, nextStop, pause, play, previousStop, rangeOf, SECONDS_AT_1X, seek, withRange, type Clock } from './clock';

const clock = (patch: Partial<Clock> = {}): Clock => ({ t: 0, start: 0, end: 600, playing: true, speed: 1, ...patch });

describe('the playback clock', () => {
  it('plays the whole range in SECONDS_AT_1X seconds at 1×, faster at higher speeds', () => {
    expect(advance(clock(), 1000).t).toBeCloseTo(600 / SECONDS_AT_1X);
    expect(advance(clock({ speed: 8 }), 1000).t).toBeCloseTo((8 * 600) / SECONDS_AT_1X);
    expect(advance(clock({ speed: 0.5 }), 2000).t).toBeCloseTo(600 / SECONDS_AT_1X);
  });

  it('stops at the end of the range, and play starts over from the beginning', () => {
    const ended = advance(clock({ t: 590 }), 60_000);
    expect(ended).toMatchObject({ t: 600, playing: false });
    expect(play(ended)).toMatchObject({ t: 0, playing: true });
  });

  it('does not move while paused, and never outside the range when seeking', () => {
    const paused = pause(clock({ t: 100 }));
    expect(advance(paused, 5000)).toBe(paused);
    expect(seek(paused, -50).t).toBe(0);
    expect(seek(paused, 9999).t).toBe(600);
  });

  it('keeps the playhead on a new range when asked and when it fits', () => {
    expect(withRange(clock({ t: 300 }), { start: 0, end: 900 }, true).t).toBe(300);
    expect(withRange(clock({ t: 300 }), { start: 0, end: 900 }, false).t).toBe(0);
    expect(withRange(clock({ t: 300 }), { start: 400, end: 900 }, true).t).toBe(400);
  });

  it('steps to the next and the previous stop', () => {
    const stops = Float64Array.of(10, 20, 20.5, 40);
    expect(nextStop(stops, 0)).toBe(10);
    expect(nextStop(stops, 20)).toBe(20.5);
    expect(nextStop(stops, 40)).toBeNull();
    expect(previousStop(stops, 20.5)).toBe(20);
    expect(previousStop(stops, 10)).toBeNull();
  });

  it('pads the range around the stops', () => {
    expect(rangeOf(Float64Array.of(100, 1100))).toEqual({ start: 70, end: 1130 });
    expect(rangeOf(Float64Array.of(3))).toEqual({ start: 0, end: 8 });
    expect(rangeOf(new Float64Array(0))).toEqual({ start: 0, end: 0 });
  });
});
