/**
 * What the command registry calls: small, in the first bundle. Full screen is asked for here,
 * inside the key press or click (browsers require it); the presentation's code loads on first use.
 */
import { enterFullScreen } from './fullscreen';
import { usePresenter } from './store';

const controller = () => import('./controller');

/** Presenter mode from the first stop, or from stop `index` ('current': the one shown last). */
export function present(from: number | 'current'): void {
  const index = from === 'current' ? usePresenter.getState().index : from;
  if (!usePresenter.getState().presenting) enterFullScreen();
  void controller().then((m) => m.startPresenting(index));
}

/** Opens a built-in scenario's journey with its story and presents it. */
export function presentStory(scenarioId: string): void {
  if (!usePresenter.getState().presenting) enterFullScreen();
  void controller().then((m) => m.presentStory(scenarioId));
}

/** Adds a stop where the canvas looks now (with the simulation, when it is open). */
export function addStop(): void {
  void controller().then((m) => m.addStopHere());
}

/** The stops list beside the canvas, open or closed. */
export function toggleStopsList(): void {
  const { listOpen, setListOpen } = usePresenter.getState();
  setListOpen(!listOpen);
}
