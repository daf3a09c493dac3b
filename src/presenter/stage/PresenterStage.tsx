/**
 * The room's view over the canvas: the caption bar, the legend of keys, the figures, the
 * blank screen. Keys go to the presentation first (the editor's shortcuts are off); leaving
 * full screen by the browser's own means leaves presenter mode too.
 */
import { useEffect, useRef, useState } from 'react';
import { useEditor } from '../../store/editor';
import { usePresenter } from '../store';
import { presenterAction } from '../keys';
import { first, last, next, previous, space, stopPresenting, toggleChannel } from '../controller';
import { openPresenterView } from '../sync/hub';
import { CaptionBar } from './CaptionBar';
import { FiguresCard } from './FiguresCard';
import { ModeBadge } from './ModeBadge';
import { NoStops } from './NoStops';

function usePresenterKeys(toggleBlank: () => void) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!usePresenter.getState().presenting) return;
      // While presenting, the editor's shortcuts are off: nothing a key does may edit the journey.
      e.stopPropagation();
      const action = presenterAction(e);
      if (!action) return;
      // Enter and Space on a focused button are that button's (the caption bar's controls).
      if (action === 'space' && e.target instanceof HTMLButtonElement) return;
      e.preventDefault();
      if (e.repeat && action !== 'next' && action !== 'previous') return;
      switch (action) {
        case 'next':
          return next();
        case 'previous':
          return previous();
        case 'first':
          return first();
        case 'last':
          return last();
        case 'space':
          return space();
        case 'closure':
          return toggleChannel(Number(e.key));
        case 'contrast':
          return usePresenter.getState().toggleHighContrast();
        case 'blank':
          return toggleBlank();
        case 'presenter-view':
          return void openPresenterView();
        case 'leave':
          return void stopPresenting();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [toggleBlank]);
}

/** The browser left full screen (its own Escape, F11): so does the presentation. */
function useLeaveWhenFullScreenEnds() {
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && usePresenter.getState().fullScreen === 'on') void stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}

export function PresenterStage() {
  const stage = useRef<HTMLDivElement>(null);
  const [blank, setBlank] = useState(false);
  const toggleBlank = useRef(() => setBlank((b) => !b)).current;
  usePresenterKeys(toggleBlank);
  useLeaveWhenFullScreenEnds();
  const index = usePresenter((s) => s.index);
  const hasStops = useEditor((s) => s.journey.stops.length > 0);
  const figures = useEditor((s) => s.journey.stops[index]?.simulation?.figures ?? false);
  const arriving = usePresenter((s) => s.arriving);
  useEffect(() => {
    // The Present button is hidden with the toolbar: keep the keyboard on the stage.
    if (!stage.current?.contains(document.activeElement)) stage.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={stage} tabIndex={-1} role="region" aria-label="Presentation" data-presenter className="pointer-events-none absolute inset-0 z-30 outline-none">
      <ModeBadge />
      {hasStops && figures && !arriving && <FiguresCard key={index} />}
      {!hasStops && <NoStops />}
      <CaptionBar />
      {blank && (
        <div className="pointer-events-auto fixed inset-0 z-50 bg-black" role="img" aria-label="Blank screen — press B to show the presentation again" />
      )}
    </div>
  );
}
