/**
 * Presenter mode's gestures: start (keeping what to put back), move between stops with a
 * smooth camera move, play, close roads, leave (putting everything back). The stores' verbs
 * do the state changes; this module sequences them, like the simulator's controller.
 */
import { boundsOf, cameraToFrame, READABLE_ZOOM } from '../model/camera';
import type { Camera, Stop } from '../model/journey';
import { createStop } from '../model/stops';
import { SCENARIOS } from '../samples/scenarios';
import { roadsOf } from '../simulation/closures';
import { cancelRun, startRun, toggleRoad } from '../simulation/controller';
import { simulatorSnapshot, useSimulation, type SimulatorSnapshot } from '../simulation/store';
import { useEditor, type Selection } from '../store/editor';
import { leaveFullScreen } from './fullscreen';
import { showSimulation, simulationOfSimulator } from './simulate-stop';
import { usePresenter } from './store';
import { currentCamera, editorCanvas, shownCanvas, showCamera, whenCanvasSettled } from './view';
import type { Viewport } from '../model/camera';

/** What the editor looked like when the presentation started. */
interface Saved {
  journeyId: string;
  selection: Selection;
  editorViewport: Viewport | null;
  compareViewport: Viewport | null;
  simulator: SimulatorSnapshot;
  focus: Element | null;
}

let saved: Saved | null = null;
/** Each move to a stop gets a number; a move overtaken by a newer one stops where it is. */
let moveSeq = 0;

/** The camera move between stops, in milliseconds (none when the user asks for reduced motion). */
const moveMs = () => (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : 700);

const stops = (): readonly Stop[] => useEditor.getState().journey.stops;

/** The height the caption bar covers at the bottom of the canvas (measured; the camera centres above it). */
function captionHeight(): number {
  return document.querySelector<HTMLElement>('[data-presenter-caption]')?.offsetHeight ?? 0;
}

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});

/** Turns presenter mode on at stop `index` (clamped), keeping what to restore on leaving. */
export async function startPresenting(index: number): Promise<void> {
  if (usePresenter.getState().presenting) return goTo(index);
  const editor = useEditor.getState();
  const comparing = useSimulation.getState().open && useSimulation.getState().mode === 'compare';
  saved = {
    journeyId: editor.journey.id,
    selection: editor.selection,
    editorViewport: editorCanvas()?.getViewport() ?? null,
    compareViewport: comparing ? (shownCanvas()?.getViewport() ?? null) : null,
    simulator: simulatorSnapshot(useSimulation.getState()),
    focus: document.activeElement,
  };
  editor.select({ nodeIds: [], edgeIds: [] });
  const at = clampIndex(index);
  usePresenter.getState().started(at);
  // The chrome goes and the canvas grows to the whole screen; measure it once it has.
  await frames(2);
  await goTo(at, { duration: 0 });
}

const clampIndex = (index: number) => Math.max(0, Math.min(stops().length - 1, index));

/** Shows stop `index`: its simulation (when it has one) first, then the camera glides there. */
export async function goTo(index: number, options: { duration?: number } = {}): Promise<void> {
  if (!usePresenter.getState().presenting) return;
  const list = stops();
  const seq = ++moveSeq;
  const stale = () => seq !== moveSeq || !usePresenter.getState().presenting;
  if (list.length === 0) {
    usePresenter.getState().arrived(0, null);
    if (useSimulation.getState().open) useSimulation.getState().closeSimulator();
    await whenCanvasSettled();
    if (!stale()) await showCamera(overview(), { duration: options.duration ?? moveMs(), reserveBottom: captionHeight() });
    return;
  }
  const at = clampIndex(index);
  const stop = list[at]!;
  usePresenter.getState().setArriving(at);
  let problem: string | null = null;
  if (stop.simulation) problem = await showSimulation(stop.simulation, stale);
  else if (useSimulation.getState().open) useSimulation.getState().closeSimulator();
  if (stale()) return;
  // A canvas that was just mounted (compare ↔ single) fits itself first; then the camera moves.
  await whenCanvasSettled();
  if (stale()) return;
  usePresenter.getState().arrived(at, problem);
  await showCamera(stop.camera, { duration: options.duration ?? moveMs(), reserveBottom: captionHeight() });
}

/** The whole journey, for a journey with no stops yet. */
function overview(): Camera {
  const box = boundsOf(useEditor.getState().journey.nodes) ?? { x: 0, y: 0, width: 1, height: 1 };
  const el = shownCanvas()?.element();
  const screen = { width: el?.clientWidth ?? 1280, height: (el?.clientHeight ?? 720) - captionHeight() };
  return cameraToFrame(box, screen, { padding: 40, maxZoom: 1 });
}

export const next = () => {
  const { index } = usePresenter.getState();
  if (index < stops().length - 1) void goTo(index + 1);
};
export const previous = () => {
  const { index } = usePresenter.getState();
  if (index > 0) void goTo(index - 1);
};
export const first = () => void goTo(0);
export const last = () => void goTo(stops().length - 1);

/** True when the stop on screen shows a simulation that can be played. */
export function canPlay(): boolean {
  const stop = stops()[usePresenter.getState().index];
  const sim = useSimulation.getState();
  return !!stop?.simulation && sim.open && !!sim.shown && sim.clock.end > sim.clock.start && !usePresenter.getState().arriving;
}

/** Space: plays or pauses the stop's simulation; on a stop without one, the next stop. */
export function space(): void {
  if (!stops()[usePresenter.getState().index]?.simulation) return next();
  if (!canPlay()) return;
  const sim = useSimulation.getState();
  if (sim.clock.playing) sim.pause();
  else sim.play();
}

/** The channels number keys close, in legend order (1 = the first), for the run on screen. */
export function closableChannels() {
  const sim = useSimulation.getState();
  return roadsOf(sim.shown?.journey ?? useEditor.getState().journey).channels.slice(0, 9);
}

/** Number key `n`: closes the n-th channel from the playhead on, or reopens it (the run replays). */
export function toggleChannel(n: number): void {
  if (!canPlay() && !(stops()[usePresenter.getState().index]?.simulation && useSimulation.getState().shown)) return;
  const channel = closableChannels()[n - 1];
  if (channel) toggleRoad({ channel });
}

/** Leaves presenter mode: the simulator, the view, the selection and the focus as they were. */
export async function stopPresenting(): Promise<void> {
  if (!usePresenter.getState().presenting) return;
  moveSeq++;
  const was = saved;
  saved = null;
  cancelRun();
  if (was) {
    useSimulation.getState().restore(was.simulator);
    // A run was on its way when the presentation started: it was cancelled, so start it again.
    if (was.simulator.run.state === 'running') startRun({ keepPlayhead: true });
  }
  usePresenter.getState().ended();
  leaveFullScreen();
  if (!was) return;
  const sameJourney = useEditor.getState().journey.id === was.journeyId;
  if (sameJourney) useEditor.getState().select(was.selection);
  await frames(2);
  await whenCanvasSettled();
  const comparing = useSimulation.getState().open && useSimulation.getState().mode === 'compare';
  const viewport = comparing ? was.compareViewport : was.editorViewport;
  const canvas = shownCanvas();
  if (canvas && viewport && sameJourney) await canvas.setViewport(viewport, { duration: 0 });
  if (was.focus instanceof HTMLElement && was.focus.isConnected) was.focus.focus({ preventScroll: true });
}

/** Opens a built-in scenario's journey with its story (undoable, like choosing it in the simulator) and presents it. */
export async function presentStory(scenarioId: string): Promise<void> {
  const scenario = SCENARIOS.find((s) => s.id === scenarioId);
  if (!scenario) return;
  const editor = useEditor.getState();
  if (JSON.stringify(editor.journey) !== JSON.stringify(scenario.journey)) {
    editor.replaceJourney(structuredClone(scenario.journey));
    editor.notify(`Opened “${scenario.title}” with its story. Your journey is one Ctrl+Z away.`);
  }
  if (usePresenter.getState().presenting) {
    // Presenting already (the no-stops screen): the story's first stop; leaving keeps the story open.
    if (saved) saved.journeyId = '';
    await frames(1);
    return goTo(0, { duration: 0 });
  }
  await frames(1);
  const presenting = startPresenting(0);
  // Leaving shows the story's journey where the presentation left it, not the old journey's view.
  if (saved) saved.journeyId = '';
  return presenting;
}

/**
 * Adds a stop where the canvas on screen looks now — with the simulation, when the simulator
 * is open — after the stop shown last, and says so. Undoable like every edit.
 */
export function addStopHere(): void {
  const editor = useEditor.getState();
  const camera = currentCamera();
  if (!camera) {
    editor.notify('A stop needs the canvas on screen.');
    return;
  }
  let simulation = null;
  let note = '';
  if (useSimulation.getState().open) {
    const taken = simulationOfSimulator();
    if (taken.ok) simulation = taken.simulation;
    else note = ` It keeps the view only: ${taken.reason}.`;
  }
  const list = editor.journey.stops;
  const after = list.length === 0 ? 0 : Math.min(list.length, usePresenter.getState().index + 1);
  const stop = createStop({ camera, simulation });
  editor.addStop(stop, after);
  usePresenter.getState().pick(after);
  editor.notify(`Stop ${after + 1} of ${list.length + 1} added${simulation ? ', with the simulation' : ''}. Give it a caption in the Stops list (S).${note}`);
}

/** The stop's camera becomes the view on screen now (and its simulation the simulator's, when it had one and the simulator is open). */
export function updateStopFromView(id: string): void {
  const editor = useEditor.getState();
  const camera = currentCamera();
  if (!camera) return;
  const patch: Partial<Stop> = { camera };
  if (useSimulation.getState().open) {
    const taken = simulationOfSimulator();
    if (taken.ok) patch.simulation = { ...taken.simulation, figures: editor.journey.stops.find((s) => s.id === id)?.simulation?.figures ?? false };
  }
  editor.updateStop(id, patch);
}

/** Outside presenter mode: the canvas glides to stop `index` (its view only; presenting shows its simulation too). */
export async function showStopInEditor(index: number): Promise<void> {
  const stop = stops()[index];
  if (!stop) return;
  usePresenter.getState().pick(index);
  await showCamera(stop.camera, { duration: moveMs(), reserveBottom: 0 });
}

/** Zooms the stop in to the smallest zoom at which the back row reads the titles, same centre. */
export function makeReadable(id: string): void {
  const stop = stops().find((s) => s.id === id);
  if (stop) useEditor.getState().updateStop(id, { camera: { ...stop.camera, zoom: READABLE_ZOOM } });
}
