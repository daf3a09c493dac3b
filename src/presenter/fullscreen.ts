/**
 * Full screen through the Fullscreen API. Browsers grant it only in answer to a key press or
 * a click, so it is asked for at once, before anything else loads; where it is refused (an
 * iframe, a headless browser, a kiosk policy) the room's view still shows, in the window.
 */
import { usePresenter } from './store';

/** Asks for full screen; the store says whether the browser agreed. */
export function enterFullScreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') {
    usePresenter.getState().setFullScreen(document.fullscreenElement ? 'on' : 'refused');
    return;
  }
  root.requestFullscreen({ navigationUI: 'hide' }).then(
    () => usePresenter.getState().setFullScreen('on'),
    () => usePresenter.getState().setFullScreen('refused'),
  );
}

/** Leaves full screen if this page entered it. */
export function leaveFullScreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
}
