/**
 * The simulation store: what is replayed, the run in the worker, the playback clock and
 * the overlays the canvases read. State changes only through the verbs below; the worker
 * and the editor are driven from controller.ts, never from here.
 *
 * A run always replays both modes, so switching between static, dynamic and compare is
 * instant and the results always show the difference; the mode chooses what is shown.
 */
import { create } from 'zustand';
import type { Journey } from '../model/journey';
import type { InteractionLog, Progress, RunMode } from '../sim';
import type { RunReplyOk } from '../workers/reply';
import { advance, nextStop, pause, play, previousStop, seek, STOPPED, upperBound, withRange, type Clock } from './clock';
import { closeRoad, reopenRoad } from './closures';
import { EMPTY_VIEW, finalView, viewAt, type SideView } from './overlays';
import { stopsFor, storyCustomer, type Stops } from './selection';
import type { Timeline } from './timeline';
import { SIDES, type Closure, type RoadTarget, type Side, type SourceChoice } from './types';

export interface RunStatus {
  state: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  runId: number;
  progress: Progress | null;
  problems: string[];
  /** From pressing Run to the results on screen. */
  durationMs: number | null;
}

/** The run on screen: its reply, the journey and log it replayed, and its timelines when it can be played back. */
export interface ShownRun {
  runId: number;
  journey: Journey;
  /** The replayed log, every disruption included; null for a large population (kept in the worker). */
  log: InteractionLog | null;
  reply: RunReplyOk;
  timelines: Partial<Record<Side, Timeline>>;
  customerCount: number;
}

export interface SimulationState {
  open: boolean;
  source: SourceChoice;
  mode: RunMode;
  population: { size: number; deviationRate: number; dropOffRate: number };
  run: RunStatus;
  shown: ShownRun | null;
  closures: Closure[];
  importProblems: { fileName: string; messages: string[] } | null;
  clock: Clock;
  /** The customer followed (index in the log), or null for everybody. */
  customer: number | null;
  /** The last move came from playing or stepping: animate the token. */
  animate: boolean;
  view: Record<Side, SideView>;
  /** The results, closures and event log beside the canvas (hidden to give the canvases the room). */
  panelOpen: boolean;

  openSimulator: () => void;
  closeSimulator: () => void;
  chooseSource: (source: SourceChoice) => void;
  chooseMode: (mode: RunMode) => void;
  setPopulation: (population: Partial<SimulationState['population']>) => void;
  /** The saved copy of log `savedId` was removed from the browser; the log in memory stays chosen. */
  logForgotten: (savedId: string) => void;
  runStarted: (runId: number) => void;
  runProgressed: (runId: number, progress: Progress) => void;
  runFinished: (runId: number, reply: RunReplyOk, replayed: Pick<ShownRun, 'journey' | 'log' | 'timelines'>, options: { durationMs: number; keepPlayhead: boolean }) => void;
  runFailed: (runId: number, problems: string[], cancelled: boolean) => void;
  play: () => void;
  pause: () => void;
  stepForward: () => void;
  stepBack: () => void;
  setSpeed: (speed: number) => void;
  seek: (t: number) => void;
  tick: (elapsedMs: number) => void;
  pickCustomer: (customer: number | null) => void;
  closeRoad: (target: RoadTarget) => void;
  reopenRoad: (target: RoadTarget) => void;
  clearClosures: () => void;
  /** Sets the closures of the next run at once (a presentation's stop brings its own). */
  setClosures: (closures: Closure[]) => void;
  /** Puts back a state taken with `simulatorSnapshot` (leaving a presentation), paused. */
  restore: (saved: SimulatorSnapshot) => void;
  showImportProblems: (fileName: string, messages: string[]) => void;
  dismissImportProblems: () => void;
  togglePanel: () => void;
}

export const mainSide = (mode: RunMode): Side => (mode === 'dynamic' ? 'dynamic' : 'static');

const SNAPSHOT_KEYS = ['open', 'source', 'mode', 'population', 'run', 'shown', 'closures', 'importProblems', 'clock', 'customer', 'animate', 'view', 'panelOpen'] as const;
/** Everything the simulator shows, without its verbs: what a presentation keeps to put back. */
export type SimulatorSnapshot = Pick<SimulationState, (typeof SNAPSHOT_KEYS)[number]>;

export function simulatorSnapshot(state: SimulationState): SimulatorSnapshot {
  return Object.fromEntries(SNAPSHOT_KEYS.map((k) => [k, state[k]])) as SimulatorSnapshot;
}

const IDLE: RunStatus = { state: 'idle', runId: 0, progress: null, problems: [], durationMs: null };
const EMPTY_VIEWS: Record<Side, SideView> = { static: EMPTY_VIEW, dynamic: EMPTY_VIEW };

const timelinesOf = (shown: ShownRun | null): Timeline[] => (shown ? SIDES.flatMap((s) => shown.timelines[s] ?? []) : []);

/** Where the clock can stop for the customers shown; null when the run has no timelines. */
export function stopsOf(state: Pick<SimulationState, 'shown' | 'customer'>): Stops | null {
  const tls = timelinesOf(state.shown);
  return state.shown && tls.length > 0 ? stopsFor(state.shown, tls, state.customer) : null;
}

/** The overlays for the shown run at the playhead; reuses the previous view's objects. */
function viewsFor(state: Pick<SimulationState, 'shown' | 'customer' | 'clock' | 'animate' | 'view'>): Record<Side, SideView> {
  const { shown } = state;
  if (!shown) return EMPTY_VIEWS;
  const views = { ...EMPTY_VIEWS };
  for (const side of SIDES) {
    const tl = shown.timelines[side];
    const summary = shown.reply.summary[side];
    if (tl) views[side] = viewAt(tl, state.clock.t, state.customer, state.animate, state.view[side]);
    else if (summary) views[side] = finalView(summary, state.view[side]);
  }
  return views;
}

/** How many marks of the shown customers are at or before t on each side: when it is unchanged, so is the view. */
function progressKey(state: Pick<SimulationState, 'shown' | 'customer' | 'clock'>): string {
  return timelinesOf(state.shown)
    .map((tl) => {
      if (state.customer === null) return upperBound(tl.at, state.clock.t);
      const mine = tl.byCustomer[state.customer] ?? [];
      let n = 0;
      while (n < mine.length && tl.at[mine[n]!]! <= state.clock.t) n++;
      return n;
    })
    .join(',');
}

export const useSimulation = create<SimulationState>()((set, get) => {
  /** Moves the clock; recomputes the overlays only when a mark crossed the playhead (or the animation flag changed). */
  const moveClock = (clock: Clock, animate: boolean) => {
    const state = get();
    const next = { ...state, clock, animate };
    if (animate === state.animate && progressKey(next) === progressKey(state)) set({ clock });
    else set({ clock, animate, view: viewsFor(next) });
  };

  return {
    open: false,
    source: { kind: 'none' },
    mode: 'compare',
    population: { size: 1000, deviationRate: 0.05, dropOffRate: 0.1 },
    run: IDLE,
    shown: null,
    closures: [],
    importProblems: null,
    clock: STOPPED,
    customer: null,
    animate: false,
    view: EMPTY_VIEWS,
    panelOpen: true,

    openSimulator: () => set({ open: true }),
    closeSimulator: () => set({ open: false, clock: pause(get().clock) }),
    chooseSource: (source) => set({ source, closures: [], importProblems: null }),
    chooseMode: (mode) => set({ mode }),
    setPopulation: (population) => set({ population: { ...get().population, ...population } }),
    logForgotten: (savedId) => {
      const { source } = get();
      if (source.kind === 'log' && source.savedId === savedId) set({ source: { ...source, savedId: undefined } });
    },

    runStarted: (runId) => set({ run: { ...IDLE, state: 'running', runId } }),
    runProgressed: (runId, progress) => {
      if (get().run.runId === runId && get().run.state === 'running') set({ run: { ...get().run, progress } });
    },
    runFinished: (runId, reply, replayed, { durationMs, keepPlayhead }) => {
      const state = get();
      if (state.run.runId !== runId) return;
      const facts = reply.customers;
      const shown: ShownRun = { runId, ...replayed, reply, customerCount: reply.summary.static?.customers ?? reply.summary.dynamic?.customers ?? 0 };
      // The same customers (a re-run with a closure) keep the one followed; a new log starts with its story customer.
      const sameCustomers = keepPlayhead && state.customer !== null && facts && state.shown?.reply.customers?.ids[state.customer] === facts.ids[state.customer];
      const customer = !facts ? null : sameCustomers ? state.customer : keepPlayhead && state.customer === null ? null : storyCustomer(facts);
      const stops = stopsOf({ shown, customer });
      const clock = stops ? withRange(state.clock, stops.range, keepPlayhead) : STOPPED;
      const next = { shown, customer, clock, animate: false, view: state.view };
      set({ ...next, run: { ...state.run, state: 'done', progress: null, durationMs }, view: viewsFor(next) });
    },
    runFailed: (runId, problems, cancelled) => {
      if (get().run.runId !== runId) return;
      set({ run: { ...get().run, state: cancelled ? 'cancelled' : 'failed', progress: null, problems } });
    },

    play: () => moveClock(play(get().clock), true),
    pause: () => set({ clock: pause(get().clock) }),
    stepForward: () => {
      const stops = stopsOf(get());
      const t = stops && nextStop(stops.times, get().clock.t);
      if (t !== null && t !== undefined) moveClock(seek(pause(get().clock), t), true);
    },
    stepBack: () => {
      const stops = stopsOf(get());
      const t = stops && previousStop(stops.times, get().clock.t);
      moveClock(seek(pause(get().clock), t ?? get().clock.start), false);
    },
    setSpeed: (speed) => set({ clock: { ...get().clock, speed } }),
    seek: (t) => moveClock(seek(get().clock, t), false),
    tick: (elapsedMs) => moveClock(advance(get().clock, elapsedMs), true),

    pickCustomer: (customer) => {
      const state = get();
      const stops = stopsOf({ shown: state.shown, customer });
      const clock = stops ? withRange(pause(state.clock), stops.range, false) : state.clock;
      const next = { ...state, customer, clock, animate: false };
      set({ customer, clock, animate: false, view: viewsFor(next) });
    },

    closeRoad: (target) => set({ closures: closeRoad(get().closures, target, get().clock.t) }),
    reopenRoad: (target) => set({ closures: reopenRoad(get().closures, target, get().clock.t) }),
    clearClosures: () => set({ closures: [] }),
    setClosures: (closures) => set({ closures: closures.map((c, i) => ({ ...c, id: i + 1 })) }),
    restore: (saved) => set({ ...saved, clock: pause(saved.clock) }),
    showImportProblems: (fileName, messages) => set({ importProblems: { fileName, messages } }),
    dismissImportProblems: () => set({ importProblems: null }),
    togglePanel: () => set({ panelOpen: !get().panelOpen }),
  };
});
